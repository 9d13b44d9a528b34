import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Leader, LeadersQuery } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** GET /api/v1/leaders?q&bodyId — every page (the chairing leaders of an item, the calendar filter). */
export async function getLeaders(query: LeadersQuery = {}): Promise<Leader[]> {
  const leaders: Leader[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(await api.GET('/api/v1/leaders', { params: { query: { ...query, page, size: PAGE_SIZE } } }));
    leaders.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return leaders;
}

export function leadersQueryOptions(query: LeadersQuery = {}) {
  return queryOptions({ queryKey: calendarKeys.leaders(query), queryFn: () => getLeaders(query), staleTime: 10 * 60_000 });
}

export function useLeaders(query: LeadersQuery = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...leadersQueryOptions(query), enabled });
}
