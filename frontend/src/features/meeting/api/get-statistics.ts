import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingStatistics, StatisticsQuery } from './types';

/** GET /api/v1/meeting-statistics?from&to&officeId&bodyId&kindId — the meetings held in a period, in figures. */
export async function getStatistics(query: StatisticsQuery): Promise<MeetingStatistics> {
  return unwrap(await api.GET('/api/v1/meeting-statistics', { params: { query } }));
}

export function statisticsQueryOptions(query: StatisticsQuery) {
  return queryOptions({ queryKey: meetingKeys.statistics(query), queryFn: () => getStatistics(query), placeholderData: keepPreviousData });
}

export function useStatistics(query: StatisticsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...statisticsQueryOptions(query), enabled });
}
