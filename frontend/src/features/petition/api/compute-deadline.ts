import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Deadline, DeadlineQuery } from './types';

/** GET /api/v1/petition-deadlines?kind&stage&complexity&from — a statutory due date with its legal basis (422: no rule applies). */
export async function computeDeadline(query: DeadlineQuery): Promise<Deadline> {
  return unwrap(await api.GET('/api/v1/petition-deadlines', { params: { query } }));
}

export function deadlineQueryOptions(query: DeadlineQuery) {
  return queryOptions({ queryKey: petitionKeys.deadline(query), queryFn: () => computeDeadline(query), staleTime: 10 * 60_000, retry: false });
}

export function useDeadline(query: DeadlineQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...deadlineQueryOptions(query), enabled });
}
