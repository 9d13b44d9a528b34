import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { useOffices, useSaveOffice, type Office, type OfficeRequest } from '../api';
import { fold, useOrgT } from '../i18n';
import { Field, SearchBox, StatusChip, WriteError } from './shared';

const KINDS: OfficeRequest['kind'][] = ['PARTY_COMMITTEE_OFFICE', 'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', 'PEOPLES_COMMITTEE_OFFICE', 'FATHERLAND_FRONT_OFFICE', 'OTHER'];
const EMPTY: OfficeRequest = { code: '', kind: 'OTHER', nameVi: '', nameEn: '', shortName: '' };

function requestOf(o: Office): OfficeRequest {
  return { code: o.code, kind: o.kind, nameVi: o.nameVi, nameEn: o.nameEn, shortName: o.shortName, email: o.email ?? '', active: o.active };
}

/** Offices (văn phòng) of the jurisdiction: list with search, add, edit, deactivate / reactivate. */
export function OfficesTab() {
  const t = useOrgT();
  const offices = useOffices();
  const save = useSaveOffice();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Office | null>(null);
  const [form, setForm] = useState<OfficeRequest>(EMPTY);

  if (offices.isPending) return <LoadingState />;
  if (offices.isError) return <ErrorState onRetry={() => void offices.refetch()} />;
  const shown = offices.data.filter((o) => fold(`${o.code} ${o.nameVi} ${o.nameEn} ${o.shortName}`).includes(fold(q)));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { id: editing?.id, version: editing?.version, body: { ...form, nameVi: form.nameVi.trim(), nameEn: form.nameEn.trim(), shortName: form.shortName.trim(), email: form.email?.trim() || null } },
      { onSuccess: () => { setEditing(null); setForm(EMPTY); } },
    );
  }

  return (
    <section data-testid="org-offices">
      <SearchBox value={q} onChange={setQ} testId="org-offices-search" />
      <table className="org-table">
        <thead>
          <tr>
            <th>{t('code')}</th>
            <th>{t('name')}</th>
            <th>{t('kind')}</th>
            <th>{t('status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr key={o.id} data-testid="org-office-row">
              <td>{o.code}</td>
              <td>{o.nameVi}</td>
              <td>{t(`officeKind.${o.kind}`)}</td>
              <td><StatusChip active={o.active} /></td>
              <td className="org-actions">
                <button type="button" className="btn btn--ghost" onClick={() => { setEditing(o); setForm(requestOf(o)); }}>{t('edit')}</button>
                <button
                  type="button"
                  className="btn btn--ghost"
                  data-testid="org-office-toggle"
                  onClick={() => save.mutate({ id: o.id, version: o.version, body: { ...requestOf(o), active: !o.active } })}
                >
                  {t(o.active ? 'deactivate' : 'reactivate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">{t('empty')}</p>}
      <form className="org-form" onSubmit={submit} data-testid="org-office-form">
        <h2>{editing ? `${t('edit')}: ${editing.nameVi}` : t('create')}</h2>
        <Field id="office-code" label="code"><input id="office-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} required /></Field>
        <Field id="office-kind" label="kind">
          <select id="office-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as OfficeRequest['kind'] })}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`officeKind.${k}`)}</option>)}
          </select>
        </Field>
        <Field id="office-name-vi" label="nameVi"><input id="office-name-vi" value={form.nameVi} onChange={(e) => setForm({ ...form, nameVi: e.target.value })} required /></Field>
        <Field id="office-name-en" label="nameEn"><input id="office-name-en" value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.target.value })} required /></Field>
        <Field id="office-short" label="shortName"><input id="office-short" value={form.shortName} onChange={(e) => setForm({ ...form, shortName: e.target.value })} required /></Field>
        <Field id="office-email" label="officeEmail"><input id="office-email" type="email" value={form.email ?? ''} onChange={(e) => setForm({ ...form, email: e.target.value })} /></Field>
        <WriteError error={save.error} testId="org-office-error" />
        <div className="org-actions">
          <button type="submit" className="btn" disabled={save.isPending} data-testid="org-office-submit">{t(editing ? 'save' : 'create')}</button>
          {editing && <button type="button" className="btn btn--ghost" onClick={() => { setEditing(null); setForm(EMPTY); }}>{t('cancel')}</button>}
        </div>
      </form>
    </section>
  );
}
