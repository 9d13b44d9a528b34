import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { CalendarItemsQuery, ProgrammeItem } from './types';

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

/** GET /api/v1/calendar-items?from&to&… — every page of the range (size 100, the most the API gives). */
export async function getCalendarItems(query: CalendarItemsQuery): Promise<ProgrammeItem[]> {
  const items: ProgrammeItem[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = unwrap(await api.GET('/api/v1/calendar-items', { params: { query: { ...query, page, size: PAGE_SIZE } } }));
    items.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return items;
}

export function calendarItemsQueryOptions(query: CalendarItemsQuery) {
  return queryOptions({
    queryKey: calendarKeys.itemRange(query),
    queryFn: () => getCalendarItems(query),
    placeholderData: keepPreviousData,
  });
}

export function useCalendarItems(query: CalendarItemsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...calendarItemsQueryOptions(query), enabled });
}
