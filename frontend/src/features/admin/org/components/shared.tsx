import type { ReactNode } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { useOrgT, type OrgKey } from '../i18n';

/** A labelled input of the administration's forms. */
export function Field({ id, label, children }: { id: string; label: OrgKey; children: ReactNode }) {
  const t = useOrgT();
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {children}
    </div>
  );
}

export function StatusChip({ active }: { active: boolean }) {
  const t = useOrgT();
  return <span className={active ? 'org-chip org-chip--on' : 'org-chip org-chip--off'}>{t(active ? 'active' : 'inactive')}</span>;
}

/** The problem of a failed write (409, 412, 400 …) in the reader's language. */
export function WriteError({ error, testId }: { error: unknown; testId: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="org-error" role="alert" data-testid={testId}>
      {problemMessage(error, t)}
    </p>
  );
}

export function SearchBox({ value, onChange, testId }: { value: string; onChange: (value: string) => void; testId: string }) {
  const t = useOrgT();
  return (
    <input
      type="search"
      className="org-search"
      aria-label={t('search')}
      placeholder={t('search')}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
