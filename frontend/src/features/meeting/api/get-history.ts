import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingEvent } from './types';

/** GET /api/v1/meetings/{id}/history — every step of its lifecycle, oldest first. */
export async function getHistory(id: string): Promise<MeetingEvent[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/history', { params: { path: { id } } }));
}

export function historyQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.history(id), queryFn: () => getHistory(id) });
}

export function useHistory(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...historyQueryOptions(id), enabled });
}
