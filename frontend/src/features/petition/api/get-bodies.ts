import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { LeadershipBody } from './types';

/** GET /api/v1/bodies — the leadership bodies a petition may be addressed to (and those of the statistics' filter). */
export async function getBodies(): Promise<LeadershipBody[]> {
  return unwrap(await api.GET('/api/v1/bodies'));
}

export function bodiesQueryOptions() {
  return queryOptions({ queryKey: petitionKeys.bodies(), queryFn: getBodies, staleTime: 10 * 60_000 });
}

export function useBodies({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...bodiesQueryOptions(), enabled });
}
