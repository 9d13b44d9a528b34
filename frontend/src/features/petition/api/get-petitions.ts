import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { PetitionPage, PetitionsQuery } from './types';

/**
 * GET /api/v1/petitions?kind&status&channel&receivedFrom&receivedTo&q&mine&open&overdue&sort&page&size — one page of the
 * office's petitions, never anyone's identity. The specialist's worklist is `mine=true&open=true&sort=dueOn`.
 */
export async function getPetitions(query: PetitionsQuery): Promise<PetitionPage> {
  return unwrap(await api.GET('/api/v1/petitions', { params: { query } }));
}

export function petitionsQueryOptions(query: PetitionsQuery) {
  return queryOptions({ queryKey: petitionKeys.list(query), queryFn: () => getPetitions(query), placeholderData: keepPreviousData });
}

export function usePetitions(query: PetitionsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...petitionsQueryOptions(query), enabled });
}
