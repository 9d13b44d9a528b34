import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Amendment } from './types';

/** GET /api/v1/programmes/{id}/amendments — the changes made after publishing (điều chỉnh). */
export async function getAmendments(id: string): Promise<Amendment[]> {
  return unwrap(await api.GET('/api/v1/programmes/{id}/amendments', { params: { path: { id } } }));
}

export function amendmentsQueryOptions(id: string) {
  return queryOptions({ queryKey: calendarKeys.amendments(id), queryFn: () => getAmendments(id) });
}

export function useAmendments(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...amendmentsQueryOptions(id), enabled });
}
