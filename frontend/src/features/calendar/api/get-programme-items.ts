import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { ProgrammeItem } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;

/** GET /api/v1/programmes/{id}/items — every page, sorted by start. */
export async function getProgrammeItems(id: string): Promise<ProgrammeItem[]> {
  const items: ProgrammeItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(
      await api.GET('/api/v1/programmes/{id}/items', { params: { path: { id }, query: { page, size: PAGE_SIZE } } }),
    );
    items.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return items;
}

export function programmeItemsQueryOptions(id: string) {
  return queryOptions({ queryKey: calendarKeys.programmeItems(id), queryFn: () => getProgrammeItems(id) });
}

export function useProgrammeItems(id: string) {
  return useQuery(programmeItemsQueryOptions(id));
}
