import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import type { ReviewRotation } from './types';

/** GET /api/v1/review-rotation — the offices' hosting order and the office proposed to host the next yearly review. */
export async function getRotation(): Promise<ReviewRotation> {
  return unwrap(await api.GET('/api/v1/review-rotation'));
}

export function rotationQueryOptions() {
  return queryOptions({ queryKey: reviewKeys.rotation(), queryFn: getRotation, staleTime: 60_000 });
}

export function useRotation({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...rotationQueryOptions(), enabled });
}
