import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionPage, ConclusionsQuery } from './types';

/** GET /api/v1/conclusions?page&size&q&kind… */
export async function getConclusions(query: ConclusionsQuery): Promise<ConclusionPage> {
  return unwrap(await api.GET('/api/v1/conclusions', { params: { query } }));
}

export function conclusionsQueryOptions(query: ConclusionsQuery) {
  return queryOptions({
    queryKey: conclusionKeys.documentList(query),
    queryFn: () => getConclusions(query),
    placeholderData: keepPreviousData,
  });
}

export function useConclusions(query: ConclusionsQuery) {
  return useQuery(conclusionsQueryOptions(query));
}
