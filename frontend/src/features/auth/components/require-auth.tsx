import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { tokenStore } from '@/lib/auth/token-store';
import { useIsAuthenticated } from '@/lib/auth/use-is-authenticated';

/**
 * Renders its children only while the tab holds tokens. When they go (logout, or a
 * refresh that failed) the user is sent to /login, remembering where they were.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const authenticated = useIsAuthenticated();
  const location = useLocation();
  if (!authenticated) {
    // After a deliberate logout the next person starts at home, not on the previous user's page.
    const state = tokenStore.endedByLogout() ? null : { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}
