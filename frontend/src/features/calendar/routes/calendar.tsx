import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useDownloadWeeklySchedule } from '../api/download-weekly-schedule';
import { useBodies } from '../api/get-bodies';
import { useCalendarItems } from '../api/get-calendar-items';
import { useLeaders } from '../api/get-leaders';
import { useOffices } from '../api/get-offices';
import type { PeriodKind, ProgrammeItem, ScheduleFormat, Visibility } from '../api/types';
import type { CalendarRange } from '../components/calendar-view';
import { ItemDetails } from '../components/item-details';
import { UnitPicker } from '@/components/ui/unit-picker';
import { NO_FILTERS, toItemsQuery, type Filters } from '../utils/filters';
import { periodKindLabel, VISIBILITIES, visibilityLabel } from '../utils/labels';
import { mondayOf, PERIOD_KINDS } from '../utils/period';
import { isOfficeStaff } from '../utils/permissions';
import '../components/calendar.css';

// FullCalendar is most of this page's code: loaded with the page, not with the app.
const CalendarView = lazy(() => import('../components/calendar-view').then((m) => ({ default: m.CalendarView })));

/**
 * /calendar — the consolidated work calendar of every body the user may see, by week or month, with filters,
 * an activity's details on click, and the printed weekly schedule (DOCX, XLSX).
 */
export function CalendarRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const staff = isOfficeStaff(me);
  const [range, setRange] = useState<CalendarRange | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ProgrammeItem | null>(null);
  const bodies = useBodies();
  const offices = useOffices();
  const leaders = useLeaders();
  const download = useDownloadWeeklySchedule();
  const query = useMemo(() => (range ? toItemsQuery(range, filters) : null), [range, filters]);
  const items = useCalendarItems(query ?? { from: today, to: today }, { enabled: query !== null });

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const weekOf = mondayOf(range ? (range.view === 'timeGridWeek' ? range.from : range.currentStart) : today);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({ q: search });
  }

  const legend = useMemo(() => {
    const seen = new Map<string, { name: string; color: string }>();
    for (const item of items.data ?? []) if (!seen.has(item.bodyId)) seen.set(item.bodyId, { name: item.bodyName, color: item.color });
    return [...seen.entries()];
  }, [items.data]);

  function get(format: ScheduleFormat) {
    download.mutate({ weekOf, format, ...(filters.periodKind ? { periodKind: filters.periodKind } : {}) });
  }

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('calendar.title')}</h1>
        <div className="cal-actions">
          {staff && (
            <>
              <Link to="/calendar/programmes" className="btn btn--secondary" data-testid="calendar-programmes-link">
                {t('calendar.programmes')}
              </Link>
              <Link to="/calendar/clashes" className="btn btn--secondary" data-testid="calendar-clashes-link">
                {t('calendar.clashes')}
              </Link>
            </>
          )}
          <button type="button" className="btn btn--secondary" data-testid="download-docx" disabled={download.isPending} onClick={() => get('DOCX')}>
            {t('calendar.downloadDocx')}
          </button>
          <button type="button" className="btn btn--secondary" data-testid="download-xlsx" disabled={download.isPending} onClick={() => get('XLSX')}>
            {t('calendar.downloadXlsx')}
          </button>
        </div>
      </div>
      {download.isError && (
        <p className="form-error" role="alert" data-testid="download-error">
          {problemMessage(download.error, t)}
        </p>
      )}

      <form className="ui-toolbar cal-toolbar" role="search" onSubmit={submitSearch} data-testid="calendar-filters">
        <div className="field">
          <label htmlFor="calendar-body">{t('calendar.body')}</label>
          <select id="calendar-body" data-testid="calendar-body" value={filters.bodyId} onChange={(e) => set({ bodyId: e.target.value })}>
            <option value="">{t('calendar.all')}</option>
            {(bodies.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {lang === 'vi' ? b.nameVi : b.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="calendar-office">{t('calendar.office')}</label>
          <select id="calendar-office" data-testid="calendar-office" value={filters.officeId} onChange={(e) => set({ officeId: e.target.value })}>
            <option value="">{t('calendar.all')}</option>
            {(offices.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {lang === 'vi' ? o.nameVi : o.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="calendar-leader">{t('calendar.leader')}</label>
          <select id="calendar-leader" data-testid="calendar-leader" value={filters.leaderId} onChange={(e) => set({ leaderId: e.target.value })}>
            <option value="">{t('calendar.all')}</option>
            {(leaders.data ?? []).map((l) => (
              <option key={l.id} value={l.id}>
                {l.fullName} ({lang === 'vi' ? l.titleVi : l.titleEn})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="calendar-visibility">{t('calendar.visibility')}</label>
          <select
            id="calendar-visibility"
            data-testid="calendar-visibility"
            value={filters.visibility}
            onChange={(e) => set({ visibility: e.target.value as Visibility | '' })}
          >
            <option value="">{t('calendar.all')}</option>
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {visibilityLabel(v, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="calendar-period-kind">{t('calendar.periodKind')}</label>
          <select
            id="calendar-period-kind"
            data-testid="calendar-period-kind"
            value={filters.periodKind}
            onChange={(e) => set({ periodKind: e.target.value as PeriodKind | '' })}
          >
            <option value="">{t('calendar.all')}</option>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {periodKindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <UnitPicker
          id="calendar-locality"
          label={t('calendar.locality')}
          multiple={false}
          selected={filters.locality ? [filters.locality] : []}
          onChange={(units) => set({ locality: units[0] ?? null })}
        />
        <div className="field">
          <label htmlFor="calendar-q">{t('calendar.q')}</label>
          <input id="calendar-q" type="search" data-testid="calendar-q" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--secondary">
          {t('calendar.search')}
        </button>
      </form>

      {items.isError && <ErrorState message={problemMessage(items.error, t)} onRetry={() => items.refetch()} />}
      {legend.length > 0 && (
        <ul className="cal-legend" aria-label={t('calendar.legend')} data-testid="calendar-legend">
          {legend.map(([id, body]) => (
            <li key={id}>
              <span className="cal-legend__swatch" style={{ background: body.color }} aria-hidden="true" />
              {body.name}
            </li>
          ))}
        </ul>
      )}
      <p className="ui-meta" role="status" data-testid="calendar-count">
        {items.isFetching ? t('common.loading') : t('calendar.count', { count: items.data?.length ?? 0 })}
      </p>

      <div className={selected ? 'cal-view cal-view--with-details' : 'cal-view'}>
        <Suspense fallback={<LoadingState />}>
          <CalendarView items={items.data ?? []} initialView="timeGridWeek" initialDate={today} onRange={setRange} onSelect={setSelected} />
        </Suspense>
        {selected && <ItemDetails item={selected} programmeLink={staff} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}
