import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, RequestBody } from '@/lib/api/operations';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';

// Aliases of the generated OpenAPI types, taken from the operations like the feature's other types.
export type Holiday = OkBody<paths['/api/v1/holidays']['get']>[number];
export type HolidayRequest = RequestBody<paths['/api/v1/holidays']['post']>;
export type CreatedHoliday = CreatedBody<paths['/api/v1/holidays']['post']>;

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => [...holidayKeys.all, year] as const,
};

/** GET /api/v1/holidays?year= — the national days and the caller's jurisdiction's local days off, by day. */
export async function getHolidays(year: number): Promise<Holiday[]> {
  return unwrap(await api.GET('/api/v1/holidays', { params: { query: { year } } }));
}

export function useHolidays(year: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: holidayKeys.year(year), queryFn: () => getHolidays(year), enabled });
}

/** POST /api/v1/holidays — scope NATIONAL (national administrators) or LOCAL (the jurisdiction's administrator). */
export async function createHoliday(body: HolidayRequest): Promise<CreatedHoliday> {
  return unwrap(await api.POST('/api/v1/holidays', { body }));
}

export function useCreateHoliday() {
  const queryClient = useQueryClient();
  return useMutation({ mutationKey: [...holidayKeys.all, 'create'], mutationFn: createHoliday, onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }) });
}

/** DELETE /api/v1/holidays/{id} — a national day by a national administrator, a local one by its jurisdiction's administrator. */
export async function deleteHoliday(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/holidays/{id}', { params: { path: { id } } }));
}

export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({ mutationKey: [...holidayKeys.all, 'delete'], mutationFn: deleteHoliday, onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.all }) });
}
