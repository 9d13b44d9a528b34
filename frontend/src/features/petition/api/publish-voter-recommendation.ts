import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import { recommendationChanged } from './voter-cache';
import type { VoterRecommendation } from './types';

/** POST /api/v1/voter-recommendations/{id}/publication — an answered recommendation appears on the e-portal with its answer. */
export async function publishVoterRecommendation(id: string): Promise<VoterRecommendation> {
  return unwrap(await api.POST('/api/v1/voter-recommendations/{id}/publication', { params: { path: { id } } }));
}

export function publishVoterRecommendationMutationOptions(): UseMutationOptions<VoterRecommendation, Error, string> {
  return { mutationKey: [...voterKeys.all, 'publication'], mutationFn: publishVoterRecommendation };
}

export function usePublishVoterRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({ ...publishVoterRecommendationMutationOptions(), onSuccess: (r) => recommendationChanged(queryClient, r) });
}
