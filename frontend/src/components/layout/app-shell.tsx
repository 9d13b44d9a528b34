import { useContext, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { CurrentUserContext } from '@/lib/current-user';
import { useT } from '@/lib/i18n';

export type AppShellProps = {
  userName: string;
  officeName: string;
  unreadCount: number;
  onLogout: () => void;
  loggingOut?: boolean;
  children: ReactNode;
};

/** The frame of every signed-in page: header, navigation, content. */
export function AppShell({ userName, officeName, unreadCount, onLogout, loggingOut, children }: AppShellProps) {
  const t = useT();
  const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav__link is-active' : 'nav__link');
  // Entries a role cannot use are not shown (the pages check again).
  const me = useContext(CurrentUserContext);
  const officeStaff = !!me?.office && (me.role === 'SPECIALIST' || me.role === 'OFFICE_LEADER' || me.role === 'CHIEF_OF_OFFICE');
  const unitOfficer = !!me?.unit && me.role === 'UNIT_OFFICER';
  const admin = me?.role === 'SYSTEM_ADMIN';
  const nationalAdmin = me?.role === 'NATIONAL_ADMIN';
  return (
    <div className="shell">
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__emblem" aria-hidden="true">★</span>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <div className="header__org">
            <span className="header__office" data-testid="header-office">
              {officeName}
            </span>
          </div>
          <div className="header__actions">
            <LanguageSwitch />
            <Link
              to="/notifications"
              className="bell"
              aria-label={t('header.unread', { count: unreadCount })}
              title={t('header.unread', { count: unreadCount })}
            >
              <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
                />
              </svg>
              {unreadCount > 0 && (
                <span className="badge" data-testid="unread-badge">
                  {unreadCount > 99 ? '99+' : unreadCount}
                </span>
              )}
            </Link>
            <span className="header__user" data-testid="header-user">
              {userName}
            </span>
            <Link to="/change-password" className="btn btn--ghost" data-testid="change-password">
              {t('header.changePassword')}
            </Link>
            <button type="button" className="btn btn--ghost" data-testid="logout" onClick={onLogout} disabled={loggingOut}>
              {t('header.logout')}
            </button>
          </div>
        </div>
        <nav className="nav" aria-label={t('nav.main')}>
          <div className="nav__inner">
            <NavLink to="/" end className={navClass}>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/notifications" className={navClass}>
              {t('nav.notifications')}
              {unreadCount > 0 && <span className="nav__count">{unreadCount}</span>}
            </NavLink>
            {(officeStaff || unitOfficer) && (
              <NavLink to="/conclusions" className={navClass} data-testid="nav-conclusions">
                {t('nav.conclusions')}
              </NavLink>
            )}
            {officeStaff && (
              <NavLink to="/conclusion-board" className={navClass} data-testid="nav-board">
                {t('nav.board')}
              </NavLink>
            )}
            {unitOfficer && (
              <NavLink to="/my-tasks" className={navClass} data-testid="nav-my-tasks">
                {t('nav.myTasks')}
              </NavLink>
            )}
            {(officeStaff || unitOfficer) && (
              <NavLink to="/conclusion-statistics" className={navClass} data-testid="nav-statistics">
                {t('nav.statistics')}
              </NavLink>
            )}
            {(officeStaff || unitOfficer) && (
              <NavLink to="/calendar" end className={navClass} data-testid="nav-calendar">
                {t('nav.calendar')}
              </NavLink>
            )}
            {officeStaff && (
              <NavLink to="/calendar/programmes" className={navClass} data-testid="nav-programmes">
                {t('nav.programmes')}
              </NavLink>
            )}
            {(officeStaff || unitOfficer) && (
              <NavLink to="/meetings" className={navClass} data-testid="nav-meetings">
                {t('nav.meetings')}
              </NavLink>
            )}
            {(officeStaff || admin) && (
              <NavLink to="/reviews" className={navClass} data-testid="nav-reviews">
                {t('nav.reviews')}
              </NavLink>
            )}
            {officeStaff && (
              <NavLink to="/petitions" className={navClass} data-testid="nav-petitions">
                {t('nav.petitions')}
              </NavLink>
            )}
            {unitOfficer && (
              <NavLink to="/petition-unit-assignments" className={navClass} data-testid="nav-unit-assignments">
                {t('nav.unitAssignments')}
              </NavLink>
            )}
            {admin && (
              <NavLink to="/petition-disclosures" className={navClass} data-testid="nav-disclosures">
                {t('nav.disclosures')}
              </NavLink>
            )}
            {(admin || nationalAdmin || me?.role === 'CHIEF_OF_OFFICE') && (
              <NavLink to="/admin" className={navClass} data-testid="nav-admin">
                {t('nav.admin')}
              </NavLink>
            )}
            {(admin || nationalAdmin) && (
              <NavLink to="/holidays" className={navClass} data-testid="nav-holidays">
                {t('nav.holidays')}
              </NavLink>
            )}
          </div>
        </nav>
      </header>
      <main className="main">{children}</main>
      <footer className="footer">{t('app.tagline')}</footer>
    </div>
  );
}
