import type { TokenResponse } from '@/lib/api/types';

export type Tokens = {
  accessToken: string;
  refreshToken: string;
  /** epoch milliseconds */
  accessExpiresAt: number;
  /** epoch milliseconds */
  refreshExpiresAt: number;
};

const STORAGE_KEY = 'lienthong.tokens';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function load(): Tokens | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Tokens>;
    if (typeof parsed.accessToken === 'string' && typeof parsed.refreshToken === 'string') {
      return {
        accessToken: parsed.accessToken,
        refreshToken: parsed.refreshToken,
        accessExpiresAt: Number(parsed.accessExpiresAt) || 0,
        refreshExpiresAt: Number(parsed.refreshExpiresAt) || 0,
      };
    }
  } catch {
    // fall through: corrupt entry
  }
  storage()?.removeItem(STORAGE_KEY);
  return null;
}

let current: Tokens | null = load();
/** Whether the last session ended by the user's own logout (not by an expired or revoked token). */
let endedByLogout = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

/**
 * The session's tokens: kept in memory, mirrored to sessionStorage so a reload in the
 * same tab stays signed in (closing the tab signs out).
 */
export const tokenStore = {
  get(): Tokens | null {
    return current;
  },
  set(tokens: Tokens): void {
    current = tokens;
    endedByLogout = false;
    storage()?.setItem(STORAGE_KEY, JSON.stringify(tokens));
    emit();
  },
  /** `loggedOut`: the user chose to leave, so the next login must not return to this user's page. */
  clear(options: { loggedOut?: boolean } = {}): void {
    const had = current !== null;
    current = null;
    endedByLogout = options.loggedOut === true;
    storage()?.removeItem(STORAGE_KEY);
    if (had) emit();
  },
  endedByLogout(): boolean {
    return endedByLogout;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function tokensFromResponse(response: TokenResponse, now = Date.now()): Tokens {
  return {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    accessExpiresAt: now + response.expiresIn * 1000,
    refreshExpiresAt: now + response.refreshExpiresIn * 1000,
  };
}
