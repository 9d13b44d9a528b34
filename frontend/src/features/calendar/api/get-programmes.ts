import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { ProgrammePage, ProgrammesQuery } from './types';

/** GET /api/v1/programmes?calendarId&periodKind&status&periodFrom&periodTo&page&size */
export async function getProgrammes(query: ProgrammesQuery): Promise<ProgrammePage> {
  return unwrap(await api.GET('/api/v1/programmes', { params: { query } }));
}

export function programmesQueryOptions(query: ProgrammesQuery) {
  return queryOptions({
    queryKey: calendarKeys.programmeList(query),
    queryFn: () => getProgrammes(query),
    placeholderData: keepPreviousData,
  });
}

export function useProgrammes(query: ProgrammesQuery) {
  return useQuery(programmesQueryOptions(query));
}
