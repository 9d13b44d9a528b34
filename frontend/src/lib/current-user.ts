import { createContext, useContext } from 'react';
import type { MeResponse } from '@/lib/api/types';

/**
 * The signed-in user, provided by the authenticated app shell (src/app) so that any
 * feature can read it without importing the auth feature.
 */
export const CurrentUserContext = createContext<MeResponse | null>(null);

export function useCurrentUser(): MeResponse {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser must be used inside an authenticated route');
  return me;
}
