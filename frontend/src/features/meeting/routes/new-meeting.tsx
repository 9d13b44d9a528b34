import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { MeetingForm } from '../components/meeting-form';
import { isOfficeStaff } from '../utils/permissions';
import '../components/meeting.css';

/** /meetings/new — "Tạo cuộc họp": an office plans a meeting it hosts; then its page shows it with its clashes. */
export function NewMeetingRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
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
        <Link to="/meetings">← {t('meeting.back')}</Link>
        <h1 className="page__title">{t('meetingForm.newTitle')}</h1>
        {me.office && <p className="page__subtitle">{t('meetingForm.hostIs', { office: lang === 'vi' ? me.office.nameVi : me.office.nameEn })}</p>}
      </div>
      <MeetingForm
        today={today}
        onCancel={() => navigate('/meetings')}
        onSaved={(meeting) => navigate(`/meetings/${meeting.id}`, { state: { created: true } })}
      />
    </div>
  );
}
