import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { Meeting } from './types';

/** GET /api/v1/meetings/{id} — with its counts, clashes, concluding notices and what the caller may do (allowedActions). */
export async function getMeeting(id: string): Promise<Meeting> {
  return unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export function meetingQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.detail(id), queryFn: () => getMeeting(id) });
}

export function useMeeting(id: string) {
  return useQuery(meetingQueryOptions(id));
}
