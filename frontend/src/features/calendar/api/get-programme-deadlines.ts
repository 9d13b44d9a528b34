import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { DeadlineBoard } from './types';

/** GET /api/v1/programme-deadlines?on=DATE — per calendar and period kind: the last period and the next one due. */
export async function getProgrammeDeadlines(on: string): Promise<DeadlineBoard> {
  return unwrap(await api.GET('/api/v1/programme-deadlines', { params: { query: { on } } }));
}

export function programmeDeadlinesQueryOptions(on: string) {
  return queryOptions({ queryKey: calendarKeys.deadlines(on), queryFn: () => getProgrammeDeadlines(on) });
}

export function useProgrammeDeadlines(on: string) {
  return useQuery(programmeDeadlinesQueryOptions(on));
}
