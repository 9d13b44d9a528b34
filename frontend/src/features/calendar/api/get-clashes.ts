import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Clash, ClashesQuery } from './types';

/** GET /api/v1/clashes?from&to&periodKind&includeAccepted — every clash of the range. */
export async function getClashes(query: ClashesQuery): Promise<Clash[]> {
  return unwrap(await api.GET('/api/v1/clashes', { params: { query } })).clashes;
}

export function clashesQueryOptions(query: ClashesQuery) {
  return queryOptions({ queryKey: calendarKeys.clashList(query), queryFn: () => getClashes(query) });
}

export function useClashes(query: ClashesQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...clashesQueryOptions(query), enabled });
}
