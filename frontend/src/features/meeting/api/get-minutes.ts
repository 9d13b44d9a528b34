import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { Minutes } from './types';

/** GET /api/v1/meetings/{id}/minutes — the minutes, or null while none are written (404). */
export async function getMinutes(id: string): Promise<Minutes | null> {
  try {
    return unwrap(await api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } } }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function minutesQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.minutes(id), queryFn: () => getMinutes(id) });
}

export function useMinutes(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...minutesQueryOptions(id), enabled });
}
