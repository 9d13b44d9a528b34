import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import { recommendationChanged } from './voter-cache';
import type { VoterRecommendationAssignment, VoterRecommendation } from './types';

export type AssignVoterRecommendationInput = { id: string; body: VoterRecommendationAssignment };

/** POST /api/v1/voter-recommendations/{id}/assignment — to a unit or a named authority, with the statutory deadline unless one is given. */
export async function assignVoterRecommendation({ id, body }: AssignVoterRecommendationInput): Promise<VoterRecommendation> {
  return unwrap(await api.POST('/api/v1/voter-recommendations/{id}/assignment', { params: { path: { id } }, body }));
}

export function assignVoterRecommendationMutationOptions(): UseMutationOptions<VoterRecommendation, Error, AssignVoterRecommendationInput> {
  return { mutationKey: [...voterKeys.all, 'assignment'], mutationFn: assignVoterRecommendation };
}

export function useAssignVoterRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({ ...assignVoterRecommendationMutationOptions(), onSuccess: (r) => recommendationChanged(queryClient, r) });
}
