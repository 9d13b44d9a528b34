import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { shownByTheMutation } from '@/lib/mutations';
import { useCreateHoliday, useDeleteHoliday, useHolidays, type Holiday, type HolidayRequest } from '../api/holidays';
import { PetitionsNav } from '../components/petitions-nav';
import { isAdmin, isNationalAdmin } from '../utils/permissions';
import '../components/petition.css';

type Kind = HolidayRequest['kind'];
const NATIONAL_KINDS: readonly Kind[] = ['HOLIDAY', 'COMPENSATORY_DAY_OFF', 'MAKE_UP_WORKING_DAY'];
// a jurisdiction only adds days off: make-up working days are national (a province does not shorten statutory periods)
const LOCAL_KINDS: readonly Kind[] = ['HOLIDAY', 'COMPENSATORY_DAY_OFF'];

/**
 * /holidays — "Lịch ngày nghỉ": the national holiday calendar and the jurisdiction's local days off, by year. The national
 * administrator adds and removes national days; a jurisdiction's administrator adds and removes only its own local days
 * (the national ones are shown without controls). The server checks again.
 */
export function HolidaysRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number.parseInt(params.get('year') ?? '', 10) || thisYear;
  const national = isNationalAdmin(me);
  const local = isAdmin(me);
  const allowed = national || local;
  const holidays = useHolidays(year, { enabled: allowed });
  const create = useCreateHoliday();
  const remove = useDeleteHoliday();
  const kinds = national ? NATIONAL_KINDS : LOCAL_KINDS;
  const [day, setDay] = useState('');
  const [kind, setKind] = useState<Kind>('HOLIDAY');
  const [nameVi, setNameVi] = useState('');
  const [legalReference, setLegalReference] = useState('');

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  /** Only the national administrator touches a national day; only the jurisdiction's administrator its local ones. */
  const canDelete = (h: Holiday) => (h.scope === 'NATIONAL' ? national : local);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create
      .mutateAsync({ day, kind, nameVi: nameVi.trim(), legalReference: legalReference.trim(), scope: national ? 'NATIONAL' : 'LOCAL' })
      .then(() => {
        setDay('');
        setNameVi('');
        setLegalReference('');
      }, shownByTheMutation);
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('holidays.title')}</h1>
        <PetitionsNav />
        <p className="page__subtitle" data-testid="holidays-subtitle">
          {t(national ? 'holidays.subtitle.national' : 'holidays.subtitle.local')}
        </p>
      </div>
      <div className="ui-toolbar pt-toolbar">
        <div className="field">
          <label htmlFor="holidays-year">{t('holidays.year')}</label>
          <select
            id="holidays-year"
            data-testid="holidays-year"
            value={year}
            onChange={(e) => setParams(new URLSearchParams({ year: e.target.value }))}
          >
            {Array.from({ length: 7 }, (_, i) => thisYear - 2 + i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      {remove.isError && (
        <p className="form-error" role="alert" data-testid="holiday-delete-error">
          {problemMessage(remove.error, t)}
        </p>
      )}
      {holidays.isPending ? (
        <LoadingState />
      ) : holidays.isError ? (
        <ErrorState message={problemMessage(holidays.error, t)} onRetry={() => holidays.refetch()} />
      ) : holidays.data.length === 0 ? (
        <p className="empty" data-testid="holidays-empty">
          {t('holidays.empty')}
        </p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table pt-table" data-testid="holidays-table">
            <thead>
              <tr>
                <th>{t('holidays.day')}</th>
                <th>{t('holidays.kind')}</th>
                <th>{t('holidays.name')}</th>
                <th>{t('holidays.legalReference')}</th>
                <th>{t('holidays.scope')}</th>
                <th aria-label={t('holidays.delete')} />
              </tr>
            </thead>
            <tbody>
              {holidays.data.map((h) => (
                <tr key={h.id} data-testid="holiday-row" data-id={h.id} data-scope={h.scope}>
                  <td className="nowrap">{formatDate(h.day, lang)}</td>
                  <td>{t(`holidays.kind.${h.kind}` as MessageKey)}</td>
                  <td>{h.nameVi}</td>
                  <td>{h.legalReference}</td>
                  <td data-testid="holiday-scope">{t(`holidays.scope.${h.scope}` as MessageKey)}</td>
                  <td>
                    {canDelete(h) && (
                      <button
                        type="button"
                        className="btn btn--ghost"
                        data-testid="holiday-delete"
                        disabled={remove.isPending}
                        onClick={() => remove.mutateAsync(h.id).then(() => undefined, shownByTheMutation)}
                      >
                        {t('holidays.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="pt-form" onSubmit={submit} data-testid="holiday-form">
        <h2>{t(national ? 'holidays.add.national' : 'holidays.add.local')}</h2>
        <div className="field">
          <label htmlFor="holiday-day">{t('holidays.day')}</label>
          <input id="holiday-day" type="date" required value={day} onChange={(e) => setDay(e.target.value)} data-testid="holiday-day" />
        </div>
        <div className="field">
          <label htmlFor="holiday-kind">{t('holidays.kind')}</label>
          <select id="holiday-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="holiday-kind">
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`holidays.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="holiday-name">{t('holidays.name')}</label>
          <input id="holiday-name" required maxLength={200} value={nameVi} onChange={(e) => setNameVi(e.target.value)} data-testid="holiday-name" />
        </div>
        <div className="field">
          <label htmlFor="holiday-reference">{t('holidays.legalReference')}</label>
          <input
            id="holiday-reference"
            required
            maxLength={500}
            value={legalReference}
            onChange={(e) => setLegalReference(e.target.value)}
            data-testid="holiday-reference"
          />
        </div>
        {create.isError && (
          <p className="form-error" role="alert" data-testid="holiday-create-error">
            {problemMessage(create.error, t)}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={create.isPending} data-testid="holiday-submit">
          {t('holidays.submit')}
        </button>
      </form>
    </div>
  );
}
