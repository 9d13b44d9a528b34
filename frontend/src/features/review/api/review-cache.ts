import type { QueryClient } from '@tanstack/react-query';
import { reviewKeys } from './keys';
import type { Review } from './types';

/** After an edit or the finalisation: keep the returned review, let its figures (period, offices, frozen) and the lists fetch again. */
export async function reviewChanged(queryClient: QueryClient, review: Review): Promise<void> {
  queryClient.setQueryData(reviewKeys.detail(review.id), review);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reviewKeys.figures(review.id) }),
    queryClient.invalidateQueries({ queryKey: reviewKeys.lists() }),
  ]);
}

/** After a finding changed (added, rewritten, removed, turned into a task): the review, which lists them and holds the version. */
export async function findingsChanged(queryClient: QueryClient, reviewId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: reviewKeys.detail(reviewId) });
}
