import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingPage, MeetingsQuery } from './types';

/** GET /api/v1/meetings?from&to&kindId&status&format&q&page&size — one page, by start time. */
export async function getMeetings(query: MeetingsQuery): Promise<MeetingPage> {
  return unwrap(await api.GET('/api/v1/meetings', { params: { query } }));
}

export function meetingsQueryOptions(query: MeetingsQuery) {
  return queryOptions({ queryKey: meetingKeys.list(query), queryFn: () => getMeetings(query), placeholderData: keepPreviousData });
}

export function useMeetings(query: MeetingsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...meetingsQueryOptions(query), enabled });
}

const RANGE_PAGE_SIZE = 100;
const RANGE_MAX_PAGES = 20;

/** Every meeting starting in a range (the month calendar): all pages of GET /api/v1/meetings. */
export async function getAllMeetings(query: MeetingsQuery): Promise<MeetingPage['items']> {
  const items: MeetingPage['items'] = [];
  for (let page = 0; page < RANGE_MAX_PAGES; page++) {
    const data = await getMeetings({ ...query, page, size: RANGE_PAGE_SIZE });
    items.push(...data.items);
    if (page + 1 >= data.totalPages) break;
  }
  return items;
}

export function allMeetingsQueryOptions(query: MeetingsQuery) {
  return queryOptions({
    queryKey: [...meetingKeys.list(query), 'all'] as const,
    queryFn: () => getAllMeetings(query),
    placeholderData: keepPreviousData,
  });
}

export function useAllMeetings(query: MeetingsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...allMeetingsQueryOptions(query), enabled });
}
