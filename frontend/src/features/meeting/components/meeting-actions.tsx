import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useCancelMeeting } from '../api/cancel-meeting';
import { useCloseMeeting } from '../api/close-meeting';
import { useHoldMeeting } from '../api/hold-meeting';
import { useInviteMeeting } from '../api/invite-meeting';
import { usePostponeMeeting } from '../api/postpone-meeting';
import type { Meeting, MeetingAction } from '../api/types';
import { dayAndTime, instantOf } from '../utils/datetime';
import { meetingActionLabel } from '../utils/labels';
import { headerActions } from '../utils/permissions';
import './meeting.css';

type Props = {
  meeting: Meeting;
  /** the edit form is open */
  editing: boolean;
  onEdit: () => void;
  /** a transition went through */
  onDone: (action: MeetingAction, meeting: Meeting) => void;
};

type Direct = 'INVITE' | 'HOLD' | 'CLOSE';

/**
 * The buttons of the meeting's header — exactly the server's `allowedActions` among EDIT, INVITE ("Gửi giấy mời"), HOLD,
 * CLOSE, POSTPONE (new time and a reason) and CANCEL (a reason).
 */
export function MeetingActions({ meeting, editing, onEdit, onDone }: Props) {
  const t = useT();
  const [open, setOpen] = useState<'POSTPONE' | 'CANCEL' | null>(null);
  const invite = useInviteMeeting();
  const hold = useHoldMeeting();
  const close = useCloseMeeting();
  const actions = headerActions(meeting);
  if (actions.length === 0) return null;

  const direct: Record<Direct, typeof invite> = { INVITE: invite, HOLD: hold, CLOSE: close };
  const failed = [invite, hold, close].find((m) => m.isError);
  const busy = invite.isPending || hold.isPending || close.isPending;

  return (
    <section className="card" aria-labelledby="meeting-actions-title" data-testid="meeting-actions">
      <h2 id="meeting-actions-title" className="card__title">
        {t('meeting.actions')}
      </h2>
      <div className="ui-actions">
        {actions.map((action) => {
          if (action === 'EDIT') {
            return (
              <button
                key={action}
                type="button"
                className="btn btn--secondary"
                aria-expanded={editing}
                data-testid="meeting-edit"
                onClick={() => {
                  setOpen(null);
                  onEdit();
                }}
              >
                {meetingActionLabel(action, t)}
              </button>
            );
          }
          if (action === 'POSTPONE' || action === 'CANCEL') {
            return (
              <button
                key={action}
                type="button"
                className="btn btn--secondary"
                aria-expanded={open === action}
                data-testid={`meeting-${action.toLowerCase()}`}
                disabled={busy}
                onClick={() => setOpen(open === action ? null : action)}
              >
                {meetingActionLabel(action, t)}
              </button>
            );
          }
          const mutation = direct[action as Direct];
          return (
            <button
              key={action}
              type="button"
              className="btn btn--primary"
              data-testid={`meeting-${action.toLowerCase()}`}
              disabled={busy}
              onClick={() => {
                setOpen(null);
                [invite, hold, close].forEach((m) => m.reset());
                mutation.mutateAsync({ id: meeting.id }).then((after) => onDone(action, after), shownByTheMutation);
              }}
            >
              {busy && mutation.isPending ? t('meeting.working') : meetingActionLabel(action, t)}
            </button>
          );
        })}
      </div>
      {failed && (
        <p className="form-error" role="alert" data-testid="meeting-action-error" style={{ marginTop: '0.75rem' }}>
          {problemMessage(failed.error, t)}
        </p>
      )}
      {open === 'POSTPONE' && (
        <PostponeDialog
          meeting={meeting}
          onClose={() => setOpen(null)}
          onDone={(after) => {
            setOpen(null);
            onDone('POSTPONE', after);
          }}
        />
      )}
      {open === 'CANCEL' && (
        <CancelDialog
          meeting={meeting}
          onClose={() => setOpen(null)}
          onDone={(after) => {
            setOpen(null);
            onDone('CANCEL', after);
          }}
        />
      )}
    </section>
  );
}

