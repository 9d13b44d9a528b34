import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionStatistics, StatisticsQuery } from './types';

/** GET /api/v1/conclusion-statistics?from&to[&issuingBodyId][&unitId][&officeId] */
export async function getStatistics(query: StatisticsQuery): Promise<ConclusionStatistics> {
  return unwrap(await api.GET('/api/v1/conclusion-statistics', { params: { query } }));
}

export function statisticsQueryOptions(query: StatisticsQuery) {
  return queryOptions({
    queryKey: conclusionKeys.statistics(query),
    queryFn: () => getStatistics(query),
    placeholderData: keepPreviousData,
  });
}

export function useStatistics(query: StatisticsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...statisticsQueryOptions(query), enabled });
}
