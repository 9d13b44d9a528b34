import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime, isoDate } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { shownByTheMutation } from '@/lib/mutations';
import { useCancelReceptionSession } from '../api/cancel-reception-session';
import { useReceptionPetitions } from '../api/get-reception-petitions';
import { useReceptionSession } from '../api/get-reception-session';
import { useHoldReceptionSession } from '../api/hold-reception-session';
import { useRecordReceptionPetition } from '../api/record-reception-petition';
import type { ReceptionSession } from '../api/types';
import { DueCountdown } from '../components/due-countdown';
import { PetitionForm } from '../components/petition-form';
import { ReceptionSessionForm } from '../components/reception-session-form';
import { PetitionStatusChip, ReceptionStatusChip } from '../components/status-chip';
import { formatDay, formatWhen } from '../utils/dates';
import { petitionKindLabel, receptionKindLabel } from '../utils/labels';
import { isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

type Open = 'EDIT' | 'HOLD' | 'CANCEL' | 'RECORD_PETITION' | null;

const ACTION_KEYS: Record<Exclude<Open, null>, MessageKey> = {
  EDIT: 'receptionAction.EDIT',
  HOLD: 'receptionAction.HOLD',
  CANCEL: 'receptionAction.CANCEL',
  RECORD_PETITION: 'receptionAction.RECORD_PETITION',
};

/**
 * /reception-sessions/:id — a reception session: when, where, who receives; the clashes of its calendar item; edit it while
 * planned, record that it was held (citizens who came, outcome) or cancel it; record the petitions citizens hand in at it
 * (the intake form, in person) and list them — never a citizen's name here.
 */
export function ReceptionSessionRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const location = useLocation();
  const session = useReceptionSession(id);
  const petitions = useReceptionPetitions(id, { enabled: isOfficeStaff(me) });
  const record = useRecordReceptionPetition();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('reception.created') : null);
  // a new intake form after each petition recorded
  const [formKey, setFormKey] = useState(0);

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState message={problemMessage(session.error, t)} onRetry={() => session.refetch()} />;
  const s = session.data;
  const actions = (['EDIT', 'HOLD', 'CANCEL', 'RECORD_PETITION'] as const).filter((a) => s.allowedActions.includes(a));
  const sessionDay = isoDate(s.startsAt);
  // a petition is received on a day of the session, and not after today
  const lastDay = isoDate(s.endsAt) < today ? isoDate(s.endsAt) : today;

  function finished(text: string) {
    setOpen(null);
    setDone(text);
  }

  const facts: [string, string, string][] = [
    ['fact-kind', t('reception.kind'), receptionKindLabel(s.kind, t)],
    ['fact-when', t('reception.when'), formatWhen(s.startsAt, s.endsAt, t, lang)],
    ['fact-venue', t('reception.venue'), s.venue],
    ['fact-host', t('reception.host'), s.hostOffice.name],
    ['fact-body', t('reception.body'), s.body?.name ?? ''],
    ['fact-leaders', t('reception.leaders'), s.leaders.map((l) => `${l.fullName} (${l.title})`).join('; ')],
    ['fact-offices', t('reception.offices'), s.participatingOffices.map((o) => o.name).join('; ')],
    ['fact-occasion', t('reception.occasion'), s.occasion ?? ''],
    ['fact-public', t('reception.publicShort'), s.publicSession ? t('reception.publicYes') : t('reception.publicNo')],
    ['fact-citizens', t('reception.citizensCount'), s.citizensCount === null ? '' : String(s.citizensCount)],
    ['fact-outcome', t('reception.outcome'), s.outcome ?? ''],
    ['fact-issues', t('reception.issuesRaised'), s.issuesRaised ?? ''],
    ['fact-cancel-reason', t('reception.cancelReason'), s.cancelReason ?? ''],
    ['fact-held-at', t('reception.heldAt'), s.heldAt ? formatDateTime(s.heldAt, lang) : ''],
  ];

  return (
    <div className="page" data-testid="session" data-session-id={s.id}>
      <div className="page__head">
        <Link to="/reception-sessions">← {t('reception.back')}</Link>
        <h1 className="page__title" data-testid="session-heading">
          {t('reception.heading', { kind: receptionKindLabel(s.kind, t), date: formatDay(sessionDay, lang) })}
        </h1>
        <p className="page__subtitle">
          <ReceptionStatusChip status={s.status} /> {formatWhen(s.startsAt, s.endsAt, t, lang)} · {s.venue}
        </p>
      </div>

      <section className="card">
        <dl className="facts">
          {facts
            .filter(([, , value]) => value)
            .map(([testId, label, value]) => (
              <div className="facts__row" key={testId}>
                <dt>{label}</dt>
                <dd className="ui-pre" data-testid={testId}>
                  {value}
                </dd>
              </div>
            ))}
        </dl>
      </section>

      {s.clashes.length > 0 && (
        <ul className="pt-petitioners" role="alert" data-testid="session-clashes">
          {s.clashes.map((c, i) => (
            <li key={i} className={c.severity === 'CONFLICT' ? 'form-error' : 'pt-warning'}>
              {c.message}
            </li>
          ))}
        </ul>
      )}

      {done && (
        <p className="ui-notice" role="status" data-testid="session-done">
          {done}
        </p>
      )}

      {actions.length > 0 && (
        <section className="card" aria-labelledby="session-actions-title" data-testid="session-actions">
          <h2 id="session-actions-title" className="card__title">
            {t('reception.actions')}
          </h2>
          <div className="ui-actions">
            {actions.map((a) => (
              <button
                key={a}
                type="button"
                className={open === a ? 'btn btn--primary' : 'btn btn--secondary'}
                aria-expanded={open === a}
                data-testid={`session-${a.toLowerCase().replace('_', '-')}`}
                onClick={() => setOpen(open === a ? null : a)}
              >
                {t(ACTION_KEYS[a])}
              </button>
            ))}
          </div>
          {open === 'EDIT' && (
            <ReceptionSessionForm session={s} today={today} onCancel={() => setOpen(null)} onSaved={() => finished(t('reception.saved'))} />
          )}
          {open === 'HOLD' && <HoldForm session={s} onClose={() => setOpen(null)} onDone={() => finished(t('reception.heldDone'))} />}
          {open === 'CANCEL' && <CancelForm session={s} onClose={() => setOpen(null)} onDone={() => finished(t('reception.cancelledDone'))} />}
          {open === 'RECORD_PETITION' && (
            <>
              <p className="ui-meta">{t('reception.recordHint')}</p>
              <PetitionForm
                key={formKey}
                today={lastDay < sessionDay ? sessionDay : lastDay}
                fixedChannel="IN_PERSON"
                pending={record.isPending}
                error={record.error}
                submitLabel={t('reception.recordPetition')}
                onCancel={() => setOpen(null)}
                onSubmit={(body, idempotencyKey) =>
                  record.mutateAsync({ sessionId: s.id, body, idempotencyKey }).then((petition) => {
                    record.reset();
                    setFormKey((k) => k + 1);
                    setDone(t('reception.petitionRecorded', { number: petition.number }));
                  }, shownByTheMutation)
                }
              />
            </>
          )}
        </section>
      )}

      {isOfficeStaff(me) && (
        <section className="card" aria-labelledby="session-petitions-title" data-testid="session-petitions">
          <h2 id="session-petitions-title" className="card__title">
            {t('reception.petitions', { count: s.petitionCount })}
          </h2>
          {petitions.isPending ? (
            <LoadingState />
          ) : petitions.isError ? (
            <ErrorState message={problemMessage(petitions.error, t)} onRetry={() => petitions.refetch()} />
          ) : petitions.data.length === 0 ? (
            <p className="ui-meta" data-testid="session-petitions-empty">
              {t('reception.noPetitions')}
            </p>
          ) : (
            <div className="ui-table-wrap">
              <table className="ui-table pt-table">
                <thead>
                  <tr>
                    <th>{t('petition.number')}</th>
                    <th>{t('petition.kind')}</th>
                    <th>{t('petition.subject')}</th>
                    <th>{t('petition.status')}</th>
                    <th>{t('petition.dueOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {petitions.data.map((p) => (
                    <tr key={p.id} data-testid="session-petition">
                      <td className="nowrap">
                        <Link to={`/petitions/${p.id}`}>{p.number}</Link>
                      </td>
                      <td>{petitionKindLabel(p.kind, t)}</td>
                      <td>{p.subject}</td>
                      <td>
                        <PetitionStatusChip status={p.status} testId="session-petition-status" />
                      </td>
                      <td>
                        <DueCountdown dueOn={p.dueOn} daysLeft={p.daysLeft} testId="session-petition-due" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

type FormProps = { session: ReceptionSession; onClose: () => void; onDone: () => void };

/** "Ghi nhận đã tiếp": how many citizens came, the outcome and what they raised — as a summary, without names. */
function HoldForm({ session, onClose, onDone }: FormProps) {
  const t = useT();
  const hold = useHoldReceptionSession();
  const [citizens, setCitizens] = useState('');
  const [outcome, setOutcome] = useState('');
  const [issues, setIssues] = useState('');
  const [missing, setMissing] = useState<{ citizens?: string; outcome?: string }>({});
  const serverErrors = hold.isError ? fieldErrorsOf(hold.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      citizens: /^\d+$/.test(citizens.trim()) ? undefined : t('reception.citizensInvalid'),
      outcome: outcome.trim() ? undefined : t('petitionForm.required'),
    };
    setMissing(found);
    if (found.citizens || found.outcome || hold.isPending) return;
    hold.mutateAsync(
      { id: session.id, body: { citizensCount: Number(citizens.trim()), outcome: outcome.trim(), issuesRaised: issues.trim() || null } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="hold-form">
      <h3>{t('receptionAction.HOLD')}</h3>
      <div className="ui-grid">
        <FormField id="hold-citizens" label={t('reception.citizensCount')} error={missing.citizens ?? errorFor(serverErrors, 'citizensCount')}>
          {(control) => <input {...control} type="number" min={0} inputMode="numeric" value={citizens} onChange={(e) => setCitizens(e.target.value)} />}
        </FormField>
        <FormField id="hold-outcome" label={t('reception.outcome')} error={missing.outcome ?? errorFor(serverErrors, 'outcome')} className="span-all">
          {(control) => <textarea {...control} rows={3} maxLength={4000} value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
        </FormField>
        <FormField
          id="hold-issues"
          label={t('reception.issuesRaised')}
          hint={t('reception.issuesHint')}
          error={errorFor(serverErrors, 'issuesRaised')}
          className="span-all"
        >
          {(control) => <textarea {...control} rows={3} maxLength={8000} value={issues} onChange={(e) => setIssues(e.target.value)} />}
        </FormField>
      </div>
      {hold.isError && (
        <p className="form-error" role="alert" data-testid="hold-error">
          {problemMessage(hold.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={hold.isPending} data-testid="hold-submit">
          {hold.isPending ? t('petition.working') : t('receptionAction.HOLD')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Hủy buổi tiếp": the reason, told to the participating offices. */
function CancelForm({ session, onClose, onDone }: FormProps) {
  const t = useT();
  const cancel = useCancelReceptionSession();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = cancel.isError ? fieldErrorsOf(cancel.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim() || cancel.isPending) return;
    cancel.mutateAsync({ id: session.id, body: { reason: reason.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="cancel-form">
      <h3>{t('receptionAction.CANCEL')}</h3>
      <FormField id="cancel-reason" label={t('reception.cancelReason')} error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'reason')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      {cancel.isError && (
        <p className="form-error" role="alert" data-testid="cancel-error">
          {problemMessage(cancel.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={cancel.isPending} data-testid="cancel-submit">
          {cancel.isPending ? t('petition.working') : t('receptionAction.CANCEL')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('reception.keep')}
        </button>
      </div>
    </form>
  );
}
