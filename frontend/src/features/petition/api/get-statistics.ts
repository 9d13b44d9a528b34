import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { PetitionStatistics, StatisticsQuery } from './types';

/** GET /api/v1/petition-statistics?from&to&officeId&bodyId — the petitions received in a period, in figures (counts only). */
export async function getStatistics(query: StatisticsQuery): Promise<PetitionStatistics> {
  return unwrap(await api.GET('/api/v1/petition-statistics', { params: { query } }));
}

export function statisticsQueryOptions(query: StatisticsQuery) {
  return queryOptions({ queryKey: petitionKeys.statistics(query), queryFn: () => getStatistics(query), placeholderData: keepPreviousData });
}

export function useStatistics(query: StatisticsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...statisticsQueryOptions(query), enabled });
}
