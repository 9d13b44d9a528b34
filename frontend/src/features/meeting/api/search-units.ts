import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { Unit } from './types';

const SIZE = 10;

/** GET /api/v1/units?q=…&size=10&sort=name — the first matches (an invited unit, the unit a task is assigned to). */
export async function searchUnits(q: string): Promise<Unit[]> {
  const page = unwrap(await api.GET('/api/v1/units', { params: { query: { q, page: 0, size: SIZE, sort: 'name' } } }));
  return page.items;
}

export function unitSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: meetingKeys.unitSearch(q),
    queryFn: () => searchUnits(q),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useUnitSearch(q: string) {
  const trimmed = q.trim();
  return useQuery({ ...unitSearchQueryOptions(trimmed), enabled: trimmed.length >= 2 });
}
