import { useRef, useState, type FormEvent } from 'react';
import { CheckList } from '@/components/ui/check-list';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { ApiError } from '@/lib/api/errors';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useCreateReceptionSession } from '../api/create-reception-session';
import { useBodies } from '../api/get-bodies';
import { useLeaders } from '../api/get-leaders';
import { useOffices } from '../api/get-offices';
import type { ReceptionSession, ReceptionSessionKind, ReceptionSessionRequest } from '../api/types';
import { useUpdateReceptionSession } from '../api/update-reception-session';
import { dayAndTime, instantOf } from '../utils/dates';
import { RECEPTION_KINDS, receptionKindLabel } from '../utils/labels';
import './petition.css';

type Draft = {
  kind: ReceptionSessionKind;
  bodyId: string;
  leaderIds: string[];
  participatingOfficeIds: string[];
  occasion: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  publicSession: boolean;
  reason: string;
};

const FIELDS = ['kind', 'bodyId', 'leaderIds', 'participatingOfficeIds', 'occasion', 'startsAt', 'endsAt', 'venue', 'publicSession', 'reason'];

function draftOf(session: ReceptionSession | undefined, today: string): Draft {
  if (!session) {
    return {
      kind: 'REGULAR',
      bodyId: '',
      leaderIds: [],
      participatingOfficeIds: [],
      occasion: '',
      startDate: today,
      startTime: '08:00',
      endDate: today,
      endTime: '11:30',
      venue: '',
      publicSession: true,
      reason: '',
    };
  }
  const start = dayAndTime(session.startsAt);
  const end = dayAndTime(session.endsAt);
  return {
    kind: session.kind,
    bodyId: session.body?.id ?? '',
    leaderIds: session.leaders.map((l) => l.id),
    participatingOfficeIds: session.participatingOffices.map((o) => o.id),
    occasion: session.occasion ?? '',
    startDate: start.day,
    startTime: start.time,
    endDate: end.day,
    endTime: end.time,
    venue: session.venue,
    publicSession: session.publicSession,
    reason: '',
  };
}

type Props = { session?: ReceptionSession; today: string; onSaved: (session: ReceptionSession) => void; onCancel: () => void };

/**
 * "Lên lịch tiếp công dân" / "Sửa buổi tiếp": a leader's regular reception day (the body and its receiving leaders) or a
 * joint reception with other offices (the occasion), when, where and whether the e-portal shows it.
 */