type DialogProps = { meeting: Meeting; onClose: () => void; onDone: (meeting: Meeting) => void };

/** "Hoãn cuộc họp": the new time and the reason, both required. */
export function PostponeDialog({ meeting, onClose, onDone }: DialogProps) {
  const t = useT();
  const mutation = usePostponeMeeting();
  const start = dayAndTime(meeting.startsAt);
  const end = dayAndTime(meeting.endsAt);
  const [startDate, setStartDate] = useState(start.day);
  const [startTime, setStartTime] = useState(start.time);
  const [endDate, setEndDate] = useState(end.day);
  const [endTime, setEndTime] = useState(end.time);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ start?: string; end?: string; reason?: string }>({});
  const serverErrors = mutation.isError ? fieldErrorsOf(mutation.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startsAt = instantOf(startDate, startTime);
    const endsAt = instantOf(endDate, endTime);
    const found = {
      start: startsAt ? undefined : t('meetingForm.required'),
      end: !endsAt ? t('meetingForm.required') : startsAt && endsAt <= startsAt ? t('meetingForm.endBeforeStart') : undefined,
      reason: reason.trim() ? undefined : t('meetingForm.required'),
    };
    setMissing(found);
    if (found.start || found.end || found.reason || !startsAt || !endsAt) return;
    mutation.mutateAsync({ id: meeting.id, body: { startsAt, endsAt, reason: reason.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" role="dialog" aria-labelledby="postpone-title" onSubmit={submit} noValidate data-testid="postpone-dialog">
      <h3 id="postpone-title">{t('meetingAction.POSTPONE')}</h3>
      <div className="ui-grid">
        <FormField id="postpone-start-date" label={t('meetingForm.newStartDate')} error={missing.start ?? errorFor(serverErrors, 'startsAt')}>
          {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
        </FormField>
        <FormField id="postpone-start-time" label={t('meetingForm.startTime')}>
          {(control) => <input {...control} type="time" step={300} value={startTime} onChange={(e) => setStartTime(e.target.value)} />}
        </FormField>
        <FormField id="postpone-end-date" label={t('meetingForm.newEndDate')} error={missing.end ?? errorFor(serverErrors, 'endsAt')}>
          {(control) => <input {...control} type="date" min={startDate} value={endDate} onChange={(e) => setEndDate(e.target.value)} />}
        </FormField>
        <FormField id="postpone-end-time" label={t('meetingForm.endTime')}>
          {(control) => <input {...control} type="time" step={300} value={endTime} onChange={(e) => setEndTime(e.target.value)} />}
        </FormField>
        <FormField id="postpone-reason" label={t('meeting.reason')} error={missing.reason ?? errorFor(serverErrors, 'reason')} className="span-all">
          {(control) => <textarea {...control} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      </div>
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="postpone-error">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="postpone-submit">
          {mutation.isPending ? t('meeting.working') : t('meetingAction.POSTPONE')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="postpone-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Hủy cuộc họp": the reason is required and told to everyone affected. */
export function CancelDialog({ meeting, onClose, onDone }: DialogProps) {
  const t = useT();
  const mutation = useCancelMeeting();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = mutation.isError ? fieldErrorsOf(mutation.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutateAsync({ id: meeting.id, body: { reason: reason.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" role="dialog" aria-labelledby="cancel-title" onSubmit={submit} noValidate data-testid="cancel-dialog">
      <h3 id="cancel-title">{t('meetingAction.CANCEL')}</h3>
      <FormField id="cancel-reason" label={t('meeting.reason')} error={missing ? t('meetingForm.required') : errorFor(serverErrors, 'reason')}>
        {(control) => <textarea {...control} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="cancel-error">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="cancel-submit">
          {mutation.isPending ? t('meeting.working') : t('meetingAction.CANCEL')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="cancel-close">
          {t('meeting.keep')}
        </button>
      </div>
    </form>
  );
}
