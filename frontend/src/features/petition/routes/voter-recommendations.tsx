import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useFilterParams } from '@/lib/filter-params';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useVoterRecommendations } from '../api/get-voter-recommendations';
import { useVoterSummary } from '../api/get-voter-summary';
import type { VoterCounts, VoterRecommendationsQuery, VoterRecommendationStatus } from '../api/types';
import { DueCountdown } from '../components/due-countdown';
import { PetitionsNav } from '../components/petitions-nav';
import { VoterStatusChip } from '../components/status-chip';
import { daysBetween, formatDay, formatNumber } from '../utils/dates';
import { VOTER_STATUSES, voterHostLabel, voterStatusLabel } from '../utils/labels';
import { isOfficeStaff, isUnitOfficer } from '../utils/permissions';
import '../components/petition.css';

const PAGE_SIZE = 20;

/**
 * /voter-recommendations — "Kiến nghị cử tri": what voters recommended at the delegates' meetings, followed until the
 * competent body answers (40 days, 50 for a shared matter): the counts by competent body, then the list — filtered by
 * period, status, overdue and published.
 */
export function VoterRecommendationsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const { params, date, page, go, toPage } = useFilterParams();
  const allowed = isOfficeStaff(me) || isUnitOfficer(me);
  const from = date('from');
  const to = date('to');
  const status = VOTER_STATUSES.find((s) => s === params.get('status')) ?? '';
  const overdue = params.get('overdue') === 'true';
  const published = params.get('published');
  const q = params.get('q') ?? '';
  const query: VoterRecommendationsQuery = {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(published === 'true' || published === 'false' ? { published: published === 'true' } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  };
  const list = useVoterRecommendations({ ...query, page, size: PAGE_SIZE }, { enabled: allowed });
  const summary = useVoterSummary({ ...(from ? { from } : {}), ...(to ? { to } : {}) }, { enabled: allowed });
  const n = (v: number) => formatNumber(v, lang);

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const rowName = (c: VoterCounts) => c.unit?.name ?? c.authority ?? t('voter.unassigned');

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <div>
          <h1 className="page__title">{t('voter.title')}</h1>
          <PetitionsNav />
        </div>
        {isOfficeStaff(me) && (
          <Link to="/voter-recommendations/new" className="btn btn--primary" data-testid="recommendation-new">
            {t('voter.new')}
          </Link>
        )}
      </div>

      <div className="ui-toolbar pt-toolbar" data-testid="recommendations-filters">
        <div className="field">
          <label htmlFor="voter-from">{t('voter.from')}</label>
          <input id="voter-from" type="date" data-testid="voter-from" value={from} onChange={(e) => go({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="voter-to">{t('voter.to')}</label>
          <input id="voter-to" type="date" data-testid="voter-to" min={from || undefined} value={to} onChange={(e) => go({ to: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="voter-status">{t('petition.status')}</label>
          <select id="voter-status" data-testid="voter-status" value={status} onChange={(e) => go({ status: e.target.value as VoterRecommendationStatus | '' })}>
            <option value="">{t('petitions.any')}</option>
            {VOTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {voterStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="voter-published">{t('voter.published')}</label>
          <select id="voter-published" data-testid="voter-published" value={published ?? ''} onChange={(e) => go({ published: e.target.value })}>
            <option value="">{t('petitions.any')}</option>
            <option value="true">{t('voter.publishedYes')}</option>
            <option value="false">{t('voter.publishedNo')}</option>
          </select>
        </div>
        <label className="ui-check pt-check">
          <input type="checkbox" data-testid="voter-overdue" checked={overdue} onChange={(e) => go({ overdue: e.target.checked ? 'true' : '' })} />
          {t('voter.overdueOnly')}
        </label>
        <form
          className="ui-toolbar pt-toolbar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: String(new FormData(e.currentTarget).get('q') ?? '').trim() });
          }}
        >
          <div className="field">
            <label htmlFor="voter-q">{t('petitions.q')}</label>
            <input id="voter-q" name="q" type="search" data-testid="voter-q" defaultValue={q} />
          </div>
          <button type="submit" className="btn btn--secondary" data-testid="voter-search">
            {t('petitions.search')}
          </button>
        </form>
      </div>

      <section className="card" aria-labelledby="voter-summary-title" data-testid="voter-summary">
        <h2 id="voter-summary-title" className="card__title">
          {t('voter.summary')}
        </h2>
        {summary.isPending ? (
          <LoadingState />
        ) : summary.isError ? (
          <ErrorState message={problemMessage(summary.error, t)} onRetry={() => summary.refetch()} />
        ) : (
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="voter-summary-table">
              <thead>
                <tr>
                  <th>{t('voter.assignee')}</th>
                  <th className="num">{t('voter.gathered')}</th>
                  <th className="num">{t('voter.assigned')}</th>
                  <th className="num">{t('voter.answered')}</th>
                  <th className="num">{t('voter.onTime')}</th>
                  <th className="num">{t('voter.late')}</th>
                  <th className="num">{t('voter.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {[...summary.data.byAssignee.map((c) => ({ name: rowName(c), c, total: false })), { name: t('voter.total'), c: summary.data.total, total: true }].map(
                  ({ name, c, total }) => (
                    <tr key={`${name}-${total}`} data-testid={total ? 'voter-summary-total' : 'voter-summary-row'}>
                      <td>{total ? <strong>{name}</strong> : name}</td>
                      <td className="num">{n(c.gathered)}</td>
                      <td className="num">{n(c.assigned)}</td>
                      <td className="num">{n(c.answered)}</td>
                      <td className="num">{n(c.answeredOnTime)}</td>
                      <td className="num">{n(c.answeredLate)}</td>
                      <td className="num" data-testid="voter-summary-overdue">
                        {n(c.overdue)}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="recommendations-empty">
          {t('voter.empty')}
        </p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table pt-table" data-testid="recommendations-table">
              <thead>
                <tr>
                  <th>{t('petition.number')}</th>
                  <th>{t('voter.meeting')}</th>
                  <th>{t('voter.content')}</th>
                  <th>{t('voter.assignee')}</th>
                  <th>{t('petition.status')}</th>
                  <th>{t('voter.dueOn')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((r) => (
                  <tr key={r.id} className={r.overdue ? 'is-overdue' : undefined} data-testid="recommendation-row" data-id={r.id}>
                    <td className="nowrap">
                      <Link to={`/voter-recommendations/${r.id}`} data-testid="recommendation-link">
                        {r.number}
                      </Link>
                    </td>
                    <td>
                      {formatDay(r.meetingDate, lang)}
                      <div className="ui-meta">{voterHostLabel(r.gatheredBy, t)}</div>
                    </td>
                    <td>
                      {r.content}
                      {r.topic && <div className="ui-meta">{r.topic}</div>}
                    </td>
                    <td>{r.assignedUnit?.name ?? r.assignedAuthority ?? ''}</td>
                    <td>
                      <VoterStatusChip status={r.status} testId="recommendation-row-status" />
                      {r.published && <div className="ui-meta">{t('voter.publishedYes')}</div>}
                    </td>
                    <td>
                      {r.status === 'ASSIGNED' && r.dueOn ? (
                        <DueCountdown dueOn={r.dueOn} daysLeft={daysBetween(today, r.dueOn)} testId="recommendation-row-due" />
                      ) : (
                        formatDay(r.dueOn, lang)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            totalPages={list.data.totalPages}
            onPage={toPage}
          />
        </>
      )}
    </div>
  );
}
