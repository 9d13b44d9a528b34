import { Link } from 'react-router-dom';
import { ChoiceSelect } from '@/components/ui/choice-select';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { usePeriodFilters } from '@/lib/period-filters';
import { useExportStatistics } from '../api/export-statistics';
import { useBodies } from '../api/get-bodies';
import { useMeetingKinds } from '../api/get-meeting-kinds';
import { useOffices } from '../api/get-offices';
import { useStatistics } from '../api/get-statistics';
import type { StatisticsQuery } from '../api/types';
import { isOfficeStaff } from '../utils/permissions';
import '../components/meeting.css';

type Filters = { from: string; to: string; bodyId: string; kindId: string; officeId: string };

function toQuery(f: Filters): StatisticsQuery {
  return {
    from: f.from,
    to: f.to,
    ...(f.bodyId ? { bodyId: f.bodyId } : {}),
    ...(f.kindId ? { kindId: f.kindId } : {}),
    ...(f.officeId ? { officeId: f.officeId } : {}),
  };
}

const NUMBER = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const PERCENT = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/**
 * /meeting-statistics — "Thống kê hội nghị, cuộc họp": the meetings held in a period (in person, online, bridge points,
 * delegates, attendance) by kind, body, host office and month, and the same as a spreadsheet.
 */
export function MeetingStatisticsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const allowed = isOfficeStaff(me) || me.role === 'SYSTEM_ADMIN';
  const { draft, set, filters, invalid, submit } = usePeriodFilters<Filters>({ from: `${today.slice(0, 4)}-01-01`, to: today, bodyId: '', kindId: '', officeId: '' });
  const kinds = useMeetingKinds({ enabled: allowed });
  const bodies = useBodies({ enabled: allowed });
  const offices = useOffices({ enabled: allowed });
  const stats = useStatistics(toQuery(filters), { enabled: allowed });
  const exporter = useExportStatistics();
  const n = (value: number) => NUMBER[lang].format(value);
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'vi' ? o.nameVi : o.nameEn);

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const s = stats.data;

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <div>
          <Link to="/meetings">← {t('meeting.back')}</Link>
          <h1 className="page__title">{t('meetingStats.title')}</h1>
        </div>
        <button
          type="button"
          className="btn btn--secondary"
          data-testid="stats-export"
          disabled={exporter.isPending}
          onClick={() => exporter.mutate(toQuery(filters))}
        >
          {t('meetingStats.export')}
        </button>
      </div>
      {exporter.isError && (
        <p className="form-error" role="alert">
          {problemMessage(exporter.error, t)}
        </p>
      )}
      <form className="ui-toolbar mt-toolbar" onSubmit={submit} noValidate data-testid="stats-filters">
        <div className="field">
          <label htmlFor="stats-from">{t('meetings.from')}</label>
          <input id="stats-from" type="date" data-testid="stats-from" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="stats-to">{t('meetings.to')}</label>
          <input id="stats-to" type="date" data-testid="stats-to" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <ChoiceSelect id="stats-kind" label={t('meetings.kind')} allLabel={t('meetings.all')} value={draft.kindId} choices={kinds.data} choiceLabel={name} onChange={(v) => set({ kindId: v })} />
        <ChoiceSelect id="stats-body" label={t('meeting.body')} allLabel={t('meetings.all')} value={draft.bodyId} choices={bodies.data} choiceLabel={name} onChange={(v) => set({ bodyId: v })} />
        <ChoiceSelect id="stats-office" label={t('meetingStats.office')} allLabel={t('meetings.all')} value={draft.officeId} choices={offices.data} choiceLabel={name} onChange={(v) => set({ officeId: v })} />
        <button type="submit" className="btn btn--secondary" data-testid="stats-show">
          {t('meetingStats.show')}
        </button>
      </form>
      {invalid && (
        <p className="form-error" role="alert" data-testid="stats-invalid">
          {t('meetingStats.invalidRange')}
        </p>
      )}

      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState message={problemMessage(stats.error, t)} onRetry={() => stats.refetch()} />
      ) : s ? (
        <>
          <ul className="ui-stats" data-testid="stats-totals">
            {(
              [
                ['meetings', s.meetings, 'meetingStats.meetings'],
                ['in-person', s.inPerson, 'meetingStats.inPerson'],
                ['online', s.online, 'meetingStats.online'],
                ['hybrid', s.hybrid, 'meetingStats.hybrid'],
                ['bridge-points', s.bridgePoints, 'bridge.points'],
                ['expected', s.expectedDelegates, 'bridge.expected'],
                ['delegates', s.delegates, 'bridge.actual'],
                ['invitees', s.invitees, 'invitees.count'],
                ['attended', s.attended, 'invitees.attendedCount'],
                ['cancelled', s.cancelled, 'meetingStatus.CANCELLED'],
                ['postponed', s.postponed, 'meetingStatus.POSTPONED'],
              ] as const
            ).map(([id, value, label]) => (
              <li key={id} data-testid={`stats-${id}`}>
                <strong>{n(value)}</strong>
                {t(label)}
              </li>
            ))}
            <li data-testid="stats-attendance-rate">
              <strong>{s.attendanceRate === null ? '—' : `${PERCENT[lang].format(s.attendanceRate)}${lang === 'vi' ? ' %' : '%'}`}</strong>
              {t('meetingStats.attendanceRate')}
            </li>
          </ul>
          <div className="ui-grid">
            <CountTable testId="stats-by-kind" title={t('meetingStats.byKind')} rows={s.byKind.map((r) => ({ id: r.kindId, name: r.name, meetings: r.meetings }))} n={n} />
            <CountTable testId="stats-by-body" title={t('meetingStats.byBody')} rows={s.byBody} n={n} />
            <CountTable testId="stats-by-office" title={t('meetingStats.byOffice')} rows={s.byHostOffice} n={n} />
            <section>
              <h2 className="card__title">{t('meetingStats.byMonth')}</h2>
              <div className="ui-table-wrap">
                <table className="ui-table mt-table" data-testid="stats-by-month">
                  <thead>
                    <tr>
                      <th>{t('meetingStats.month')}</th>
                      <th>{t('meetingStats.held')}</th>
                      <th>{t('meetingStats.onlineShort')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.byMonth.map((m) => (
                      <tr key={m.month}>
                        <td>{`${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`}</td>
                        <td>{n(m.meetings)}</td>
                        <td>{n(m.online)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}

function CountTable({ title, rows, n, testId }: { title: string; rows: { id: string; name: string; meetings: number }[]; n: (v: number) => string; testId: string }) {
  const { t } = useI18n();
  return (
    <section>
      <h2 className="card__title">{title}</h2>
      {rows.length === 0 ? (
        <p className="ui-meta">{t('meetingStats.none')}</p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table mt-table" data-testid={testId}>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td className="nowrap">{n(r.meetings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
