import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import type { VoterRecommendation } from './types';

/** GET /api/v1/voter-recommendations/{id} — with its assignment, deadline, answer and allowed actions. */
export async function getVoterRecommendation(id: string): Promise<VoterRecommendation> {
  return unwrap(await api.GET('/api/v1/voter-recommendations/{id}', { params: { path: { id } } }));
}

export function voterRecommendationQueryOptions(id: string) {
  return queryOptions({ queryKey: voterKeys.detail(id), queryFn: () => getVoterRecommendation(id) });
}

export function useVoterRecommendation(id: string) {
  return useQuery(voterRecommendationQueryOptions(id));
}
