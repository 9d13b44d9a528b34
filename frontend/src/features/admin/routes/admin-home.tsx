import { useContext } from 'react';
import { Link } from 'react-router-dom';
import { CurrentUserContext } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { sectionsFor } from '../sections';

/** /admin: the administration sections the caller's role may open. */
export function AdminHomeRoute() {
  const t = useT();
  const me = useContext(CurrentUserContext);
  const sections = sectionsFor(me?.role);
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('admin.title')}</h1>
      </div>
      {sections.length === 0 ? (
        <p className="empty">{t('admin.none')}</p>
      ) : (
        <ul>
          {sections.map((s) => (
            <li key={s.path}>
              <Link to={s.path} data-testid={`admin-section-${s.path.split('/').pop()}`}>
                {t(s.title)}
              </Link>{' '}
              — {t(s.description)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
