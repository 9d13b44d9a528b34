import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { ConclusionForm } from '../components/conclusion-form';
import { isOfficeStaff } from '../utils/permissions';

/** /conclusions/new — record a concluding notice with its tasks. */
export function NewConclusionRoute({ today }: { today?: string }) {
  const me = useCurrentUser();
  const t = useT();
  const navigate = useNavigate();
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('conclusionForm.title')}</h1>
      </div>
      {isOfficeStaff(me) ? (
        <ConclusionForm
          today={today}
          onCreated={(id) => navigate(`/conclusions/${id}`)}
          onCancel={() => navigate('/conclusions')}
        />
      ) : (
        <p className="empty" data-testid="forbidden">
          {t('conclusionForm.officeOnly')}
        </p>
      )}
    </div>
  );
}
