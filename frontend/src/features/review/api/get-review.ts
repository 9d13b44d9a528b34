import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import type { Review } from './types';

/** GET /api/v1/reviews/{id} — with its findings, the progress of the proposals' tasks and what the caller may do (allowedActions). */
export async function getReview(id: string): Promise<Review> {
  return unwrap(await api.GET('/api/v1/reviews/{id}', { params: { path: { id } } }));
}

export function reviewQueryOptions(id: string) {
  return queryOptions({ queryKey: reviewKeys.detail(id), queryFn: () => getReview(id) });
}

export function useReview(id: string) {
  return useQuery(reviewQueryOptions(id));
}
