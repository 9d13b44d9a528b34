import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { StaffMember } from './types';

/** GET /api/v1/petitions/{id}/assignable-handlers — for a leader of the receiving office: its active staff, and who already handles it. */
export async function getAssignableHandlers(id: string): Promise<StaffMember[]> {
  return unwrap(await api.GET('/api/v1/petitions/{id}/assignable-handlers', { params: { path: { id } } }));
}

export function assignableHandlersQueryOptions(id: string) {
  return queryOptions({ queryKey: petitionKeys.assignableHandlers(id), queryFn: () => getAssignableHandlers(id) });
}

export function useAssignableHandlers(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...assignableHandlersQueryOptions(id), enabled });
}
