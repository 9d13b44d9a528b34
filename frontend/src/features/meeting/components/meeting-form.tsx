import { useRef, useState, type FormEvent } from 'react';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { ApiError } from '@/lib/api/errors';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useCreateMeeting } from '../api/create-meeting';
import { useBodies } from '../api/get-bodies';
import { useLeaders } from '../api/get-leaders';
import { useMeetingKinds } from '../api/get-meeting-kinds';
import { useOffices } from '../api/get-offices';
import type { Confidentiality, Meeting, MeetingFormat } from '../api/types';
import { useUpdateMeeting } from '../api/update-meeting';
import { CONFIDENTIALITIES, confidentialityLabel, MEETING_FORMATS, meetingFormatLabel } from '../utils/labels';
import { draftOf, emptyDraft, MEETING_FIELDS, toMeetingRequest, validateMeeting, type MeetingDraft } from '../utils/meeting-draft';
import { CheckList } from '@/components/ui/check-list';
import './meeting.css';

type Props = {
  /** the meeting to change; none plans a new one */
  meeting?: Meeting;
  /** the day a new meeting starts on by default (yyyy-MM-dd) */
  today: string;
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
};

function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * "Tạo cuộc họp" / "Sửa thông tin cuộc họp": kind, title, time, venue, format, the leadership body, chairing leaders,
 * supporting offices, confidentiality and description. The server's field errors (422) sit under their fields; the clashes
 * of the saved meeting are shown by the meeting page.
 */
