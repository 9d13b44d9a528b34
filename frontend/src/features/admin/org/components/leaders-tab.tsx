import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { formatDate } from '@/lib/format';
import { useBodies, useCreateLeader, useLeaders, useMoveLeader, usePositions, useUpdateLeader, type Leader } from '../api';
import { useOrgT } from '../i18n';
import { Field, SearchBox, StatusChip, WriteError } from './shared';

/** A leader's positions over time, and the form to record a move of post. */
function LeaderDetail({ leader }: { leader: Leader }) {
  const t = useOrgT();
  const positions = usePositions(leader.id);
  const bodies = useBodies();
  const move = useMoveLeader();
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [validFrom, setValidFrom] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    move.mutate(
      { id: leader.id, body: { titleVi: titleVi.trim(), titleEn: titleEn.trim(), bodyId: bodyId || null, validFrom } },
      { onSuccess: () => { setTitleVi(''); setTitleEn(''); setValidFrom(''); } },
    );
  }

  return (
    <div className="org-detail" data-testid="org-leader-detail">
      <h3>{t('history')}</h3>
      {positions.isPending ? <LoadingState /> : positions.isError ? <ErrorState /> : (
        <ol className="org-history">
          {positions.data.map((p) => (
            <li key={p.id} data-testid="org-position">
              <strong>{p.titleVi}</strong>
              {p.bodyName ? ` — ${p.bodyName}` : ''}: {formatDate(p.validFrom)} – {p.validTo ? formatDate(p.validTo) : t('current')}
            </li>
          ))}
        </ol>
      )}
      {leader.active && (
        <form className="org-form" onSubmit={submit} data-testid="org-move-form">
          <h3>{t('move')}</h3>
          <p className="org-hint">{t('moveHint')}</p>
          <Field id="move-title-vi" label="titleVi"><input id="move-title-vi" value={titleVi} onChange={(e) => setTitleVi(e.target.value)} required /></Field>
          <Field id="move-title-en" label="titleEn"><input id="move-title-en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} required /></Field>
          <Field id="move-body" label="body">
            <select id="move-body" value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
              <option value="">{t('noBody')}</option>
              {(bodies.data ?? []).filter((b) => b.active).map((b) => <option key={b.id} value={b.id}>{b.nameVi}</option>)}
            </select>
          </Field>
          <Field id="move-from" label="validFrom"><input id="move-from" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} required /></Field>
          <WriteError error={move.error} testId="org-move-error" />
          <button type="submit" className="btn" disabled={move.isPending} data-testid="org-move-submit">{t('save')}</button>
        </form>
      )}
    </div>
  );
}

/** Leaders (lãnh đạo): search, add with their position, rename / reorder, deactivate, history and moves of post. */
export function LeadersTab() {
  const t = useOrgT();
  const [q, setQ] = useState('');
  const leaders = useLeaders(q.trim());
  const bodies = useBodies();
  const create = useCreateLeader();
  const update = useUpdateLeader();
  const [open, setOpen] = useState<string | null>(null);
  const [form, setForm] = useState({ fullName: '', titleVi: '', titleEn: '', bodyId: '', protocolOrder: 0, validFrom: '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { fullName: form.fullName.trim(), titleVi: form.titleVi.trim(), titleEn: form.titleEn.trim(), bodyId: form.bodyId || null, protocolOrder: form.protocolOrder, validFrom: form.validFrom },
      { onSuccess: () => setForm({ fullName: '', titleVi: '', titleEn: '', bodyId: '', protocolOrder: 0, validFrom: '' }) },
    );
  }

  return (
    <section data-testid="org-leaders">
      <SearchBox value={q} onChange={setQ} testId="org-leaders-search" />
      {leaders.isPending ? <LoadingState /> : leaders.isError ? <ErrorState onRetry={() => void leaders.refetch()} /> : (
        <table className="org-table">
          <thead>
            <tr><th>{t('fullName')}</th><th>{t('titleVi')}</th><th>{t('body')}</th><th>{t('status')}</th><th /></tr>
          </thead>
          <tbody>
            {leaders.data.items.map((l) => (
              <tr key={l.id} data-testid="org-leader-row">
                <td>
                  <button type="button" className="btn btn--link" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>{l.fullName}</button>
                  {open === l.id && <LeaderDetail leader={l} />}
                </td>
                <td>{l.titleVi}</td>
                <td>{l.bodyName ?? ''}</td>
                <td><StatusChip active={l.active} /></td>
                <td className="org-actions">
                  <button
                    type="button"
                    className="btn btn--ghost"
                    onClick={() => update.mutate({ id: l.id, version: l.version, body: { fullName: l.fullName, protocolOrder: l.protocolOrder, active: !l.active } })}
                  >
                    {t(l.active ? 'deactivate' : 'reactivate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <WriteError error={update.error} testId="org-leader-update-error" />
      <form className="org-form" onSubmit={submit} data-testid="org-leader-form">
        <h2>{t('create')}</h2>
        <Field id="leader-name" label="fullName"><input id="leader-name" value={form.fullName} onChange={(e) => setForm({ ...form, fullName: e.target.value })} required /></Field>
        <Field id="leader-title-vi" label="titleVi"><input id="leader-title-vi" value={form.titleVi} onChange={(e) => setForm({ ...form, titleVi: e.target.value })} required /></Field>
        <Field id="leader-title-en" label="titleEn"><input id="leader-title-en" value={form.titleEn} onChange={(e) => setForm({ ...form, titleEn: e.target.value })} required /></Field>
        <Field id="leader-body" label="body">
          <select id="leader-body" value={form.bodyId} onChange={(e) => setForm({ ...form, bodyId: e.target.value })}>
            <option value="">{t('noBody')}</option>
            {(bodies.data ?? []).filter((b) => b.active).map((b) => <option key={b.id} value={b.id}>{b.nameVi}</option>)}
          </select>
        </Field>
        <Field id="leader-order" label="protocolOrder">
          <input id="leader-order" type="number" min={0} value={form.protocolOrder} onChange={(e) => setForm({ ...form, protocolOrder: Number(e.target.value) })} />
        </Field>
        <Field id="leader-from" label="validFrom"><input id="leader-from" type="date" value={form.validFrom} onChange={(e) => setForm({ ...form, validFrom: e.target.value })} required /></Field>
        <WriteError error={create.error} testId="org-leader-error" />
        <button type="submit" className="btn" disabled={create.isPending}>{t('create')}</button>
      </form>
    </section>
  );
}
