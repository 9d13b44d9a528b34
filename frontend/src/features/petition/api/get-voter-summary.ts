import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { voterKeys } from './keys';
import type { VoterSummary, VoterSummaryQuery } from './types';

/** GET /api/v1/voter-recommendations/summary?from&to — gathered, assigned, answered on time and late, overdue, by competent body. */
export async function getVoterSummary(query: VoterSummaryQuery): Promise<VoterSummary> {
  return unwrap(await api.GET('/api/v1/voter-recommendations/summary', { params: { query } }));
}

export function voterSummaryQueryOptions(query: VoterSummaryQuery) {
  return queryOptions({ queryKey: voterKeys.summary(query), queryFn: () => getVoterSummary(query), placeholderData: keepPreviousData });
}

export function useVoterSummary(query: VoterSummaryQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...voterSummaryQueryOptions(query), enabled });
}
