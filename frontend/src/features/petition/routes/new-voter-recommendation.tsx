import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useCreateVoterRecommendation } from '../api/create-voter-recommendation';
import type { VoterMeetingHost } from '../api/types';
import { isIsoDate } from '../utils/dates';
import { VOTER_HOSTS, voterHostLabel } from '../utils/labels';
import { isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

const FIELDS = ['gatheredBy', 'meetingDate', 'meetingPlace', 'delegates', 'content', 'topic', 'note'];

/** /voter-recommendations/new — "Ghi nhận kiến nghị cử tri": who met the voters, when and where, and what they recommended. */
export function NewVoterRecommendationRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateVoterRecommendation();
  const [gatheredBy, setGatheredBy] = useState<VoterMeetingHost>('NA_DELEGATION');
  const [meetingDate, setMeetingDate] = useState(today);
  const [meetingPlace, setMeetingPlace] = useState('');
  const [delegates, setDelegates] = useState('');
  const [content, setContent] = useState('');
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);

  if (!isOfficeStaff(me)) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const errors: FieldErrors = clientErrors ?? (create.isError ? fieldErrorsOf(create.error) : {});
  const summary = clientErrors ? t('petitionForm.checkFields') : create.isError ? problemMessage(create.error, t) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const required = t('petitionForm.required');
    const found: FieldErrors = {};
    if (!isIsoDate(meetingDate)) found.meetingDate = required;
    if (!meetingPlace.trim()) found.meetingPlace = required;
    if (!content.trim()) found.content = required;
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    create.mutateAsync(
      {
        body: {
          gatheredBy,
          meetingDate,
          meetingPlace: meetingPlace.trim(),
          delegates: delegates.trim() || null,
          content: content.trim(),
          topic: topic.trim() || null,
          note: note.trim() || null,
        },
        idempotencyKey,
      },
    ).then((r) => navigate(`/voter-recommendations/${r.id}`, { state: { created: true } }), shownByTheMutation);
  }

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/voter-recommendations">← {t('voter.back')}</Link>
        <h1 className="page__title">{t('voter.newTitle')}</h1>
      </div>
      <form className="ui-panel" onSubmit={submit} noValidate data-testid="recommendation-form">
        <div className="ui-grid">
          <FormField id="voter-gathered-by" label={t('voter.gatheredBy')} error={errorFor(errors, 'gatheredBy')}>
            {(control) => (
              <select {...control} value={gatheredBy} onChange={(e) => setGatheredBy(e.target.value as VoterMeetingHost)}>
                {VOTER_HOSTS.map((h) => (
                  <option key={h} value={h}>
                    {voterHostLabel(h, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="voter-meeting-date" label={t('voter.meetingDate')} error={errorFor(errors, 'meetingDate')}>
            {(control) => <input {...control} type="date" max={today} value={meetingDate} onChange={(e) => setMeetingDate(e.target.value)} />}
          </FormField>
          <FormField id="voter-meeting-place" label={t('voter.meetingPlace')} error={errorFor(errors, 'meetingPlace')}>
            {(control) => <input {...control} maxLength={300} value={meetingPlace} onChange={(e) => setMeetingPlace(e.target.value)} />}
          </FormField>
          <FormField id="voter-delegates" label={t('voter.delegates')} error={errorFor(errors, 'delegates')}>
            {(control) => <input {...control} maxLength={1000} value={delegates} onChange={(e) => setDelegates(e.target.value)} />}
          </FormField>
          <FormField id="voter-topic" label={t('voter.topic')} error={errorFor(errors, 'topic')}>
            {(control) => <input {...control} maxLength={200} value={topic} onChange={(e) => setTopic(e.target.value)} />}
          </FormField>
          <FormField id="voter-content" label={t('voter.content')} error={errorFor(errors, 'content')} className="span-all">
            {(control) => <textarea {...control} rows={5} maxLength={8000} value={content} onChange={(e) => setContent(e.target.value)} />}
          </FormField>
          <FormField id="voter-note" label={t('voter.note')} hint={t('voter.noteHint')} error={errorFor(errors, 'note')} className="span-all">
            {(control) => <textarea {...control} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </FormField>
        </div>
        <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="recommendation-form-error" />
        <div className="ui-actions">
          <button type="submit" className="btn btn--primary" disabled={create.isPending} data-testid="recommendation-save">
            {create.isPending ? t('petitionForm.saving') : t('voter.create')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => navigate('/voter-recommendations')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
