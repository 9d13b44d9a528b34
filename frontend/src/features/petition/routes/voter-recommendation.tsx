import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormField } from '@/components/ui/form-field';
import { OneUnitPicker, type UnitRef } from '@/components/ui/unit-picker';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime, isoDate } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAnswerVoterRecommendation } from '../api/answer-voter-recommendation';
import { useAssignVoterRecommendation } from '../api/assign-voter-recommendation';
import { useDeadline } from '../api/compute-deadline';
import { useVoterRecommendation } from '../api/get-voter-recommendation';
import { usePublishVoterRecommendation } from '../api/publish-voter-recommendation';
import type { VoterRecommendation } from '../api/types';
import { DueCountdown } from '../components/due-countdown';
import { VoterStatusChip } from '../components/status-chip';
import { daysBetween, formatDay, isIsoDate } from '../utils/dates';
import { voterHostLabel } from '../utils/labels';
import '../components/petition.css';

/**
 * /voter-recommendations/:id — a voters' recommendation: the meeting it came from, the competent body it was sent to and
 * the deadline of its answer (countdown), the answer, and whether it is published; send it to a unit or authority (with
 * the statutory deadline shown), record the answer, publish it.
 */
export function VoterRecommendationRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const location = useLocation();
  const recommendation = useVoterRecommendation(id);
  const publish = usePublishVoterRecommendation();
  const [open, setOpen] = useState<'ASSIGN' | 'ANSWER' | null>(null);
  const [done, setDone] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('voter.created') : null);

  if (recommendation.isPending) return <LoadingState />;
  if (recommendation.isError) return <ErrorState message={problemMessage(recommendation.error, t)} onRetry={() => recommendation.refetch()} />;
  const r = recommendation.data;
  const can = (a: VoterRecommendation['allowedActions'][number]) => r.allowedActions.includes(a);

  const facts: [string, string, string][] = [
    ['fact-gathered-by', t('voter.gatheredBy'), voterHostLabel(r.gatheredBy, t)],
    ['fact-meeting', t('voter.meeting'), `${formatDay(r.meetingDate, lang)} — ${r.meetingPlace}`],
    ['fact-delegates', t('voter.delegates'), r.delegates ?? ''],
    ['fact-topic', t('voter.topic'), r.topic ?? ''],
    ['fact-office', t('voter.office'), r.office.name],
    ['fact-assignee', t('voter.assignee'), r.assignedUnit?.name ?? r.assignedAuthority ?? ''],
    ['fact-assigned-on', t('voter.assignedOn'), formatDay(r.assignedOn, lang)],
    ['fact-note', t('voter.note'), r.note ?? ''],
  ];

  return (
    <div className="page" data-testid="recommendation" data-id={r.id}>
      <div className="page__head">
        <Link to="/voter-recommendations">← {t('voter.back')}</Link>
        <h1 className="page__title" data-testid="recommendation-heading">
          {t('voter.heading', { number: r.number })}
        </h1>
        <p className="page__subtitle">
          <VoterStatusChip status={r.status} /> {r.published && <span className="ui-meta">{t('voter.publishedAt', { at: formatDateTime(r.publishedAt ?? '', lang) })}</span>}
        </p>
      </div>
      {done && (
        <p className="ui-notice" role="status" data-testid="recommendation-done">
          {done}
        </p>
      )}
      <section className="card">
        <h2 className="card__title">{t('voter.content')}</h2>
        <p className="ui-pre" data-testid="recommendation-content">
          {r.content}
        </p>
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
          {r.dueOn && (
            <div className="facts__row">
              <dt>{t('voter.dueOn')}</dt>
              <dd data-testid="fact-due">
                {r.status === 'ASSIGNED' ? <DueCountdown dueOn={r.dueOn} daysLeft={daysBetween(today, r.dueOn)} testId="recommendation-due" /> : formatDay(r.dueOn, lang)}
                {r.dueRule && <div className="ui-meta">{t('handling.basis', { rule: r.dueRule })}</div>}
                {r.sharedMatter && <div className="ui-meta">{t('voter.sharedMatter')}</div>}
              </dd>
            </div>
          )}
        </dl>
      </section>

      {r.answer && (
        <section className="card" data-testid="recommendation-answer">
          <h2 className="card__title">{t('voter.answer')}</h2>
          <p className="ui-meta">
            {t('voter.answeredOn', { date: formatDay(r.answeredOn, lang) })}
            {r.answerDocumentNumber && ` · ${t('forwardings.replyDocument', { number: r.answerDocumentNumber })}`}
            {r.answeredByName && ` · ${r.answeredByName}`}
            {r.answeredOnTime !== null && ` · ${r.answeredOnTime ? t('voter.onTime') : t('voter.late')}`}
          </p>
          <p className="ui-pre">{r.answer}</p>
        </section>
      )}

      {(can('ASSIGN') || can('ANSWER') || can('PUBLISH')) && (
        <section className="card" aria-labelledby="voter-actions-title" data-testid="recommendation-actions">
          <h2 id="voter-actions-title" className="card__title">
            {t('voter.actions')}
          </h2>
          <div className="ui-actions">
            {can('ASSIGN') && (
              <button type="button" className="btn btn--secondary" aria-expanded={open === 'ASSIGN'} data-testid="recommendation-assign" onClick={() => setOpen(open === 'ASSIGN' ? null : 'ASSIGN')}>
                {r.status === 'ASSIGNED' ? t('voter.reassign') : t('voterAction.ASSIGN')}
              </button>
            )}
            {can('ANSWER') && (
              <button type="button" className="btn btn--secondary" aria-expanded={open === 'ANSWER'} data-testid="recommendation-answer-open" onClick={() => setOpen(open === 'ANSWER' ? null : 'ANSWER')}>
                {t('voterAction.ANSWER')}
              </button>
            )}
            {can('PUBLISH') && (
              <button
                type="button"
                className="btn btn--primary"
                data-testid="recommendation-publish"
                disabled={publish.isPending}
                onClick={() => publish.mutateAsync(r.id).then(() => setDone(t('voter.publishedDone')), shownByTheMutation)}
              >
                {publish.isPending ? t('petition.working') : t('voterAction.PUBLISH')}
              </button>
            )}
          </div>
          {publish.isError && (
            <p className="form-error" role="alert">
              {problemMessage(publish.error, t)}
            </p>
          )}
          {open === 'ASSIGN' && (
            <AssignForm
              recommendation={r}
              today={today}
              onClose={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                setDone(t('voter.assignedDone'));
              }}
            />
          )}
          {open === 'ANSWER' && (
            <AnswerForm
              recommendation={r}
              today={today}
              onClose={() => setOpen(null)}
              onDone={() => {
                setOpen(null);
                setDone(t('voter.answeredDone'));
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}

type FormProps = { recommendation: VoterRecommendation; today: string; onClose: () => void; onDone: () => void };

/**
 * "Chuyển cơ quan có thẩm quyền": a unit of the province or an authority in words, the day of the assignment and the
 * deadline — the statutory one (40 days, 50 for the lead agency on a shared matter) shown, unless another is given.
 */
function AssignForm({ recommendation, today, onClose, onDone }: FormProps) {
  const { lang, t } = useI18n();
  const assign = useAssignVoterRecommendation();
  const [unit, setUnit] = useState<UnitRef | null>(recommendation.assignedUnit);
  const [authority, setAuthority] = useState(recommendation.assignedAuthority ?? '');
  const [assignedOn, setAssignedOn] = useState(today);
  const [sharedMatter, setSharedMatter] = useState(recommendation.sharedMatter);
  const [dueOn, setDueOn] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const serverErrors = assign.isError ? fieldErrorsOf(assign.error) : {};
  const statutory = useDeadline(
    { kind: 'VOTER_RECOMMENDATION', stage: 'ANSWER', complexity: sharedMatter ? 'COMPLEX' : 'NORMAL', from: assignedOn },
    { enabled: isIsoDate(assignedOn) },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const neither = !unit && !authority.trim();
    const both = !!unit && !!authority.trim();
    setMissing(neither ? t('voter.assigneeRequired') : both ? t('voter.assigneeOne') : null);
    if (neither || both || assign.isPending) return;
    assign.mutateAsync(
      {
        id: recommendation.id,
        body: {
          unitId: unit?.id ?? null,
          authority: unit ? null : authority.trim(),
          assignedOn: assignedOn || null,
          dueOn: dueOn || null,
          sharedMatter,
        },
      },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="recommendation-assign-form">
      <h3>{t('voterAction.ASSIGN')}</h3>
      <div className="ui-grid">
        <OneUnitPicker id="voter-unit" label={t('voter.unit')} selected={unit} onChange={setUnit} error={missing ?? errorFor(serverErrors, 'unitId')} />
        <FormField id="voter-authority" label={t('voter.authority')} hint={t('voter.authorityHint')} error={errorFor(serverErrors, 'authority')}>
          {(control) => <input {...control} maxLength={300} value={authority} onChange={(e) => setAuthority(e.target.value)} disabled={!!unit} />}
        </FormField>
        <FormField id="voter-assigned-on" label={t('voter.assignedOn')} error={errorFor(serverErrors, 'assignedOn')}>
          {(control) => <input {...control} type="date" value={assignedOn} onChange={(e) => setAssignedOn(e.target.value)} />}
        </FormField>
        <label className="ui-check pt-check" style={{ alignSelf: 'end' }}>
          <input type="checkbox" data-testid="voter-shared" checked={sharedMatter} onChange={(e) => setSharedMatter(e.target.checked)} />
          {t('voter.sharedMatterAsk')}
        </label>
        <FormField id="voter-due-on" label={t('voter.dueOnOverride')} error={errorFor(serverErrors, 'dueOn')}>
          {(control) => <input {...control} type="date" min={assignedOn || undefined} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
        </FormField>
      </div>
      <p className="ui-info" data-testid="voter-default-due">
        {statutory.isSuccess
          ? t('voter.defaultDue', { date: formatDay(statutory.data.dueOn, lang), days: statutory.data.days, rule: statutory.data.legalReference })
          : statutory.isError
            ? problemMessage(statutory.error, t)
            : t('voter.defaultDueRule')}
      </p>
      {assign.isError && (
        <p className="form-error" role="alert" data-testid="recommendation-assign-error">
          {problemMessage(assign.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={assign.isPending} data-testid="recommendation-assign-submit">
          {assign.isPending ? t('petition.working') : t('voterAction.ASSIGN')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Ghi nhận trả lời": the competent body's answer, its day and document number. */
function AnswerForm({ recommendation, today, onClose, onDone }: FormProps) {
  const t = useT();
  const answer = useAnswerVoterRecommendation();
  const [text, setText] = useState('');
  const [answeredOn, setAnsweredOn] = useState(today);
  const [documentNumber, setDocumentNumber] = useState('');
  const [missing, setMissing] = useState<{ text?: string; on?: string }>({});
  const serverErrors = answer.isError ? fieldErrorsOf(answer.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = t('petitionForm.required');
    const found = { text: text.trim() ? undefined : required, on: isIsoDate(answeredOn) ? undefined : required };
    setMissing(found);
    if (found.text || found.on || answer.isPending) return;
    answer.mutateAsync(
      { id: recommendation.id, body: { answer: text.trim(), answeredOn, documentNumber: documentNumber.trim() || null } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="recommendation-answer-form">
      <h3>{t('voterAction.ANSWER')}</h3>
      <div className="ui-grid">
        <FormField id="voter-answered-on" label={t('voter.answeredOnLabel')} error={missing.on ?? errorFor(serverErrors, 'answeredOn')}>
          {(control) => <input {...control} type="date" max={today} value={answeredOn} onChange={(e) => setAnsweredOn(e.target.value)} />}
        </FormField>
        <FormField id="voter-answer-number" label={t('forwardings.replyNumber')} error={errorFor(serverErrors, 'documentNumber')}>
          {(control) => <input {...control} maxLength={100} value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />}
        </FormField>
        <FormField id="voter-answer" label={t('voter.answer')} error={missing.text ?? errorFor(serverErrors, 'answer')} className="span-all">
          {(control) => <textarea {...control} rows={5} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} />}
        </FormField>
      </div>
      {answer.isError && (
        <p className="form-error" role="alert">
          {problemMessage(answer.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={answer.isPending} data-testid="recommendation-answer-submit">
          {answer.isPending ? t('petition.working') : t('voterAction.ANSWER')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
