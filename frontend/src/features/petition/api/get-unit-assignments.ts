import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { UnitAssignmentPage, UnitAssignmentsQuery } from './types';

/** GET /api/v1/petition-unit-assignments?open&q&page&size — what the caller's unit was asked to verify, by due date. */
export async function getUnitAssignments(query: UnitAssignmentsQuery): Promise<UnitAssignmentPage> {
  return unwrap(await api.GET('/api/v1/petition-unit-assignments', { params: { query } }));
}

export function unitAssignmentsQueryOptions(query: UnitAssignmentsQuery) {
  return queryOptions({ queryKey: petitionKeys.unitAssignments(query), queryFn: () => getUnitAssignments(query), placeholderData: keepPreviousData });
}

export function useUnitAssignments(query: UnitAssignmentsQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...unitAssignmentsQueryOptions(query), enabled });
}
