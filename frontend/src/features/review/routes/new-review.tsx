import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useRotation } from '../api/get-rotation';
import { ReviewForm } from '../components/review-form';
import { isOfficeStaff } from '../utils/permissions';
import '../components/review.css';

/**
 * /reviews/new — "Mở kỳ đánh giá mới": an office opens a review it hosts. The rotation's proposed host is shown; when it
 * is another office, the review is still the caller's office's, and the page says who the rotation proposes.
 */
export function NewReviewRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const staff = isOfficeStaff(me);
  const rotation = useRotation({ enabled: staff });

  if (!staff || !me.office) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const own = lang === 'vi' ? me.office.nameVi : me.office.nameEn;
  const next = rotation.data?.nextHost ?? null;

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/reviews">← {t('review.back')}</Link>
        <h1 className="page__title">{t('reviewForm.newTitle')}</h1>
        <p className="page__subtitle" data-testid="review-host">
          {t('reviewForm.hostIs', { office: own })}
        </p>
      </div>
      {next && (
        <div className="ui-info" data-testid="review-rotation">
          <p style={{ margin: 0 }}>{t('reviewForm.proposedHost', { office: next.name })}</p>
          {next.id !== me.office.id && (
            <p style={{ margin: '0.3rem 0 0' }} data-testid="review-rotation-other">
              {t('reviewForm.rotationOther', { proposed: next.name, own })}
            </p>
          )}
        </div>
      )}
      <ReviewForm
        today={today}
        onCancel={() => navigate('/reviews')}
        onSaved={(review) => navigate(`/reviews/${review.id}`, { state: { created: true } })}
      />
    </div>
  );
}
