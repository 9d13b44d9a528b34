import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;
export type Route = { method: string; path: string; handler: Handler };

export function json(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, type: string, detail: string, title = 'Problem'): Response {
  return json(status, { type, title, status, detail, instance: '/api' }, 'application/problem+json');
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Replaces global fetch with a tiny router: "GET /api/v1/me" → handler. Unknown
 * routes fail the test loudly. Returns the mock to inspect the calls.
 */
export function mockApi(routes: Record<string, Handler>) {
  const calls: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    calls.push(request.clone());
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const handler = routes[key];
    if (!handler) throw new Error(`Unexpected request in test: ${key}`);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
