import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { useReview } from '../api/get-review';
import { FiguresPanel } from '../components/figures-panel';
import { FindingsEditor } from '../components/findings-editor';
import { ReviewActions } from '../components/review-actions';
import { ReviewForm } from '../components/review-form';
import { ReviewStatusChip } from '../components/status-chip';
import { formatPeriod } from '../utils/format';
import { reviewKindLabel } from '../utils/labels';
import '../components/review.css';

/**
 * /reviews/:id — a review: its number, kind, period, host and participating offices, status; the actions the user may
 * take (the server's allowedActions: edit, finalise) and the downloads; the figures against the previous period; and
 * the findings in the four parts of the report, proposals with their tasks.
 */
export function ReviewRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const location = useLocation();
  const review = useReview(id);
  const [editing, setEditing] = useState(false);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [done, setDone] = useState<MessageKey | null>(created ? 'review.created' : null);

  if (review.isPending) return <LoadingState />;
  if (review.isError) return <ErrorState message={problemMessage(review.error, t)} onRetry={() => review.refetch()} />;
  const r = review.data;
  const kind = reviewKindLabel(r.kind, t);

  const facts: [string, string, string][] = [
    ['fact-number', t('review.number'), r.number],
    ['fact-kind', t('review.kind'), kind],
    ['fact-period', t('review.period'), formatPeriod(r.periodFrom, r.periodTo, lang)],
    ['fact-host', t('review.host'), r.hostOffice.name],
    ['fact-participants', t('review.participants'), r.participatingOffices.map((o) => o.name).join('; ')],
    [
      'fact-finalised',
      t('review.finalised'),
      r.finalisedAt ? t('review.finalisedBy', { name: r.finalisedBy ?? '', when: formatDateTime(r.finalisedAt, lang) }) : '',
    ],
  ];

  return (
    <div className="page" data-testid="review" data-review-id={r.id}>
      <div className="page__head">
        <Link to="/reviews">← {t('review.back')}</Link>
        <h1 className="page__title" data-testid="review-heading">
          {r.title}
        </h1>
        <p className="page__subtitle">
          <ReviewStatusChip status={r.status} /> <span data-testid="review-subtitle">{t('review.subtitle', { kind, number: r.number })}</span>
        </p>
      </div>

      <section className="card">
        <dl className="facts">
          {facts
            .filter(([, , value]) => value)
            .map(([testId, label, value]) => (
              <div className="facts__row" key={testId}>
                <dt>{label}</dt>
                <dd data-testid={testId}>{value}</dd>
              </div>
            ))}
        </dl>
      </section>

      {done && (
        <p className="ui-notice" role="status" data-testid="review-done">
          {t(done)}
        </p>
      )}

      <ReviewActions
        review={r}
        editing={editing}
        onEdit={() => {
          setDone(null);
          setEditing(!editing);
        }}
        onFinalised={() => {
          setEditing(false);
          setDone('review.finalisedDone');
        }}
      />
      {editing && (
        <ReviewForm
          review={r}
          today={today}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setDone('review.saved');
          }}
        />
      )}

      <FiguresPanel review={r} />
      <FindingsEditor review={r} />
    </div>
  );
}
