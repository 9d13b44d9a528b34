import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useCreatePetition } from '../api/create-petition';
import { PetitionForm } from '../components/petition-form';
import { isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

/** /petitions/new — "Tiếp nhận đơn": the office records a petition; then its page shows it with its likely duplicates. */
export function NewPetitionRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePetition();

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
        <Link to="/petitions">← {t('petition.back')}</Link>
        <h1 className="page__title">{t('petitionForm.title')}</h1>
        {me.office && <p className="page__subtitle">{t('petitionForm.office', { office: lang === 'vi' ? me.office.nameVi : me.office.nameEn })}</p>}
      </div>
      <PetitionForm
        today={today}
        pending={create.isPending}
        error={create.error}
        submitLabel={t('petitionForm.save')}
        onCancel={() => navigate('/petitions')}
        onSubmit={(body, idempotencyKey) =>
          create.mutateAsync({ body, idempotencyKey }).then((petition) => navigate(`/petitions/${petition.id}`, { state: { created: true } }), shownByTheMutation)
        }
      />
    </div>
  );
}
