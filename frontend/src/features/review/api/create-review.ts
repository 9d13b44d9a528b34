import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import type { CreatedReview, ReviewRequest } from './types';

export type CreateReviewInput = { body: ReviewRequest; idempotencyKey: string };

/** POST /api/v1/reviews (Idempotency-Key) — a DRAFT review hosted by the caller's office. */
export async function createReview({ body, idempotencyKey }: CreateReviewInput): Promise<CreatedReview> {
  return unwrap(await api.POST('/api/v1/reviews', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export function createReviewMutationOptions(): UseMutationOptions<CreatedReview, Error, CreateReviewInput> {
  return { mutationKey: [...reviewKeys.all, 'create'], mutationFn: createReview };
}

export function useCreateReview() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createReviewMutationOptions(),
    onSuccess: (review) => {
      queryClient.setQueryData(reviewKeys.detail(review.id), review);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: reviewKeys.rotation() }),
      ]);
    },
  });
}
