import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import { recommendationChanged } from './voter-cache';
import type { VoterRecommendationAnswer, VoterRecommendation } from './types';

export type AnswerVoterRecommendationInput = { id: string; body: VoterRecommendationAnswer };

/** POST /api/v1/voter-recommendations/{id}/answer — ASSIGNED → ANSWERED. */
export async function answerVoterRecommendation({ id, body }: AnswerVoterRecommendationInput): Promise<VoterRecommendation> {
  return unwrap(await api.POST('/api/v1/voter-recommendations/{id}/answer', { params: { path: { id } }, body }));
}

export function answerVoterRecommendationMutationOptions(): UseMutationOptions<VoterRecommendation, Error, AnswerVoterRecommendationInput> {
  return { mutationKey: [...voterKeys.all, 'answer'], mutationFn: answerVoterRecommendation };
}

export function useAnswerVoterRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({ ...answerVoterRecommendationMutationOptions(), onSuccess: (r) => recommendationChanged(queryClient, r) });
}
