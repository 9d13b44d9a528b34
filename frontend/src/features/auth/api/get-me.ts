import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { MeResponse } from '@/lib/api/types';

/** GET /api/v1/me */
export async function getMe(): Promise<MeResponse> {
  return unwrap(await api.GET('/api/v1/me'));
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
