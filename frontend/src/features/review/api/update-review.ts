import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { reviewKeys } from './keys';
import { reviewChanged } from './review-cache';
import type { Review, ReviewRequest } from './types';

export type UpdateReviewInput = { id: string; version: number; body: ReviewRequest };

/** PUT /api/v1/reviews/{id} with If-Match — a draft's kind, title, period and participants; 412 when changed meanwhile. */
export async function updateReview({ id, version, body }: UpdateReviewInput): Promise<Review> {
  return unwrap(await api.PUT('/api/v1/reviews/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body }));
}

export function updateReviewMutationOptions(): UseMutationOptions<Review, Error, UpdateReviewInput> {
  return { mutationKey: [...reviewKeys.all, 'update'], mutationFn: updateReview };
}

export function useUpdateReview() {
  const queryClient = useQueryClient();
  return useMutation({ ...updateReviewMutationOptions(), onSuccess: (review) => reviewChanged(queryClient, review) });
}
