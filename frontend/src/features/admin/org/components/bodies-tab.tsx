import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { useBodies, useOffices, useSaveBody, type Body, type BodyRequest } from '../api';
import { fold, useOrgT } from '../i18n';
import { Field, SearchBox, StatusChip, WriteError } from './shared';

function requestOf(b: Body): BodyRequest {
  return { officeId: b.officeId, code: b.code, nameVi: b.nameVi, nameEn: b.nameEn, active: b.active };
}

/** Leadership bodies (cơ quan lãnh đạo) and the office serving each; a body keeps its office. */
export function BodiesTab() {
  const t = useOrgT();
  const bodies = useBodies();
  const offices = useOffices();
  const save = useSaveBody();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Body | null>(null);
  const [form, setForm] = useState<BodyRequest>({ officeId: '', code: '', nameVi: '', nameEn: '' });

  if (bodies.isPending || offices.isPending) return <LoadingState />;
  if (bodies.isError || offices.isError) return <ErrorState onRetry={() => void bodies.refetch()} />;
  const officeName = new Map(offices.data.map((o) => [o.id, o.nameVi]));
  const shown = bodies.data.filter((b) => fold(`${b.code} ${b.nameVi} ${b.nameEn}`).includes(fold(q)));
  const reset = () => { setEditing(null); setForm({ officeId: '', code: '', nameVi: '', nameEn: '' }); };

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ id: editing?.id, version: editing?.version, body: { ...form, nameVi: form.nameVi.trim(), nameEn: form.nameEn.trim() } }, { onSuccess: reset });
  }

  return (
    <section data-testid="org-bodies">
      <SearchBox value={q} onChange={setQ} testId="org-bodies-search" />
      <table className="org-table">
        <thead>
          <tr><th>{t('code')}</th><th>{t('name')}</th><th>{t('office')}</th><th>{t('status')}</th><th /></tr>
        </thead>
        <tbody>
          {shown.map((b) => (
            <tr key={b.id} data-testid="org-body-row">
              <td>{b.code}</td>
              <td>{b.nameVi}</td>
              <td>{officeName.get(b.officeId) ?? ''}</td>
              <td><StatusChip active={b.active} /></td>
              <td className="org-actions">
                <button type="button" className="btn btn--ghost" onClick={() => { setEditing(b); setForm(requestOf(b)); }}>{t('edit')}</button>
                <button type="button" className="btn btn--ghost" onClick={() => save.mutate({ id: b.id, version: b.version, body: { ...requestOf(b), active: !b.active } })}>
                  {t(b.active ? 'deactivate' : 'reactivate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">{t('empty')}</p>}
      <form className="org-form" onSubmit={submit} data-testid="org-body-form">
        <h2>{editing ? `${t('edit')}: ${editing.nameVi}` : t('create')}</h2>
        <Field id="body-office" label="office">
          <select id="body-office" value={form.officeId} disabled={!!editing} onChange={(e) => setForm({ ...form, officeId: e.target.value })} required>
            <option value="" />
            {offices.data.filter((o) => o.active || o.id === form.officeId).map((o) => <option key={o.id} value={o.id}>{o.nameVi}</option>)}
          </select>
        </Field>
        <Field id="body-code" label="code"><input id="body-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} required /></Field>
        <Field id="body-name-vi" label="nameVi"><input id="body-name-vi" value={form.nameVi} onChange={(e) => setForm({ ...form, nameVi: e.target.value })} required /></Field>
        <Field id="body-name-en" label="nameEn"><input id="body-name-en" value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.target.value })} required /></Field>
        <WriteError error={save.error} testId="org-body-error" />
        <div className="org-actions">
          <button type="submit" className="btn" disabled={save.isPending}>{t(editing ? 'save' : 'create')}</button>
          {editing && <button type="button" className="btn btn--ghost" onClick={reset}>{t('cancel')}</button>}
        </div>
      </form>
    </section>
  );
}
