const API_PREFIX = '/api/v1';

/** The SPA's list pages for the API lists a figure links to; an API list with no page here is not linked. */
const SPA_ROUTES: Record<string, string> = {
  '/meetings': '/meetings',
  '/programmes': '/calendar/programmes',
  '/clashes': '/calendar/clashes',
};

/**
 * The SPA page behind a figure's `link` (an API list such as `/api/v1/meetings?from=…&held=true`): the same query on
 * the matching route (`/meetings?from=…&held=true`), or null when no page of the SPA lists it.
 */
export function spaLink(apiLink: string | null | undefined): string | null {
  if (!apiLink || !apiLink.startsWith(`${API_PREFIX}/`)) return null;
  const rest = apiLink.slice(API_PREFIX.length);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const query = q < 0 ? '' : rest.slice(q);
  const route = SPA_ROUTES[path];
  return route ? `${route}${query}` : null;
}
