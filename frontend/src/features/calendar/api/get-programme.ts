import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Programme } from './types';

/** GET /api/v1/programmes/{id} */
export async function getProgramme(id: string): Promise<Programme> {
  return unwrap(await api.GET('/api/v1/programmes/{id}', { params: { path: { id } } }));
}

export function programmeQueryOptions(id: string) {
  return queryOptions({ queryKey: calendarKeys.programme(id), queryFn: () => getProgramme(id) });
}

export function useProgramme(id: string) {
  return useQuery(programmeQueryOptions(id));
}
