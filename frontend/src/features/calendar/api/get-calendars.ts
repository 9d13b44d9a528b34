import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Calendar } from './types';

/** GET /api/v1/calendars — one calendar per leadership body, with its office and colour. */
export async function getCalendars(): Promise<Calendar[]> {
  return unwrap(await api.GET('/api/v1/calendars'));
}

export function calendarsQueryOptions() {
  return queryOptions({ queryKey: calendarKeys.calendars(), queryFn: getCalendars, staleTime: 10 * 60_000 });
}

export function useCalendars({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...calendarsQueryOptions(), enabled });
}
