import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { LeadershipBody } from './types';

/** GET /api/v1/bodies — the leadership bodies (whose meeting it is; invited bodies). */
export async function getBodies(): Promise<LeadershipBody[]> {
  return unwrap(await api.GET('/api/v1/bodies'));
}

export function bodiesQueryOptions() {
  return queryOptions({ queryKey: meetingKeys.bodies(), queryFn: getBodies, staleTime: 10 * 60_000 });
}

export function useBodies({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...bodiesQueryOptions(), enabled });
}
