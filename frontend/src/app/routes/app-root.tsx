import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { AppShell } from '@/components/layout/app-shell';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { CurrentUserContext } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { affiliationName } from '@/lib/user';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';

/** Composes the features into the signed-in frame (the only place that may). */
function SignedIn() {
  const { lang, t } = useI18n();
  const me = useMe();
  const unread = useUnreadCount({ enabled: me.isSuccess });
  const logout = useLogout();
  const location = useLocation();

  if (me.isPending) return <LoadingState fullPage />;
  if (me.isError) return <ErrorState message={problemMessage(me.error, t)} onRetry={() => me.refetch()} />;
  // a one-time password (first login, or reset by an administrator): nothing else until it is changed
  if (me.data.passwordChangeRequired && location.pathname !== '/change-password') return <Navigate to="/change-password" replace />;

  return (
    <CurrentUserContext.Provider value={me.data}>
      <AppShell
        userName={me.data.fullName}
        officeName={affiliationName(me.data, lang)}
        unreadCount={unread.data?.count ?? 0}
        onLogout={() => logout.mutate()}
        loggingOut={logout.isPending}
      >
        <Outlet />
      </AppShell>
    </CurrentUserContext.Provider>
  );
}

export function AppRoot() {
  return (
    <RequireAuth>
      <SignedIn />
    </RequireAuth>
  );
}
