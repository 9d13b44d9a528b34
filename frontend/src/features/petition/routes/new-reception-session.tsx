import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { ReceptionSessionForm } from '../components/reception-session-form';
import { isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

/** /reception-sessions/new — "Lên lịch tiếp công dân": the office plans a session it hosts; its page then shows the clashes. */
export function NewReceptionSessionRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!isOfficeStaff(me)) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }
  return (
    <div className="page">
      <div className="page__head">
        <Link to="/reception-sessions">← {t('reception.back')}</Link>
        <h1 className="page__title">{t('reception.newTitle')}</h1>
      </div>
      <ReceptionSessionForm
        today={today}
        onCancel={() => navigate('/reception-sessions')}
        onSaved={(session) => navigate(`/reception-sessions/${session.id}`, { state: { created: true } })}
      />
    </div>
  );
}
