import type { ReviewsQuery } from './types';

export const reviewKeys = {
  all: ['reviews'] as const,
  lists: () => [...reviewKeys.all, 'list'] as const,
  list: (query: ReviewsQuery) => [...reviewKeys.lists(), query] as const,
  details: () => [...reviewKeys.all, 'detail'] as const,
  /** a review and what hangs off it (its figures) */
  review: (id: string) => [...reviewKeys.details(), id] as const,
  detail: (id: string) => [...reviewKeys.review(id), 'review'] as const,
  figures: (id: string) => [...reviewKeys.review(id), 'figures'] as const,
  reference: () => [...reviewKeys.all, 'reference'] as const,
  rotation: () => [...reviewKeys.reference(), 'rotation'] as const,
  offices: () => [...reviewKeys.reference(), 'offices'] as const,
};
