import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import { findingsChanged } from './review-cache';
import type { Finding, FindingRequest } from './types';

export type AddFindingInput = { reviewId: string; body: FindingRequest };

/** POST /api/v1/reviews/{id}/findings — a result, shortcoming (with its cause), lesson or proposal, at the end of its part. */
export async function addFinding({ reviewId, body }: AddFindingInput): Promise<Finding> {
  return unwrap(await api.POST('/api/v1/reviews/{id}/findings', { params: { path: { id: reviewId } }, body }));
}

export function addFindingMutationOptions(): UseMutationOptions<Finding, Error, AddFindingInput> {
  return { mutationKey: [...reviewKeys.all, 'findings', 'add'], mutationFn: addFinding };
}

export function useAddFinding() {
  const queryClient = useQueryClient();
  return useMutation({ ...addFindingMutationOptions(), onSuccess: (_finding, { reviewId }) => findingsChanged(queryClient, reviewId) });
}
