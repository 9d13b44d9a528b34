import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { UnitAssignment, UnitReportRequest } from './types';

export type ReportVerificationInput = { id: string; body: UnitReportRequest };

/** POST /api/v1/petition-unit-assignments/{id}/report — the unit's result, once; the receiving office is told. */
export async function reportVerification({ id, body }: ReportVerificationInput): Promise<UnitAssignment> {
  return unwrap(await api.POST('/api/v1/petition-unit-assignments/{id}/report', { params: { path: { id } }, body }));
}

export function reportVerificationMutationOptions(): UseMutationOptions<UnitAssignment, Error, ReportVerificationInput> {
  return { mutationKey: [...petitionKeys.unitAssignmentLists(), 'report'], mutationFn: reportVerification };
}

export function useReportVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    ...reportVerificationMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: petitionKeys.unitAssignmentLists() }),
  });
}
