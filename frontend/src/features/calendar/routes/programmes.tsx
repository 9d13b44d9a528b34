import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate, formatDateTime, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useCalendars } from '../api/get-calendars';
import { useProgrammes } from '../api/get-programmes';
import type { PeriodKind, ProgrammeStatus } from '../api/types';
import { DeadlineBoard } from '../components/deadline-board';
import { NewProgrammeForm } from '../components/new-programme-form';
import { Pager } from '@/components/ui/pager';
import { OnTimeChip, ProgrammeStatusChip } from '../components/status-chip';
import { periodKindLabel, PROGRAMME_STATUSES, programmeStatusLabel } from '../utils/labels';
import { PERIOD_KINDS, periodLabel } from '../utils/period';
import { isOfficeStaff, ownCalendars } from '../utils/permissions';
import '../components/calendar.css';

const PAGE_SIZE = 20;

const asKind = (v: string | null) => PERIOD_KINDS.find((k) => k === v);
const asStatus = (v: string | null) => PROGRAMME_STATUSES.find((s) => s === v);

/**
 * /calendar/programmes — the work programmes the office sees (its own in any state, the others' once sent),
 * the deadline board, and "Lập chương trình mới" for staff of an office that keeps a calendar.
 */
export function ProgrammesRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const periodKind = asKind(params.get('periodKind'));
  const status = asStatus(params.get('status'));
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [creating, setCreating] = useState(false);
  const staff = isOfficeStaff(me);
  const calendars = useCalendars({ enabled: staff });
  const mine = ownCalendars(me, calendars.data ?? []);
  const query = useProgrammes({ page, size: PAGE_SIZE, periodKind, status });

  function go(next: { periodKind?: PeriodKind | ''; status?: ProgrammeStatus | ''; page?: number }) {
    const p = new URLSearchParams();
    const k = next.periodKind === undefined ? periodKind : next.periodKind;
    const s = next.status === undefined ? status : next.status;
    if (k) p.set('periodKind', k);
    if (s) p.set('status', s);
    if (next.page) p.set('page', String(next.page));
    setParams(p);
  }

  if (!staff) {
    return (
      <div className="page">
        <h1 className="page__title">{t('programmes.title')}</h1>
        <p className="empty" data-testid="programmes-forbidden">
          {t('common.forbidden')}
        </p>
      </div>
    );
  }

  const data = query.data;
  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('programmes.title')}</h1>
        <div className="cal-actions">
          <Link to="/calendar" className="btn btn--secondary" data-testid="programmes-calendar-link">
            {t('programmes.calendarLink')}
          </Link>
          {mine.length > 0 && (
            <button
              type="button"
              className={creating ? 'btn btn--primary' : 'btn btn--secondary'}
              aria-expanded={creating}
              data-testid="programme-new"
              onClick={() => setCreating(!creating)}
            >
              + {t('programmes.new')}
            </button>
          )}
        </div>
      </div>

      {creating && mine.length > 0 && (
        <NewProgrammeForm
          calendars={mine}
          today={today}
          onClose={() => setCreating(false)}
          onCreated={(programme) => navigate(`/calendar/programmes/${programme.id}`)}
        />
      )}

      <div className="ui-toolbar cal-toolbar" role="search">
        <div className="field">
          <label htmlFor="programmes-kind">{t('programmes.filterKind')}</label>
          <select
            id="programmes-kind"
            data-testid="programmes-kind"
            value={periodKind ?? ''}
            onChange={(e) => go({ periodKind: (e.target.value as PeriodKind | '') || '', page: 0 })}
          >
            <option value="">{t('programmes.allKinds')}</option>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {periodKindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="programmes-status">{t('programmes.filterStatus')}</label>
          <select
            id="programmes-status"
            data-testid="programmes-status"
            value={status ?? ''}
            onChange={(e) => go({ status: (e.target.value as ProgrammeStatus | '') || '', page: 0 })}
          >
            <option value="">{t('programmes.allStatuses')}</option>
            {PROGRAMME_STATUSES.map((s) => (
              <option key={s} value={s}>
                {programmeStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : data && data.items.length === 0 ? (
        <p className="empty" data-testid="programmes-empty">
          {t('programmes.empty')}
        </p>
      ) : data ? (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table cal-table" data-testid="programmes-table">
              <thead>
                <tr>
                  <th>{t('programmes.period')}</th>
                  <th>{t('programmes.calendar')}</th>
                  <th>{t('programmes.office')}</th>
                  <th>{t('programmes.status')}</th>
                  <th>{t('programmes.deadline')}</th>
                  <th>{t('programmes.submitted')}</th>
                  <th>{t('programmes.items')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id} data-testid="programme-row" data-id={p.id}>
                    <td className="nowrap">
                      <Link to={`/calendar/programmes/${p.id}`} data-testid="programme-link">
                        {periodLabel(p.periodKind, p.periodStart, lang)}
                      </Link>
                      <div className="ui-meta">{p.title}</div>
                    </td>
                    <td>{p.bodyName}</td>
                    <td>{p.officeName}</td>
                    <td>
                      <ProgrammeStatusChip status={p.status} testId="programme-row-status" />
                    </td>
                    <td className="nowrap">{formatDate(`${p.deadline}T12:00:00Z`, lang)}</td>
                    <td className="nowrap">
                      <OnTimeChip submittedOnTime={p.submittedAt ? p.submittedOnTime : null} />
                      {p.submittedAt && <div className="ui-meta">{formatDateTime(p.submittedAt, lang)}</div>}
                    </td>
                    <td>{p.itemCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} totalPages={data.totalPages} onPage={(n) => go({ page: n })} />
        </>
      ) : null}

      <DeadlineBoard today={today} />
    </div>
  );
}
