import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Office } from './types';

/** GET /api/v1/offices — the offices of the jurisdiction (joint reception, the statistics' filter). */
export async function getOffices(): Promise<Office[]> {
  return unwrap(await api.GET('/api/v1/offices'));
}

export function officesQueryOptions() {
  return queryOptions({ queryKey: petitionKeys.offices(), queryFn: getOffices, staleTime: 10 * 60_000 });
}

export function useOffices({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...officesQueryOptions(), enabled });
}