export function MeetingForm({ meeting, today, onSaved, onCancel }: Props) {
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const kinds = useMeetingKinds();
  const bodies = useBodies();
  const leaders = useLeaders();
  const offices = useOffices();
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const mutation = meeting ? update : create;
  const [draft, setDraft] = useState<MeetingDraft>(() => (meeting ? draftOf(meeting) : emptyDraft(today)));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // one key per meeting being planned: a retry after a lost answer does not plan it twice
  const [idempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLFormElement>(null);

  const stale = isStale(mutation.error);
  const errors: FieldErrors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const leftover = unmatchedErrors(errors, [...MEETING_FIELDS]);
  const summary = clientErrors
    ? t('meetingForm.checkFields')
    : mutation.isError
      ? stale
        ? t('meetingForm.stale')
        : problemMessage(mutation.error, t)
      : null;

  const set = (patch: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'vi' ? o.nameVi : o.nameEn);

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateMeeting(draft, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = toMeetingRequest(draft, !!meeting);
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    if (meeting) update.mutateAsync({ id: meeting.id, version: meeting.version, body }).then(onSaved, focusFirstInvalid);
    else create.mutateAsync({ body, idempotencyKey }).then(onSaved, focusFirstInvalid);
  }

  const leaderOptions = (leaders.data ?? []).map((l) => ({ id: l.id, label: `${l.fullName} (${lang === 'vi' ? l.titleVi : l.titleEn})` }));
  const host = meeting?.hostOffice.id ?? me.office?.id;
  const officeOptions = (offices.data ?? []).filter((o) => o.id !== host).map((o) => ({ id: o.id, label: name(o) }));
  const invited = meeting && meeting.status !== 'PLANNED';

  return (
    <form ref={formRef} className="ui-panel" onSubmit={submit} noValidate data-testid="meeting-form">
      {meeting && <h3>{t('meetingForm.editTitle')}</h3>}
      <div className="ui-grid">
        <FormField id="meeting-kind" label={t('meetingForm.kind')} error={errorFor(errors, 'kindId')}>
          {(control) => (
            <select {...control} value={draft.kindId} onChange={(e) => set({ kindId: e.target.value })}>
              <option value="">{t('common.select')}</option>
              {(kinds.data ?? []).map((k) => (
                <option key={k.id} value={k.id}>
                  {name(k)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="meeting-body" label={t('meetingForm.body')} error={errorFor(errors, 'bodyId')}>
          {(control) => (
            <select {...control} value={draft.bodyId} onChange={(e) => set({ bodyId: e.target.value })}>
              <option value="">{t('common.select')}</option>
              {(bodies.data ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {name(b)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="meeting-title" label={t('meetingForm.title')} error={errorFor(errors, 'title')} className="span-all">
          {(control) => (
            <textarea {...control} rows={2} maxLength={500} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
          )}
        </FormField>
        <FormField id="meeting-start-date" label={t('meetingForm.startDate')} error={errorFor(errors, 'startsAt')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.startDate}
              onChange={(e) => {
                const startDate = e.target.value;
                // moving the start past the end moves the end along
                set(draft.endDate < startDate ? { startDate, endDate: startDate } : { startDate });
              }}
            />
          )}
        </FormField>
        <FormField id="meeting-start-time" label={t('meetingForm.startTime')}>
          {(control) => <input {...control} type="time" step={300} value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />}
        </FormField>
        <FormField id="meeting-end-date" label={t('meetingForm.endDate')} error={errorFor(errors, 'endsAt')}>
          {(control) => (
            <input {...control} type="date" min={draft.startDate} value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} />
          )}
        </FormField>
        <FormField id="meeting-end-time" label={t('meetingForm.endTime')}>
          {(control) => <input {...control} type="time" step={300} value={draft.endTime} onChange={(e) => set({ endTime: e.target.value })} />}
        </FormField>
        <FormField id="meeting-venue" label={t('meetingForm.venue')} error={errorFor(errors, 'venue')}>
          {(control) => <input {...control} maxLength={300} value={draft.venue} onChange={(e) => set({ venue: e.target.value })} />}
        </FormField>
        <FormField id="meeting-format" label={t('meetingForm.format')} error={errorFor(errors, 'format')}>
          {(control) => (
            <select {...control} value={draft.format} onChange={(e) => set({ format: e.target.value as MeetingFormat })}>
              {MEETING_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {meetingFormatLabel(f, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="meeting-confidentiality"
          label={t('meetingForm.confidentiality')}
          hint={t('meetingForm.confidentialityHint')}
          error={errorFor(errors, 'confidentiality')}
        >
          {(control) => (
            <select {...control} value={draft.confidentiality} onChange={(e) => set({ confidentiality: e.target.value as Confidentiality })}>
              {CONFIDENTIALITIES.map((c) => (
                <option key={c} value={c}>
                  {confidentialityLabel(c, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <CheckList
          id="meeting-leaders"
          label={t('meetingForm.leaders')}
          options={leaderOptions}
          selected={draft.leaderIds}
          onChange={(leaderIds) => set({ leaderIds })}
          emptyText={leaders.isPending ? t('common.loading') : t('meetingForm.noLeaders')}
          error={errorFor(errors, 'leaderIds')}
        />
        <CheckList
          id="meeting-supporting"
          label={t('meetingForm.supportingOffices')}
          options={officeOptions}
          selected={draft.supportingOfficeIds}
          onChange={(supportingOfficeIds) => set({ supportingOfficeIds })}
          emptyText={offices.isPending ? t('common.loading') : t('meetingForm.noOffices')}
          error={errorFor(errors, 'supportingOfficeIds') ?? errorFor(errors, 'hostOfficeId')}
        />
        <FormField id="meeting-description" label={t('meetingForm.description')} error={errorFor(errors, 'description')} className="span-all">
          {(control) => (
            <textarea {...control} rows={3} maxLength={4000} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
          )}
        </FormField>
        {invited && (
          <FormField
            id="meeting-reason"
            label={t('meetingForm.reason')}
            hint={t('meetingForm.reasonHint')}
            error={errorFor(errors, 'reason')}
            className="span-all"
          >
            {(control) => <textarea {...control} rows={2} maxLength={1000} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />}
          </FormField>
        )}
      </div>
      <FormErrorSummary summary={summary} leftover={leftover} testId="meeting-form-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="meeting-save">
          {mutation.isPending ? t('meetingForm.saving') : meeting ? t('meetingForm.saveChanges') : t('meetingForm.create')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel} data-testid="meeting-form-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
