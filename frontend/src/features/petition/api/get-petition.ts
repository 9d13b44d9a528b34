import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Petition } from './types';

/**
 * GET /api/v1/petitions/{id} — with its handling, due dates and what the caller may do. Petitioners come redacted except
 * for its handlers (a denouncer's identity never: that takes a disclosure with a reason, which is not cached).
 */
export async function getPetition(id: string): Promise<Petition> {
  return unwrap(await api.GET('/api/v1/petitions/{id}', { params: { path: { id } } }));
}

export function petitionQueryOptions(id: string) {
  return queryOptions({ queryKey: petitionKeys.detail(id), queryFn: () => getPetition(id) });
}

export function usePetition(id: string) {
  return useQuery(petitionQueryOptions(id));
}
