import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import type { ReceptionSessionPage, ReceptionSessionsQuery } from './types';

/** GET /api/v1/reception-sessions?from&to&kind&status&officeId&q&page&size — reception sessions by start time. */
export async function getReceptionSessions(query: ReceptionSessionsQuery): Promise<ReceptionSessionPage> {
  return unwrap(await api.GET('/api/v1/reception-sessions', { params: { query } }));
}

export function receptionSessionsQueryOptions(query: ReceptionSessionsQuery) {
  return queryOptions({ queryKey: receptionKeys.list(query), queryFn: () => getReceptionSessions(query), placeholderData: keepPreviousData });
}

export function useReceptionSessions(query: ReceptionSessionsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...receptionSessionsQueryOptions(query), enabled });
}
