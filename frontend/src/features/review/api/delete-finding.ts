import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { isStale } from '../utils/errors';
import { reviewKeys } from './keys';
import { findingsChanged } from './review-cache';

export type DeleteFindingInput = { reviewId: string; findingId: string; version: number };

/** DELETE /api/v1/reviews/{id}/findings/{findingId} with If-Match — the findings after it move up; a task's proposal stays (409). */
export async function deleteFinding({ reviewId, findingId, version }: DeleteFindingInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/reviews/{id}/findings/{findingId}', {
      params: { path: { id: reviewId, findingId }, header: { 'If-Match': etagOf(version) } },
    }),
  );
}

export function deleteFindingMutationOptions(): UseMutationOptions<void, Error, DeleteFindingInput> {
  return { mutationKey: [...reviewKeys.all, 'findings', 'delete'], mutationFn: deleteFinding };
}

export function useDeleteFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteFindingMutationOptions(),
    onSuccess: (_none, { reviewId }) => findingsChanged(queryClient, reviewId),
    // someone changed the findings meanwhile: show them as they are now
    onError: (error, { reviewId }) => (isStale(error) ? findingsChanged(queryClient, reviewId) : undefined),
  });
}
