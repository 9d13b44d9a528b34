import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { components } from '@/lib/api/schema';

export type Unit = components['schemas']['UnitResponse'];

const SIZE = 10;

/** GET /api/v1/units?q=…&size=10&sort=name — the first matches, diacritics ignored (a locality, a participating or invited unit). */
export async function searchUnits(q: string): Promise<Unit[]> {
  const page = unwrap(await api.GET('/api/v1/units', { params: { query: { q, page: 0, size: SIZE, sort: 'name' } } }));
  return page.items;
}

export function unitSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['units', 'search', q] as const,
    queryFn: () => searchUnits(q),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useUnitSearch(q: string) {
  const trimmed = q.trim();
  return useQuery({ ...unitSearchQueryOptions(trimmed), enabled: trimmed.length >= 2 });
}
