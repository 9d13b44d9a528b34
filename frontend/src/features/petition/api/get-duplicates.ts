import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { DuplicateCandidate } from './types';

/** GET /api/v1/petitions/{id}/duplicates — likely duplicates (same petitioner, similar content), most likely first; no identities. */
export async function getDuplicates(id: string): Promise<DuplicateCandidate[]> {
  return unwrap(await api.GET('/api/v1/petitions/{id}/duplicates', { params: { path: { id } } }));
}

export function duplicatesQueryOptions(id: string) {
  return queryOptions({ queryKey: petitionKeys.duplicates(id), queryFn: () => getDuplicates(id) });
}

export function useDuplicates(id: string) {
  return useQuery(duplicatesQueryOptions(id));
}
