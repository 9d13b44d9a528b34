import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';

// Same origin: the dev/preview servers (and the production reverse proxy) forward /api.
// An absolute base keeps `new Request()` valid outside a browser (tests, jsdom).
const baseUrl = typeof window !== 'undefined' ? window.location.origin : '';

// Late-bound so tests can stub globalThis.fetch after this module is loaded.
const lateFetch = (input: Request, init?: RequestInit) => globalThis.fetch(input, init);

/** Paths that must never carry a bearer token nor trigger a refresh. */
const AUTH_PATHS = new Set<string>(['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout']);

/** Client without middleware, for the auth endpoints themselves (no refresh loop). */
export const authClient = createClient<paths>({ baseUrl, fetch: lateFetch });

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for new tokens (the server rotates it). Concurrent
 * callers share one request. Resolves false when there is no session any more;
 * tokens are then cleared, which sends the UI to /login (see RequireAuth).
 */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= doRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function doRefresh(): Promise<boolean> {
  const refreshToken = tokenStore.get()?.refreshToken;
  if (!refreshToken) {
    tokenStore.clear();
    return false;
  }
  try {
    const { data, response } = await authClient.POST('/api/v1/auth/refresh', {
      body: { refreshToken },
    });
    if (response.ok && data) {
      tokenStore.set(tokensFromResponse(data));
      return true;
    }
  } catch {
    // network failure: the session cannot be renewed either
  }
  tokenStore.clear();
  return false;
}

type Pending = { retry: Request; accessToken: string | undefined };
const pending = new Map<string, Pending>();

export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    if (AUTH_PATHS.has(schemaPath)) return undefined;
    const accessToken = tokenStore.get()?.accessToken;
    if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
    // keep an unsent copy: the body of `request` is consumed by fetch
    pending.set(id, { retry: request.clone(), accessToken });
    return request;
  },
  async onResponse({ response, schemaPath, id, options }) {
    const saved = pending.get(id);
    pending.delete(id);
    if (!saved || response.status !== 401 || AUTH_PATHS.has(schemaPath)) return undefined;

    // Another request may already have renewed the session; otherwise renew it once.
    const latest = tokenStore.get()?.accessToken;
    const renewed = latest !== undefined && latest !== saved.accessToken ? true : await refreshTokens();
    const accessToken = tokenStore.get()?.accessToken;
    if (!renewed || !accessToken) return undefined;

    saved.retry.headers.set('Authorization', `Bearer ${accessToken}`);
    return options.fetch(saved.retry);
  },
  onError({ id }) {
    pending.delete(id);
    return undefined;
  },
};

/** The typed API client every feature uses. */
export const api = createClient<paths>({ baseUrl, fetch: lateFetch });
api.use(authMiddleware);
