import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import { reviewChanged } from './review-cache';
import type { Review } from './types';

export type FinaliseReviewInput = { id: string };

/** POST /api/v1/reviews/{id}/finalisation — DRAFT → FINALISED by a leader of the host office; the figures are frozen. */
export async function finaliseReview({ id }: FinaliseReviewInput): Promise<Review> {
  return unwrap(await api.POST('/api/v1/reviews/{id}/finalisation', { params: { path: { id } } }));
}

export function finaliseReviewMutationOptions(): UseMutationOptions<Review, Error, FinaliseReviewInput> {
  return { mutationKey: [...reviewKeys.all, 'finalisation'], mutationFn: finaliseReview };
}

export function useFinaliseReview() {
  const queryClient = useQueryClient();
  return useMutation({ ...finaliseReviewMutationOptions(), onSuccess: (review) => reviewChanged(queryClient, review) });
}
