import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { PetitionEvent } from './types';

/** GET /api/v1/petitions/{id}/history — each step with who and when, oldest first. */
export async function getHistory(id: string): Promise<PetitionEvent[]> {
  return unwrap(await api.GET('/api/v1/petitions/{id}/history', { params: { path: { id } } }));
}

export function historyQueryOptions(id: string) {
  return queryOptions({ queryKey: petitionKeys.history(id), queryFn: () => getHistory(id) });
}

export function useHistory(id: string) {
  return useQuery(historyQueryOptions(id));
}
