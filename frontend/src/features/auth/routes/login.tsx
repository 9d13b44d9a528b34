import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '@/components/language-switch';
import { useIsAuthenticated } from '@/lib/auth/use-is-authenticated';
import { useT } from '@/lib/i18n';
import { LoginForm } from '../components/login-form';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginRoute() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const authenticated = useIsAuthenticated();
  const target = redirectTarget(location.state);

  if (authenticated) return <Navigate to={target} replace />;

  return (
    <div className="login-page">
      <div className="login-page__lang">
        <LanguageSwitch />
      </div>
      <div className="login-card">
        <div className="login-card__brand">
          <span className="brand__emblem brand__emblem--large" aria-hidden="true">★</span>
          <h1>{t('app.name')}</h1>
          <p className="login-card__tagline">{t('app.tagline')}</p>
        </div>
        <h2 className="login-card__title">{t('login.title')}</h2>
        <LoginForm onSuccess={() => navigate(target, { replace: true })} />
      </div>
    </div>
  );
}
