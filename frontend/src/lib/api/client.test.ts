import { describe, expect, it } from 'vitest';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';
import { tokens } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/http';
import { api } from './client';
import { ApiError, unwrap } from './errors';

const me = { id: 'x', username: 'u', fullName: 'U', role: 'SPECIALIST', jurisdiction: { id: 'j', code: 'HN', name: 'HN' }, office: null, unit: null };

describe('api client auth middleware', () => {
  it('sends the bearer token', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const { calls } = mockApi({ 'GET /api/v1/me': () => json(200, me) });
    const result = unwrap(await api.GET('/api/v1/me'));
    expect(result.username).toBe('u');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('on 401 refreshes once and retries with the new token', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const { calls } = mockApi({
      'GET /api/v1/me': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2'
          ? json(200, me)
          : problem(401, 'urn:lienthong:problem:invalid-token', 'expired'),
      'POST /api/v1/auth/refresh': async (req) => {
        expect(await req.json()).toEqual({ refreshToken: 'refresh-1' });
        return json(200, tokens('2'));
      },
    });
    const result = unwrap(await api.GET('/api/v1/me'));
    expect(result.fullName).toBe('U');
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'GET /api/v1/me',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/me',
    ]);
    expect(tokenStore.get()?.refreshToken).toBe('refresh-2');
    expect(JSON.parse(window.sessionStorage.getItem('lienthong.tokens') ?? '{}').accessToken).toBe('access-2');
  });

  it('retries a request with a body after refreshing', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    let attempts = 0;
    mockApi({
      'POST /api/v1/notifications/read-all': (req) => {
        attempts++;
        return req.headers.get('Authorization') === 'Bearer access-2'
          ? new Response(null, { status: 204 })
          : problem(401, 'urn:lienthong:problem:invalid-token', 'expired');
      },
      'POST /api/v1/auth/refresh': () => json(200, tokens('2')),
    });
    const { response } = await api.POST('/api/v1/notifications/read-all');
    expect(response.status).toBe(204);
    expect(attempts).toBe(2);
  });

  it('shares one refresh between concurrent 401s', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const { calls } = mockApi({
      'GET /api/v1/me': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2' ? json(200, me) : problem(401, 'x', 'expired'),
      'GET /api/v1/notifications/unread-count': (req) =>
        req.headers.get('Authorization') === 'Bearer access-2' ? json(200, { count: 4 }) : problem(401, 'x', 'expired'),
      'POST /api/v1/auth/refresh': () => json(200, tokens('2')),
    });
    const [a, b] = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/notifications/unread-count')]);
    expect(a.data?.username).toBe('u');
    expect(b.data?.count).toBe(4);
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('clears the tokens when the refresh is refused', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const { calls } = mockApi({
      'GET /api/v1/me': () => problem(401, 'urn:lienthong:problem:invalid-token', 'expired'),
      'POST /api/v1/auth/refresh': () => problem(401, 'urn:lienthong:problem:invalid-token', 'revoked'),
    });
    const result = await api.GET('/api/v1/me');
    expect(() => unwrap(result)).toThrow(ApiError);
    expect(result.response.status).toBe(401);
    expect(tokenStore.get()).toBeNull();
    expect(window.sessionStorage.getItem('lienthong.tokens')).toBeNull();
    expect(calls).toHaveLength(2);
  });
});
