import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { useJurisdictions, useSaveJurisdiction, type Jurisdiction, type JurisdictionRequest } from '../api';
import { fold, useOrgT } from '../i18n';
import { Field, SearchBox, StatusChip, WriteError } from './shared';

const EMPTY: JurisdictionRequest = { code: '', name: '', kind: 'PROVINCE' };

function requestOf(j: Jurisdiction): JurisdictionRequest {
  return { code: j.code, name: j.name, kind: j.kind, active: j.active };
}

/** Jurisdictions: the national administrator adds, renames and deactivates them; a jurisdiction's administrator reads its own. */
export function JurisdictionsTab({ national }: { national: boolean }) {
  const t = useOrgT();
  const jurisdictions = useJurisdictions(true);
  const save = useSaveJurisdiction();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Jurisdiction | null>(null);
  const [form, setForm] = useState<JurisdictionRequest>(EMPTY);
  const reset = () => { setEditing(null); setForm(EMPTY); };

  if (jurisdictions.isPending) return <LoadingState />;
  if (jurisdictions.isError) return <ErrorState onRetry={() => void jurisdictions.refetch()} />;
  const shown = jurisdictions.data.filter((j) => fold(`${j.code} ${j.name}`).includes(fold(q)));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ id: editing?.id, version: editing?.version, body: { ...form, name: form.name.trim() } }, { onSuccess: reset });
  }

  return (
    <section data-testid="org-jurisdictions">
      <SearchBox value={q} onChange={setQ} testId="org-jurisdictions-search" />
      <table className="org-table">
        <thead>
          <tr><th>{t('code')}</th><th>{t('name')}</th><th>{t('kind')}</th><th>{t('status')}</th>{national && <th />}</tr>
        </thead>
        <tbody>
          {shown.map((j) => (
            <tr key={j.id} data-testid="org-jurisdiction-row">
              <td>{j.code}</td>
              <td>{j.name}</td>
              <td>{t(`jurisdictionKind.${j.kind}`)}</td>
              <td><StatusChip active={j.active} /></td>
              {national && (
                <td className="org-actions">
                  <button type="button" className="btn btn--ghost" onClick={() => { setEditing(j); setForm(requestOf(j)); }}>{t('edit')}</button>
                  <button type="button" className="btn btn--ghost" onClick={() => save.mutate({ id: j.id, version: j.version, body: { ...requestOf(j), active: !j.active } })}>
                    {t(j.active ? 'deactivate' : 'reactivate')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {national && (
        <form className="org-form" onSubmit={submit} data-testid="org-jurisdiction-form">
          <h2>{editing ? `${t('edit')}: ${editing.name}` : t('create')}</h2>
          <Field id="jur-code" label="code"><input id="jur-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} required /></Field>
          <Field id="jur-name" label="name"><input id="jur-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required /></Field>
          <Field id="jur-kind" label="kind">
            <select id="jur-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as JurisdictionRequest['kind'] })}>
              <option value="PROVINCE">{t('jurisdictionKind.PROVINCE')}</option>
              <option value="CENTRAL_CITY">{t('jurisdictionKind.CENTRAL_CITY')}</option>
            </select>
          </Field>
          <WriteError error={save.error} testId="org-jurisdiction-error" />
          <div className="org-actions">
            <button type="submit" className="btn" disabled={save.isPending}>{t(editing ? 'save' : 'create')}</button>
            {editing && <button type="button" className="btn btn--ghost" onClick={reset}>{t('cancel')}</button>}
          </div>
        </form>
      )}
    </section>
  );
}
