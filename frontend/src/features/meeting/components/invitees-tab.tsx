import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAddInvitee } from '../api/add-invitee';
import { useDownloadInvitationIcs } from '../api/download-invitation-ics';
import { useBodies } from '../api/get-bodies';
import { useInvitees } from '../api/get-invitees';
import { useRecordAttendance } from '../api/record-attendance';
import { useRemoveInvitee } from '../api/remove-invitee';
import { useReplyInvitation } from '../api/reply-invitation';
import type { Invitee, InviteeKind, InviteeRequest, Meeting, NamedRef, Reply } from '../api/types';
import { INVITEE_KINDS, inviteeKindLabel, REPLIES, replyLabel } from '../utils/labels';
import { can, canPlan } from '../utils/permissions';
import { ReplyChip } from './status-chip';
import { OneUnitPicker } from '@/components/ui/unit-picker';
import './meeting.css';

/**
 * Thành phần mời: who is invited (persons, bodies, units), their replies (attend, absent with a reason, a substitute) and
 * the attendance; the host adds and removes invitees before the meeting and takes the attendance; each invitation as .ics.
 */
export function InviteesTab({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const invitees = useInvitees(meeting.id);
  const remove = useRemoveInvitee();
  const ics = useDownloadInvitationIcs();
  const [adding, setAdding] = useState(false);
  const [replying, setReplying] = useState<string | null>(null);
  const [attendance, setAttendance] = useState(false);
  const planning = canPlan(meeting);
  const c = meeting.counts;
  const failed = remove.error ?? ics.error;

  return (
    <div className="mt-tabpanel" data-testid="invitees-tab">
      <ul className="ui-stats" data-testid="invitee-counts">
        <li>
          <strong>{c.invitees}</strong>
          {t('invitees.count')}
        </li>
        <li>
          <strong>{c.attending}</strong>
          {t('reply.ATTEND')}
        </li>
        <li>
          <strong>{c.substitutes}</strong>
          {t('reply.SUBSTITUTE')}
        </li>
        <li>
          <strong>{c.absent}</strong>
          {t('reply.ABSENT')}
        </li>
        <li>
          <strong>{c.pendingReplies}</strong>
          {t('reply.PENDING')}
        </li>
        <li>
          <strong>{c.attended}</strong>
          {t('invitees.attendedCount')}
        </li>
      </ul>
      {meeting.status === 'PLANNED' && planning && <p className="ui-meta">{t('invitees.inviteHint')}</p>}
      <div className="ui-actions">
        {planning && (
          <button
            type="button"
            className={adding ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={adding}
            data-testid="invitee-add"
            onClick={() => setAdding(!adding)}
          >
            + {t('invitees.add')}
          </button>
        )}
        {can(meeting, 'TAKE_ATTENDANCE') && (invitees.data?.length ?? 0) > 0 && (
          <button
            type="button"
            className={attendance ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={attendance}
            data-testid="attendance-open"
            onClick={() => setAttendance(!attendance)}
          >
            {t('meetingAction.TAKE_ATTENDANCE')}
          </button>
        )}
      </div>
      {planning && adding && <InviteeForm meeting={meeting} onDone={() => setAdding(false)} />}
      {attendance && invitees.data && <AttendanceForm meeting={meeting} invitees={invitees.data} onDone={() => setAttendance(false)} />}
      {failed && (
        <p className="form-error" role="alert" data-testid="invitee-action-error">
          {problemMessage(failed, t)}
        </p>
      )}
      {invitees.isPending ? (
        <LoadingState />
      ) : invitees.isError ? (
        <ErrorState message={problemMessage(invitees.error, t)} onRetry={() => invitees.refetch()} />
      ) : invitees.data.length === 0 ? (
        <p className="empty" data-testid="invitees-empty">
          {t('invitees.empty')}
        </p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table mt-table" data-testid="invitees-table">
            <thead>
              <tr>
                <th>{t('invitees.name')}</th>
                <th>{t('invitees.kind')}</th>
                <th>{t('invitees.reply')}</th>
                <th>{t('invitees.attendance')}</th>
                <th>{t('invitees.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitees.data.map((invitee) => (
                <tr key={invitee.id} data-testid="invitee-row" data-id={invitee.id}>
                  <td>
                    <span data-testid="invitee-name">{invitee.name}</span>
                    {invitee.personTitle && <div className="ui-meta">{invitee.personTitle}</div>}
                  </td>
                  <td>{inviteeKindLabel(invitee.kind, t)}</td>
                  <td>
                    <ReplyChip reply={invitee.reply} />
                    {invitee.reply === 'ABSENT' && invitee.replyReason && <div className="ui-meta">{invitee.replyReason}</div>}
                    {invitee.reply === 'SUBSTITUTE' && invitee.substituteName && (
                      <div className="ui-meta">{t('invitees.substitute', { name: invitee.substituteName })}</div>
                    )}
                    {invitee.repliedAt && (
                      <div className="ui-meta">
                        {t('invitees.repliedBy', { name: invitee.repliedByName ?? '', at: formatDateTime(invitee.repliedAt, lang) })}
                      </div>
                    )}
                    {replying === invitee.id && <ReplyForm meeting={meeting} invitee={invitee} onDone={() => setReplying(null)} />}
                  </td>
                  <td data-testid="invitee-attended">
                    {invitee.attended === null ? '' : invitee.attended ? t('invitees.present') : t('invitees.notPresent')}
                    {invitee.attendanceNote && <div className="ui-meta">{invitee.attendanceNote}</div>}
                  </td>
                  <td>
                    <div className="ui-actions">
                      {invitee.canReply && (
                        <button
                          type="button"
                          className="btn btn--secondary btn--small"
                          data-testid="invitee-reply-open"
                          aria-expanded={replying === invitee.id}
                          onClick={() => setReplying(replying === invitee.id ? null : invitee.id)}
                        >
                          {t('invitees.answer')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        data-testid="invitee-ics"
                        aria-label={t('invitees.icsFor', { name: invitee.name })}
                        disabled={ics.isPending}
                        onClick={() => ics.mutate({ meetingId: meeting.id, inviteeId: invitee.id, fileName: 'giay-moi-hop.ics' })}
                      >
                        {t('invitees.ics')}
                      </button>
                      {planning && (
                        <button
                          type="button"
                          className="btn btn--ghost btn--small"
                          data-testid="invitee-remove"
                          aria-label={t('invitees.removeName', { name: invitee.name })}
                          disabled={remove.isPending}
                          onClick={() => remove.mutate({ meetingId: meeting.id, inviteeId: invitee.id })}
                        >
                          {t('invitees.remove')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const INVITEE_FIELDS = ['kind', 'userId', 'personName', 'personTitle', 'email', 'bodyId', 'unitId'];

function InviteeForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { lang, t } = useI18n();
  const bodies = useBodies();
  const add = useAddInvitee();
  const [kind, setKind] = useState<InviteeKind>('BODY');
  const [bodyId, setBodyId] = useState('');
  const [unit, setUnit] = useState<NamedRef | null>(null);
  const [personName, setPersonName] = useState('');
  const [personTitle, setPersonTitle] = useState('');
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const errors = add.isError ? fieldErrorsOf(add.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let body: InviteeRequest;
    if (kind === 'BODY') body = { kind, bodyId };
    else if (kind === 'UNIT') body = { kind, unitId: unit?.id ?? '' };
    else body = { kind, personName: personName.trim(), personTitle: personTitle.trim() || null, email: email.trim() || null };
    const empty = kind === 'BODY' ? !bodyId : kind === 'UNIT' ? !unit : !personName.trim();
    setMissing(empty ? t('meetingForm.required') : null);
    if (empty) return;
    add.mutateAsync({ meetingId: meeting.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="invitee-form">
      <h3>{t('invitees.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="invitee-kind" label={t('invitees.kind')} error={errorFor(errors, 'kind')}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as InviteeKind);
                setMissing(null);
              }}
            >
              {INVITEE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {inviteeKindLabel(k, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {kind === 'BODY' && (
          <FormField id="invitee-body" label={t('inviteeKind.BODY')} error={missing ?? errorFor(errors, 'bodyId')}>
            {(control) => (
              <select {...control} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
                <option value="">{t('common.select')}</option>
                {(bodies.data ?? []).map((b) => (
                  <option key={b.id} value={b.id}>
                    {lang === 'vi' ? b.nameVi : b.nameEn}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {kind === 'UNIT' && (
          <OneUnitPicker id="invitee-unit" label={t('inviteeKind.UNIT')} selected={unit} onChange={setUnit} error={missing ?? errorFor(errors, 'unitId')} />
        )}
        {kind === 'PERSON' && (
          <>
            <FormField id="invitee-person-name" label={t('invitees.personName')} error={missing ?? errorFor(errors, 'personName')}>
              {(control) => <input {...control} maxLength={200} value={personName} onChange={(e) => setPersonName(e.target.value)} />}
            </FormField>
            <FormField id="invitee-person-title" label={t('invitees.personTitle')} error={errorFor(errors, 'personTitle')}>
              {(control) => <input {...control} maxLength={200} value={personTitle} onChange={(e) => setPersonTitle(e.target.value)} />}
            </FormField>
            <FormField id="invitee-email" label={t('invitees.email')} error={errorFor(errors, 'email')}>
              {(control) => <input {...control} type="email" maxLength={200} value={email} onChange={(e) => setEmail(e.target.value)} />}
            </FormField>
          </>
        )}
      </div>
      <FormErrorSummary
        summary={add.isError ? problemMessage(add.error, t) : null}
        leftover={unmatchedErrors(errors, INVITEE_FIELDS)}
        testId="invitee-error"
      />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={add.isPending} data-testid="invitee-save">
          {add.isPending ? t('meetingForm.saving') : t('invitees.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReplyForm({ meeting, invitee, onDone }: { meeting: Meeting; invitee: Invitee; onDone: () => void }) {
  const t = useT();
  const reply = useReplyInvitation();
  const [answer, setAnswer] = useState<Exclude<Reply, 'PENDING'>>('ATTEND');
  const [reason, setReason] = useState('');
  const [substituteName, setSubstitute] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = reply.isError ? fieldErrorsOf(reply.error) : {};
  const id = `reply-${invitee.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = (answer === 'ABSENT' && !reason.trim()) || (answer === 'SUBSTITUTE' && !substituteName.trim());
    setMissing(empty);
    if (empty) return;
    reply.mutateAsync(
      {
        meetingId: meeting.id,
        inviteeId: invitee.id,
        body: { reply: answer, reason: reason.trim() || null, substituteName: answer === 'SUBSTITUTE' ? substituteName.trim() : null },
      },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="reply-form">
      <fieldset className="field" style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, padding: 0 }}>{t('invitees.reply')}</legend>
        {REPLIES.map((r) => (
          <label key={r} className="ui-check">
            <input type="radio" name={id} value={r} checked={answer === r} data-testid={`reply-${r}`} onChange={() => setAnswer(r)} />
            {replyLabel(r, t)}
          </label>
        ))}
      </fieldset>
      {answer === 'SUBSTITUTE' && (
        <FormField
          id={`${id}-substitute`}
          label={t('invitees.substituteName')}
          error={missing ? t('meetingForm.required') : errorFor(errors, 'substituteName')}
        >
          {(control) => <input {...control} maxLength={200} value={substituteName} onChange={(e) => setSubstitute(e.target.value)} />}
        </FormField>
      )}
      {answer !== 'ATTEND' && (
        <FormField
          id={`${id}-reason`}
          label={t('invitees.reason')}
          error={missing && answer === 'ABSENT' ? t('meetingForm.required') : errorFor(errors, 'reason')}
        >
          {(control) => <input {...control} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      )}
      {reply.isError && (
        <p className="form-error" role="alert">
          {problemMessage(reply.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={reply.isPending} data-testid="reply-submit">
          {t('invitees.sendReply')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AttendanceForm({ meeting, invitees, onDone }: { meeting: Meeting; invitees: Invitee[]; onDone: () => void }) {
  const t = useT();
  const record = useRecordAttendance();
  // unrecorded: present if they said they attend or send someone
  const [entries, setEntries] = useState(() =>
    invitees.map((i) => ({
      inviteeId: i.id,
      name: i.name,
      attended: i.attended ?? (i.reply === 'ATTEND' || i.reply === 'SUBSTITUTE'),
      note: i.attendanceNote ?? '',
    })),
  );
  const errors = record.isError ? fieldErrorsOf(record.error) : {};

  function change(index: number, patch: Partial<{ attended: boolean; note: string }>) {
    setEntries((list) => list.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    record.mutateAsync(
      { meetingId: meeting.id, body: { entries: entries.map((e) => ({ inviteeId: e.inviteeId, attended: e.attended, note: e.note.trim() || null })) } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="attendance-form">
      <h3>{t('meetingAction.TAKE_ATTENDANCE')}</h3>
      <ul className="ui-checklist" style={{ maxHeight: 'none' }}>
        {entries.map((entry, i) => (
          <li key={entry.inviteeId} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
            <label className="ui-check" style={{ minWidth: '16rem' }}>
              <input type="checkbox" checked={entry.attended} data-testid="attendance-present" onChange={(e) => change(i, { attended: e.target.checked })} />
              {entry.name}
            </label>
            <input
              aria-label={t('invitees.attendanceNoteFor', { name: entry.name })}
              placeholder={t('invitees.attendanceNote')}
              maxLength={1000}
              value={entry.note}
              onChange={(e) => change(i, { note: e.target.value })}
            />
            {errorFor(errors, `entries[${i}]`) && <span className="field__error">{errorFor(errors, `entries[${i}]`)}</span>}
          </li>
        ))}
      </ul>
      {record.isError && (
        <p className="form-error" role="alert">
          {problemMessage(record.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={record.isPending} data-testid="attendance-save">
          {record.isPending ? t('meetingForm.saving') : t('invitees.saveAttendance')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
