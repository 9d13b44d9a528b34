import { useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useCreateProgramme } from '../api/create-programme';
import type { Calendar, PeriodKind, Programme } from '../api/types';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { periodKindLabel } from '../utils/labels';
import { isIsoDate, nextPeriodStart, PERIOD_KINDS, periodEndOf, periodLabel, periodStartOf } from '../utils/period';
import { FormField } from '@/components/ui/form-field';
import './calendar.css';

type Props = {
  /** the calendars of the user's office (the only ones it may draft for) */
  calendars: readonly Calendar[];
  today: string;
  onCreated: (programme: Programme) => void;
  onClose: () => void;
};

const day = (iso: string, lang: 'vi' | 'en') => formatDate(`${iso}T12:00:00Z`, lang);

/**
 * "Lập chương trình công tác": a calendar of the office, a period kind and any day of the period; the form
 * shows the period and sends its first day (Monday for a week) as `periodStart`.
 */
export function NewProgrammeForm({ calendars, today, onCreated, onClose }: Props) {
  const { lang, t } = useI18n();
  const create = useCreateProgramme();
  const [calendarId, setCalendarId] = useState(calendars.length === 1 ? calendars[0]!.id : '');
  const [periodKind, setPeriodKind] = useState<PeriodKind>('MONTH');
  const [dayInPeriod, setDay] = useState(() => nextPeriodStart('MONTH', today));
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const serverErrors = create.isError ? fieldErrorsOf(create.error) : {};

  const periodStart = isIsoDate(dayInPeriod) ? periodStartOf(periodKind, dayInPeriod) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { calendarId: !calendarId, periodStart: !periodStart };
    setMissing(found);
    if (found.calendarId || !periodStart) return;
    // a failure is shown from the mutation's state; here it only takes a new key for the next attempt
    create.mutateAsync(
      { body: { calendarId, periodKind, periodStart, ...(title.trim() ? { title: title.trim() } : {}) }, idempotencyKey },
    ).then(onCreated, () => setKey(newIdempotencyKey()));
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="new-programme-form">
      <h3>{t('newProgramme.title')}</h3>
      <div className="ui-grid">
        <FormField
          id="new-programme-calendar"
          label={t('newProgramme.calendar')}
          error={missing.calendarId ? t('itemForm.required') : errorFor(serverErrors, 'calendarId')}
        >
          {(control) => (
            <select {...control} value={calendarId} onChange={(e) => setCalendarId(e.target.value)}>
              <option value="">{t('common.select')}</option>
              {calendars.map((c) => (
                <option key={c.id} value={c.id}>
                  {lang === 'vi' ? c.nameVi : c.nameEn}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="new-programme-kind" label={t('newProgramme.kind')} error={errorFor(serverErrors, 'periodKind')}>
          {(control) => (
            <select
              {...control}
              value={periodKind}
              onChange={(e) => {
                const kind = e.target.value as PeriodKind;
                setPeriodKind(kind);
                setDay(nextPeriodStart(kind, today));
              }}
            >
              {PERIOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {periodKindLabel(k, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="new-programme-day"
          label={t('newProgramme.day')}
          hint={t('newProgramme.dayHint')}
          error={missing.periodStart ? t('itemForm.required') : errorFor(serverErrors, 'periodStart')}
        >
          {(control) => <input {...control} type="date" value={dayInPeriod} onChange={(e) => setDay(e.target.value)} />}
        </FormField>
        <FormField id="new-programme-title" label={t('newProgramme.titleField')} error={errorFor(serverErrors, 'title')}>
          {(control) => <input {...control} maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
      </div>
      {periodStart && (
        <p className="field__hint" data-testid="new-programme-period" data-period-start={periodStart}>
          {t('newProgramme.period', {
            period: periodLabel(periodKind, periodStart, lang),
            from: day(periodStart, lang),
            to: day(periodEndOf(periodKind, periodStart), lang),
          })}
        </p>
      )}
      {create.isError && (
        <p className="form-error" role="alert" data-testid="new-programme-error">
          {problemMessage(create.error, t)}
        </p>
      )}
      <div className="cal-actions">
        <button type="submit" className="btn btn--primary" disabled={create.isPending} data-testid="new-programme-submit">
          {create.isPending ? t('newProgramme.submitting') : t('newProgramme.submit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
