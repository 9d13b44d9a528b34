import { useState } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useDownloadReport } from '../api/download-report';
import { useExportFigures } from '../api/export-figures';
import { useFinaliseReview } from '../api/finalise-review';
import type { Review } from '../api/types';
import { can } from '../utils/permissions';
import './review.css';

type Props = {
  review: Review;
  /** the edit form is open */
  editing: boolean;
  onEdit: () => void;
  onFinalised: (review: Review) => void;
};

/**
 * The buttons of the review's header: "Sửa thông tin" (EDIT), "Hoàn thành, khóa số liệu" (FINALISE, after a confirmation)
 * — exactly the server's allowedActions — and, for every reader, the report (DOCX) and the figures (XLSX).
 */
export function ReviewActions({ review, editing, onEdit, onFinalised }: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const finalise = useFinaliseReview();
  const report = useDownloadReport();
  const figures = useExportFigures();
  const failed = [finalise, report, figures].find((m) => m.isError);

  return (
    <section className="card" aria-labelledby="review-actions-title" data-testid="review-actions">
      <h2 id="review-actions-title" className="card__title">
        {t('review.actions')}
      </h2>
      <div className="ui-actions">
        {can(review, 'EDIT') && (
          <button
            type="button"
            className="btn btn--secondary"
            aria-expanded={editing}
            data-testid="review-edit"
            onClick={() => {
              setConfirming(false);
              onEdit();
            }}
          >
            {t('review.edit')}
          </button>
        )}
        {can(review, 'FINALISE') && (
          <button
            type="button"
            className="btn btn--primary"
            aria-expanded={confirming}
            data-testid="review-finalise"
            disabled={finalise.isPending}
            onClick={() => {
              finalise.reset();
              setConfirming(!confirming);
            }}
          >
            {t('review.finalise')}
          </button>
        )}
        <button
          type="button"
          className="btn btn--secondary"
          data-testid="review-download-report"
          disabled={report.isPending}
          onClick={() => {
            report.reset();
            report.mutate({ id: review.id, number: review.number });
          }}
        >
          {report.isPending ? t('review.downloading') : t('review.downloadReport')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          data-testid="review-download-figures"
          disabled={figures.isPending}
          onClick={() => {
            figures.reset();
            figures.mutate({ id: review.id, number: review.number });
          }}
        >
          {figures.isPending ? t('review.downloading') : t('review.downloadFigures')}
        </button>
      </div>
      {confirming && (
        <div className="ui-panel" role="dialog" aria-labelledby="finalise-title" data-testid="finalise-dialog">
          <h3 id="finalise-title">{t('review.finalise')}</h3>
          <p style={{ margin: 0 }}>{t('review.finaliseConfirm')}</p>
          <div className="ui-actions">
            <button
              type="button"
              className="btn btn--primary"
              data-testid="finalise-confirm"
              disabled={finalise.isPending}
              onClick={() =>
                finalise.mutateAsync({ id: review.id }).then((after) => {
                  setConfirming(false);
                  onFinalised(after);
                }, shownByTheMutation)
              }
            >
              {finalise.isPending ? t('review.working') : t('review.finaliseYes')}
            </button>
            <button type="button" className="btn btn--secondary" data-testid="finalise-cancel" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {failed && (
        <p className="form-error" role="alert" data-testid="review-action-error" style={{ marginTop: '0.75rem' }}>
          {problemMessage(failed.error, t)}
        </p>
      )}
    </section>
  );
}
