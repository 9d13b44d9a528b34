import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { UnitAssignmentRequest, Petition } from './types';

export type AskUnitInput = { id: string; body: UnitAssignmentRequest };

/** POST /api/v1/petitions/{id}/unit-assignments — đề nghị đơn vị xác minh, báo cáo by a date. */
export async function askUnit({ id, body }: AskUnitInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/unit-assignments', { params: { path: { id } }, body }));
}

export function askUnitMutationOptions(): UseMutationOptions<Petition, Error, AskUnitInput> {
  return { mutationKey: [...petitionKeys.all, 'unit-assignments'], mutationFn: askUnit };
}

export function useAskUnit() {
  const queryClient = useQueryClient();
  return useMutation({ ...askUnitMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
