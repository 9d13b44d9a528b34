import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import { recommendationChanged } from './voter-cache';
import type { CreatedVoterRecommendation, VoterRecommendationRequest } from './types';

export type CreateVoterRecommendationInput = { body: VoterRecommendationRequest; idempotencyKey: string };

/** POST /api/v1/voter-recommendations (Idempotency-Key) — a recommendation gathered at a voter meeting. */
export async function createVoterRecommendation({ body, idempotencyKey }: CreateVoterRecommendationInput): Promise<CreatedVoterRecommendation> {
  return unwrap(await api.POST('/api/v1/voter-recommendations', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export function createVoterRecommendationMutationOptions(): UseMutationOptions<CreatedVoterRecommendation, Error, CreateVoterRecommendationInput> {
  return { mutationKey: [...voterKeys.all, 'create'], mutationFn: createVoterRecommendation };
}

export function useCreateVoterRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({ ...createVoterRecommendationMutationOptions(), onSuccess: (r) => recommendationChanged(queryClient, r) });
}
