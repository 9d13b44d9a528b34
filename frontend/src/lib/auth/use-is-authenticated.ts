import { useSyncExternalStore } from 'react';
import { tokenStore } from './token-store';

/** True while the tab holds tokens; re-renders when they are set or cleared. */
export function useIsAuthenticated(): boolean {
  return useSyncExternalStore(
    tokenStore.subscribe,
    () => tokenStore.get() !== null,
    () => false,
  );
}
