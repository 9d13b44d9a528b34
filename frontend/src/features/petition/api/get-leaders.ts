import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Leader } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** GET /api/v1/leaders — every page (the leaders who receive citizens at a reception session). */
export async function getLeaders(): Promise<Leader[]> {
  const leaders: Leader[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(await api.GET('/api/v1/leaders', { params: { query: { page, size: PAGE_SIZE } } }));
    leaders.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return leaders;
}

export function leadersQueryOptions() {
  return queryOptions({ queryKey: petitionKeys.leaders(), queryFn: getLeaders, staleTime: 10 * 60_000 });
}

export function useLeaders({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...leadersQueryOptions(), enabled });
}
