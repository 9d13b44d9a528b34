import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { PetitionCase } from './types';

/** GET /api/v1/petition-cases/{caseId} — a case (vụ việc) and its petitions, oldest first. */
export async function getPetitionCase(caseId: string): Promise<PetitionCase> {
  return unwrap(await api.GET('/api/v1/petition-cases/{caseId}', { params: { path: { caseId } } }));
}

export function petitionCaseQueryOptions(caseId: string) {
  return queryOptions({ queryKey: petitionKeys.case(caseId), queryFn: () => getPetitionCase(caseId) });
}

export function usePetitionCase(caseId: string | null) {
  return useQuery({ ...petitionCaseQueryOptions(caseId ?? ''), enabled: !!caseId });
}
