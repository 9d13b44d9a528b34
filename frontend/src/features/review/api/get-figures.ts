import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import type { ReviewFigures } from './types';

/**
 * GET /api/v1/reviews/{id}/figures — per office and in total against the previous period; computed afresh for a draft,
 * the frozen snapshot once finalised. A section whose feature is not in use is unavailable (never zeros).
 */
export async function getFigures(id: string): Promise<ReviewFigures> {
  return unwrap(await api.GET('/api/v1/reviews/{id}/figures', { params: { path: { id } } }));
}

export function figuresQueryOptions(id: string) {
  return queryOptions({ queryKey: reviewKeys.figures(id), queryFn: () => getFigures(id) });
}

export function useFigures(id: string) {
  return useQuery(figuresQueryOptions(id));
}
