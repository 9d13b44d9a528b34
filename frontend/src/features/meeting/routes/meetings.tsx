import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useAllMeetings, useMeetings } from '../api/get-meetings';
import { useMeetingKinds } from '../api/get-meeting-kinds';
import type { MeetingFormat, MeetingStatus } from '../api/types';
import type { MonthRange } from '../components/meetings-calendar';
import { MeetingStatusChip } from '../components/status-chip';
import { formatWhen, monthOf } from '../utils/datetime';
import { filtersOf, paramsOf, toMeetingsQuery, type Filters, type View } from '../utils/filters';
import { MEETING_FORMATS, MEETING_STATUSES, meetingFormatLabel, meetingStatusLabel } from '../utils/labels';
import { isOfficeStaff } from '../utils/permissions';
import '../components/meeting.css';

// FullCalendar is most of the month view's code: loaded with it, not with the app.
const MeetingsCalendar = lazy(() => import('../components/meetings-calendar').then((m) => ({ default: m.MeetingsCalendar })));

const PAGE_SIZE = 20;

/**
 * /meetings — "Hội nghị, cuộc họp": the meetings the user may see, as a list (by start time, paged) or a month
 * calendar, filtered by period, kind, status, format and words of the title or venue; offices plan new ones here.
 */
export function MeetingsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const defaultFrom = monthOf(today).from;
  const filters = filtersOf(params, defaultFrom);
  const [search, setSearch] = useState(filters.q);
  const [range, setRange] = useState<MonthRange | null>(null);
  const kinds = useMeetingKinds();
  const list = useMeetings({ ...toMeetingsQuery(filters), page: filters.page, size: PAGE_SIZE }, { enabled: filters.view === 'list' });
  const month = useAllMeetings(toMeetingsQuery(filters, range ?? monthOf(today)), { enabled: filters.view === 'month' && range !== null });

  function go(patch: Partial<Filters>) {
    // a new filter starts again at the first page
    setParams(paramsOf({ ...filters, page: 0, ...patch }, defaultFrom));
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({ q: search.trim() });
  }

  const views: { view: View; label: string }[] = [
    { view: 'list', label: t('meetings.listView') },
    { view: 'month', label: t('meetings.monthView') },
  ];

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('meetings.title')}</h1>
        <div className="ui-actions">
          <Link to="/meeting-tasks" className="btn btn--secondary" data-testid="meetings-tasks-link">
            {t('nav.meetingTasks')}
          </Link>
          {isOfficeStaff(me) && (
            <Link to="/meeting-statistics" className="btn btn--secondary" data-testid="meetings-statistics-link">
              {t('meetingStats.link')}
            </Link>
          )}
          {isOfficeStaff(me) && (
            <Link to="/meetings/new" className="btn btn--primary" data-testid="meeting-new">
              {t('meetings.new')}
            </Link>
          )}
        </div>
      </div>

      <form className="ui-toolbar mt-toolbar" role="search" onSubmit={submitSearch} data-testid="meetings-filters">
        {filters.view === 'list' && (
          <>
            <div className="field">
              <label htmlFor="meetings-from">{t('meetings.from')}</label>
              <input id="meetings-from" type="date" data-testid="meetings-from" value={filters.from} onChange={(e) => go({ from: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="meetings-to">{t('meetings.to')}</label>
              <input
                id="meetings-to"
                type="date"
                data-testid="meetings-to"
                min={filters.from || undefined}
                value={filters.to}
                onChange={(e) => go({ to: e.target.value })}
              />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="meetings-kind">{t('meetings.kind')}</label>
          <select id="meetings-kind" data-testid="meetings-kind" value={filters.kindId} onChange={(e) => go({ kindId: e.target.value })}>
            <option value="">{t('meetings.all')}</option>
            {(kinds.data ?? []).map((k) => (
              <option key={k.id} value={k.id}>
                {lang === 'vi' ? k.nameVi : k.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meetings-status">{t('meetings.status')}</label>
          <select
            id="meetings-status"
            data-testid="meetings-status"
            value={filters.status}
            onChange={(e) => go({ status: e.target.value as MeetingStatus | '' })}
          >
            <option value="">{t('meetings.all')}</option>
            {MEETING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {meetingStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meetings-format">{t('meetings.format')}</label>
          <select
            id="meetings-format"
            data-testid="meetings-format"
            value={filters.format}
            onChange={(e) => go({ format: e.target.value as MeetingFormat | '' })}
          >
            <option value="">{t('meetings.all')}</option>
            {MEETING_FORMATS.map((f) => (
              <option key={f} value={f}>
                {meetingFormatLabel(f, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meetings-q">{t('meetings.q')}</label>
          <input id="meetings-q" type="search" data-testid="meetings-q" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--secondary" data-testid="meetings-search">
          {t('meetings.search')}
        </button>
      </form>

      <div className="tabs" role="group" aria-label={t('meetings.view')}>
        {views.map((v) => (
          <button
            key={v.view}
            type="button"
            className={v.view === filters.view ? 'tab is-active' : 'tab'}
            aria-pressed={v.view === filters.view}
            data-testid={`meetings-view-${v.view}`}
            onClick={() => go({ view: v.view })}
          >
            {v.label}
          </button>
        ))}
      </div>

      {filters.view === 'month' ? (
        <>
          {month.isError && <ErrorState message={problemMessage(month.error, t)} onRetry={() => month.refetch()} />}
          <p className="ui-meta" role="status" data-testid="meetings-month-count">
            {month.isFetching ? t('common.loading') : t('meetings.count', { count: month.data?.length ?? 0 })}
          </p>
          <Suspense fallback={<LoadingState />}>
            <MeetingsCalendar meetings={month.data ?? []} initialDate={today} onRange={setRange} onOpen={(id) => navigate(`/meetings/${id}`)} />
          </Suspense>
        </>
      ) : list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="meetings-empty">
          {t('meetings.empty')}
        </p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table mt-table" data-testid="meetings-table">
              <thead>
                <tr>
                  <th>{t('meetings.when')}</th>
                  <th>{t('meetings.meeting')}</th>
                  <th>{t('meetings.venue')}</th>
                  <th>{t('meetings.host')}</th>
                  <th>{t('meetings.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((m) => (
                  <tr key={m.id} data-testid="meeting-row" data-id={m.id}>
                    <td className="nowrap">{formatWhen(m.startsAt, m.endsAt, t, lang)}</td>
                    <td>
                      <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
                        {m.title}
                      </Link>
                      <div className="ui-meta">
                        {m.kind.name} · {m.body.name} · {meetingFormatLabel(m.format, t)}
                      </div>
                    </td>
                    <td>{m.venue ?? ''}</td>
                    <td>{m.hostOffice.name}</td>
                    <td>
                      <MeetingStatusChip status={m.status} testId="meeting-row-status" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={filters.page} totalPages={list.data.totalPages} onPage={(p) => setParams(paramsOf({ ...filters, page: p }, defaultFrom))} />
        </>
      )}
    </div>
  );
}
