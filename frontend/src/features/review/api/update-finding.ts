import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { isStale } from '../utils/errors';
import { reviewKeys } from './keys';
import { findingsChanged } from './review-cache';
import type { Finding, FindingRequest } from './types';

export type UpdateFindingInput = { reviewId: string; findingId: string; version: number; body: FindingRequest };

/** PUT /api/v1/reviews/{id}/findings/{findingId} with If-Match (the finding's version) — it stays in its part. */
export async function updateFinding({ reviewId, findingId, version, body }: UpdateFindingInput): Promise<Finding> {
  return unwrap(
    await api.PUT('/api/v1/reviews/{id}/findings/{findingId}', {
      params: { path: { id: reviewId, findingId }, header: { 'If-Match': etagOf(version) } },
      body,
    }),
  );
}

export function updateFindingMutationOptions(): UseMutationOptions<Finding, Error, UpdateFindingInput> {
  return { mutationKey: [...reviewKeys.all, 'findings', 'update'], mutationFn: updateFinding };
}

export function useUpdateFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateFindingMutationOptions(),
    onSuccess: (_finding, { reviewId }) => findingsChanged(queryClient, reviewId),
    // someone changed the findings meanwhile: show them as they are now
    onError: (error, { reviewId }) => (isStale(error) ? findingsChanged(queryClient, reviewId) : undefined),
  });
}
