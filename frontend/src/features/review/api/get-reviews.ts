import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import type { ReviewPage, ReviewsQuery } from './types';

/** GET /api/v1/reviews?kind&status&year&hostOfficeId&q&page&size — one page, latest period first. */
export async function getReviews(query: ReviewsQuery): Promise<ReviewPage> {
  return unwrap(await api.GET('/api/v1/reviews', { params: { query } }));
}

export function reviewsQueryOptions(query: ReviewsQuery) {
  return queryOptions({ queryKey: reviewKeys.list(query), queryFn: () => getReviews(query), placeholderData: keepPreviousData });
}

export function useReviews(query: ReviewsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...reviewsQueryOptions(query), enabled });
}
