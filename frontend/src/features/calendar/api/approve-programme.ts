import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { programmeChanged } from './programme-cache';
import type { Programme, ApprovalRequest } from './types';

export type ApproveProgrammeInput = { id: string; body: ApprovalRequest };

/** POST /api/v1/programmes/{id}/approval — its leader approves it with the decision (CONSOLIDATED → APPROVED). */
export async function approveProgramme({ id, body }: ApproveProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/approval', { params: { path: { id } }, body }));
}

export function approveProgrammeMutationOptions(): UseMutationOptions<Programme, Error, ApproveProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'approveProgramme'], mutationFn: approveProgramme };
}

export function useApproveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ ...approveProgrammeMutationOptions(), onSuccess: (programme) => programmeChanged(queryClient, programme) });
}