export function ReceptionSessionForm({ session, today, onSaved, onCancel }: Props) {
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const bodies = useBodies();
  const leaders = useLeaders();
  const offices = useOffices();
  const create = useCreateReceptionSession();
  const update = useUpdateReceptionSession();
  const mutation = session ? update : create;
  const [draft, setDraft] = useState<Draft>(() => draftOf(session, today));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLFormElement>(null);
  const stale = mutation.error instanceof ApiError && mutation.error.status === 412;
  const errors: FieldErrors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const summary = clientErrors ? t('petitionForm.checkFields') : mutation.isError ? (stale ? t('reception.stale') : problemMessage(mutation.error, t)) : null;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'vi' ? o.nameVi : o.nameEn);
  const host = session?.hostOffice.id ?? me.office?.id;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const required = t('petitionForm.required');
    const startsAt = instantOf(draft.startDate, draft.startTime);
    const endsAt = instantOf(draft.endDate, draft.endTime);
    const found: FieldErrors = {};
    if (!startsAt) found.startsAt = required;
    if (!endsAt) found.endsAt = required;
    else if (startsAt && endsAt <= startsAt) found.endsAt = t('reception.endBeforeStart');
    if (!draft.venue.trim()) found.venue = required;
    if (draft.kind === 'REGULAR' && !draft.bodyId) found.bodyId = required;
    if (draft.kind === 'REGULAR' && draft.leaderIds.length === 0) found.leaderIds = t('reception.leadersRequired');
    if (draft.kind === 'JOINT' && draft.participatingOfficeIds.length === 0) found.participatingOfficeIds = t('reception.officesRequired');
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) {
      setClientErrors(found);
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setClientErrors(null);
    const regular = draft.kind === 'REGULAR';
    const body: ReceptionSessionRequest = {
      kind: draft.kind,
      bodyId: draft.bodyId || null,
      leaderIds: draft.bodyId ? draft.leaderIds : [],
      participatingOfficeIds: regular ? [] : draft.participatingOfficeIds,
      occasion: regular ? null : draft.occasion.trim() || null,
      startsAt,
      endsAt,
      venue: draft.venue.trim(),
      publicSession: draft.publicSession,
      reason: session ? draft.reason.trim() || null : null,
    };
    if (session) update.mutateAsync({ id: session.id, version: session.version, body }).then(onSaved, shownByTheMutation);
    else create.mutateAsync({ body, idempotencyKey }).then(onSaved, shownByTheMutation);
  }

  const bodyLeaders = (leaders.data ?? []).filter((l) => l.bodyId === draft.bodyId).map((l) => ({ id: l.id, label: `${l.fullName} (${lang === 'vi' ? l.titleVi : l.titleEn})` }));
  const officeOptions = (offices.data ?? []).filter((o) => o.id !== host).map((o) => ({ id: o.id, label: name(o) }));

  return (
    <form ref={formRef} className="ui-panel" onSubmit={submit} noValidate data-testid="session-form">
      <div className="ui-grid">
        <FormField id="session-kind" label={t('reception.kind')} error={errorFor(errors, 'kind')}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as ReceptionSessionKind })}>
              {RECEPTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {receptionKindLabel(k, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="session-body"
          label={t('reception.body')}
          hint={draft.kind === 'JOINT' ? t('reception.bodyOptional') : undefined}
          error={errorFor(errors, 'bodyId')}
        >
          {(control) => (
            <select {...control} value={draft.bodyId} onChange={(e) => set({ bodyId: e.target.value, leaderIds: [] })}>
              <option value="">{t('common.select')}</option>
              {(bodies.data ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {name(b)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.bodyId && (
          <CheckList
            id="session-leaders"
            label={t('reception.leaders')}
            options={bodyLeaders}
            selected={draft.leaderIds}
            onChange={(leaderIds) => set({ leaderIds })}
            emptyText={leaders.isPending ? t('common.loading') : t('reception.noLeaders')}
            error={errorFor(errors, 'leaderIds')}
          />
        )}
        {draft.kind === 'JOINT' && (
          <>
            <CheckList
              id="session-offices"
              label={t('reception.offices')}
              options={officeOptions}
              selected={draft.participatingOfficeIds}
              onChange={(participatingOfficeIds) => set({ participatingOfficeIds })}
              emptyText={offices.isPending ? t('common.loading') : t('reception.noOffices')}
              error={errorFor(errors, 'participatingOfficeIds')}
            />
            <FormField id="session-occasion" label={t('reception.occasion')} hint={t('reception.occasionHint')} error={errorFor(errors, 'occasion')}>
              {(control) => <input {...control} maxLength={300} value={draft.occasion} onChange={(e) => set({ occasion: e.target.value })} />}
            </FormField>
          </>
        )}
        <FormField id="session-start-date" label={t('reception.startDate')} error={errorFor(errors, 'startsAt')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.startDate}
              onChange={(e) => set(draft.endDate < e.target.value ? { startDate: e.target.value, endDate: e.target.value } : { startDate: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="session-start-time" label={t('reception.startTime')}>
          {(control) => <input {...control} type="time" step={300} value={draft.startTime} onChange={(e) => set({ startTime: e.target.value })} />}
        </FormField>
        <FormField id="session-end-date" label={t('reception.endDate')} error={errorFor(errors, 'endsAt')}>
          {(control) => <input {...control} type="date" min={draft.startDate} value={draft.endDate} onChange={(e) => set({ endDate: e.target.value })} />}
        </FormField>
        <FormField id="session-end-time" label={t('reception.endTime')}>
          {(control) => <input {...control} type="time" step={300} value={draft.endTime} onChange={(e) => set({ endTime: e.target.value })} />}
        </FormField>
        <FormField id="session-venue" label={t('reception.venue')} error={errorFor(errors, 'venue')} className="span-all">
          {(control) => <input {...control} maxLength={300} value={draft.venue} onChange={(e) => set({ venue: e.target.value })} />}
        </FormField>
        <label className="ui-check pt-check span-all">
          <input type="checkbox" data-testid="session-public" checked={draft.publicSession} onChange={(e) => set({ publicSession: e.target.checked })} />
          {t('reception.public')}
        </label>
        {session && (
          <FormField id="session-reason" label={t('reception.reason')} hint={t('reception.reasonHint')} error={errorFor(errors, 'reason')} className="span-all">
            {(control) => <textarea {...control} rows={2} maxLength={1000} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />}
          </FormField>
        )}
      </div>
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="session-form-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="session-save">
          {mutation.isPending ? t('petitionForm.saving') : session ? t('reception.saveChanges') : t('reception.create')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel} data-testid="session-form-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
