import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useReviews } from '../api/get-reviews';
import type { ReviewKind, ReviewStatus } from '../api/types';
import { ReviewStatusChip } from '../components/status-chip';
import { filtersOf, paramsOf, toReviewsQuery, yearsAround, type Filters } from '../utils/filters';
import { formatPeriod } from '../utils/format';
import { REVIEW_KINDS, REVIEW_STATUSES, reviewKindLabel, reviewStatusLabel } from '../utils/labels';
import { canReadReviews, isOfficeStaff } from '../utils/permissions';
import '../components/review.css';

const PAGE_SIZE = 20;

/**
 * /reviews — "Sơ kết, tổng kết": the jurisdiction's reviews of the offices' coordination (yearly reviews, interim and
 * final reviews), latest period first, filtered by kind, status and year; office staff open new ones here.
 */
export function ReviewsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const allowed = canReadReviews(me);
  const list = useReviews({ ...toReviewsQuery(filters), page: filters.page, size: PAGE_SIZE }, { enabled: allowed });

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  function go(patch: Partial<Filters>) {
    // a new filter starts again at the first page
    setParams(paramsOf({ ...filters, page: 0, ...patch }));
  }

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('reviews.title')}</h1>
        {isOfficeStaff(me) && (
          <Link to="/reviews/new" className="btn btn--primary" data-testid="review-new">
            {t('reviews.new')}
          </Link>
        )}
      </div>

      <div className="ui-toolbar rv-toolbar" role="search" data-testid="reviews-filters">
        <div className="field">
          <label htmlFor="reviews-kind">{t('reviews.kind')}</label>
          <select id="reviews-kind" data-testid="reviews-kind" value={filters.kind} onChange={(e) => go({ kind: e.target.value as ReviewKind | '' })}>
            <option value="">{t('reviews.all')}</option>
            {REVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {reviewKindLabel(k, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reviews-status">{t('reviews.status')}</label>
          <select
            id="reviews-status"
            data-testid="reviews-status"
            value={filters.status}
            onChange={(e) => go({ status: e.target.value as ReviewStatus | '' })}
          >
            <option value="">{t('reviews.all')}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {reviewStatusLabel(s, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="reviews-year">{t('reviews.year')}</label>
          <select
            id="reviews-year"
            data-testid="reviews-year"
            value={filters.year ?? ''}
            onChange={(e) => go({ year: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('reviews.all')}</option>
            {yearsAround(today).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>

      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={problemMessage(list.error, t)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty" data-testid="reviews-empty">
          {t('reviews.empty')}
        </p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table" data-testid="reviews-table">
              <thead>
                <tr>
                  <th>{t('reviews.number')}</th>
                  <th>{t('reviews.name')}</th>
                  <th>{t('reviews.period')}</th>
                  <th>{t('reviews.host')}</th>
                  <th>{t('reviews.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((r) => (
                  <tr key={r.id} data-testid="review-row" data-id={r.id}>
                    <td className="nowrap">{r.number}</td>
                    <td>
                      <Link to={`/reviews/${r.id}`} data-testid="review-link">
                        {r.title}
                      </Link>
                      <div className="ui-meta">{reviewKindLabel(r.kind, t)}</div>
                    </td>
                    <td className="nowrap">{formatPeriod(r.periodFrom, r.periodTo, lang)}</td>
                    <td>{r.hostOffice.name}</td>
                    <td>
                      <ReviewStatusChip status={r.status} testId="review-row-status" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={filters.page} totalPages={list.data.totalPages} onPage={(p) => setParams(paramsOf({ ...filters, page: p }))} />
        </>
      )}
    </div>
  );
}
