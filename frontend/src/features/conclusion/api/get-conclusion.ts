import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionDocument } from './types';

/** GET /api/v1/conclusions/{id} */
export async function getConclusion(id: string): Promise<ConclusionDocument> {
  return unwrap(await api.GET('/api/v1/conclusions/{id}', { params: { path: { id } } }));
}

export function conclusionQueryOptions(id: string) {
  return queryOptions({ queryKey: conclusionKeys.document(id), queryFn: () => getConclusion(id) });
}

export function useConclusion(id: string) {
  return useQuery(conclusionQueryOptions(id));
}
