import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import type { ReceptionSession } from './types';

/** GET /api/v1/reception-sessions/{id} — with its leaders, offices, outcome, clashes and allowed actions; never a citizen's name. */
export async function getReceptionSession(id: string): Promise<ReceptionSession> {
  return unwrap(await api.GET('/api/v1/reception-sessions/{id}', { params: { path: { id } } }));
}

export function receptionSessionQueryOptions(id: string) {
  return queryOptions({ queryKey: receptionKeys.detail(id), queryFn: () => getReceptionSession(id) });
}

export function useReceptionSession(id: string) {
  return useQuery(receptionSessionQueryOptions(id));
}
