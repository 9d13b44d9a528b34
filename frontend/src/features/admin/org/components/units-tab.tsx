import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { formatDate } from '@/lib/format';
import { useMergeUnit, useSaveUnit, useUnits, type Unit, type UnitRequest } from '../api';
import { useOrgT, type OrgKey } from '../i18n';
import { Field, SearchBox, StatusChip, WriteError } from './shared';
import { ImportPanel } from '../../import/import-panel';

const KINDS: UnitRequest['kind'][] = ['DEPARTMENT', 'COMMUNE', 'WARD', 'SPECIAL_ZONE', 'DISTRICT', 'OTHER'];
const EMPTY: UnitRequest = { code: '', name: '', kind: 'COMMUNE', validFrom: '', validTo: null };

function requestOf(u: Unit): UnitRequest {
  return { code: u.code, name: u.name, kind: u.kind, validFrom: u.validFrom, validTo: u.validTo, active: u.active };
}

/** The merger of one unit into a successor (sáp nhập), with what moved. */
function MergeForm({ unit, units, onDone }: { unit: Unit; units: Unit[]; onDone: (message: string) => void }) {
  const t = useOrgT();
  const merge = useMergeUnit();
  const [successorUnitId, setSuccessor] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    merge.mutate(
      { id: unit.id, body: { successorUnitId, effectiveOn } },
      {
        onSuccess: (result) => {
          const moved = result.moved.filter((m) => m.count > 0).map((m) => `${m.count} ${t(`moved.${m.kind}` as OrgKey)}`).join(', ');
          onDone(t('mergeDone', { moved: moved || '0' }));
        },
      },
    );
  }

  return (
    <form className="org-form" onSubmit={submit} data-testid="org-merge-form">
      <p className="org-hint">{t('mergeHint')}</p>
      <Field id={`merge-into-${unit.id}`} label="mergeInto">
        <select id={`merge-into-${unit.id}`} value={successorUnitId} onChange={(e) => setSuccessor(e.target.value)} required data-testid="org-merge-successor">
          <option value="" />
          {units.filter((u) => u.id !== unit.id && u.active && !u.successorUnitId).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </Field>
      <Field id={`merge-on-${unit.id}`} label="effectiveOn">
        <input id={`merge-on-${unit.id}`} type="date" value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} required data-testid="org-merge-date" />
      </Field>
      <WriteError error={merge.error} testId="org-merge-error" />
      <button type="submit" className="btn" disabled={merge.isPending} data-testid="org-merge-submit">{t('merge')}</button>
    </form>
  );
}

/** Units (đơn vị): search, add, edit, deactivate / reactivate, merge. */
export function UnitsTab() {
  const t = useOrgT();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const units = useUnits(q.trim(), page);
  const save = useSaveUnit();
  const [editing, setEditing] = useState<Unit | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form, setForm] = useState<UnitRequest>(EMPTY);
  const reset = () => { setEditing(null); setForm(EMPTY); };

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ id: editing?.id, version: editing?.version, body: { ...form, name: form.name.trim(), validTo: form.validTo || null } }, { onSuccess: reset });
  }

  return (
    <section data-testid="org-units">
      <ImportPanel kind="units" />
      <SearchBox value={q} onChange={(value) => { setQ(value); setPage(0); }} testId="org-units-search" />
      {notice && <p className="org-notice" role="status" data-testid="org-merge-notice">{notice}</p>}
      {units.isPending ? <LoadingState /> : units.isError ? <ErrorState onRetry={() => void units.refetch()} /> : (
        <>
          <table className="org-table">
            <thead>
              <tr><th>{t('code')}</th><th>{t('name')}</th><th>{t('kind')}</th><th>{t('validFrom')}</th><th>{t('validTo')}</th><th>{t('status')}</th><th /></tr>
            </thead>
            <tbody>
              {units.data.items.map((u) => (
                <tr key={u.id} data-testid="org-unit-row">
                  <td>{u.code}</td>
                  <td>
                    {u.name}
                    {merging === u.id && <MergeForm unit={u} units={units.data.items} onDone={(m) => { setNotice(m); setMerging(null); }} />}
                  </td>
                  <td>{t(`unitKind.${u.kind}`)}</td>
                  <td>{formatDate(u.validFrom)}</td>
                  <td>{u.validTo ? formatDate(u.validTo) : ''}</td>
                  <td>{u.successorUnitId ? <span className="org-chip org-chip--off">{t('mergedInto')}</span> : <StatusChip active={u.active} />}</td>
                  <td className="org-actions">
                    <button type="button" className="btn btn--ghost" onClick={() => { setEditing(u); setForm(requestOf(u)); }}>{t('edit')}</button>
                    <button type="button" className="btn btn--ghost" onClick={() => save.mutate({ id: u.id, version: u.version, body: { ...requestOf(u), active: !u.active } })}>
                      {t(u.active ? 'deactivate' : 'reactivate')}
                    </button>
                    {!u.successorUnitId && (
                      <button type="button" className="btn btn--ghost" data-testid="org-unit-merge" onClick={() => setMerging(merging === u.id ? null : u.id)}>
                        {t('merge')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={units.data.page} totalPages={units.data.totalPages} onPage={setPage} />
        </>
      )}
      <form className="org-form" onSubmit={submit} data-testid="org-unit-form">
        <h2>{editing ? `${t('edit')}: ${editing.name}` : t('create')}</h2>
        <Field id="unit-code" label="code"><input id="unit-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} required /></Field>
        <Field id="unit-name" label="name"><input id="unit-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required /></Field>
        <Field id="unit-kind" label="kind">
          <select id="unit-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as UnitRequest['kind'] })}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`unitKind.${k}`)}</option>)}
          </select>
        </Field>
        <Field id="unit-from" label="validFrom"><input id="unit-from" type="date" value={form.validFrom} onChange={(e) => setForm({ ...form, validFrom: e.target.value })} required /></Field>
        <Field id="unit-to" label="validTo"><input id="unit-to" type="date" value={form.validTo ?? ''} onChange={(e) => setForm({ ...form, validTo: e.target.value || null })} /></Field>
        <WriteError error={save.error} testId="org-unit-error" />
        <div className="org-actions">
          <button type="submit" className="btn" disabled={save.isPending}>{t(editing ? 'save' : 'create')}</button>
          {editing && <button type="button" className="btn btn--ghost" onClick={reset}>{t('cancel')}</button>}
        </div>
      </form>
    </section>
  );
}
