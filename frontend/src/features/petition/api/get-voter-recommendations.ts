import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import type { VoterRecommendationPage, VoterRecommendationsQuery } from './types';

/** GET /api/v1/voter-recommendations?status&overdue&published&from&to&q&page&size — newest voter meeting first. */
export async function getVoterRecommendations(query: VoterRecommendationsQuery): Promise<VoterRecommendationPage> {
  return unwrap(await api.GET('/api/v1/voter-recommendations', { params: { query } }));
}

export function voterRecommendationsQueryOptions(query: VoterRecommendationsQuery) {
  return queryOptions({ queryKey: voterKeys.list(query), queryFn: () => getVoterRecommendations(query), placeholderData: keepPreviousData });
}

export function useVoterRecommendations(query: VoterRecommendationsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...voterRecommendationsQueryOptions(query), enabled });
}
