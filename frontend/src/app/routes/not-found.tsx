import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';

export function NotFoundRoute() {
  const t = useT();
  return (
    <div className="page page--center">
      <h1 className="page__title">{t('notFound.title')}</h1>
      <Link to="/" className="btn btn--primary">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
