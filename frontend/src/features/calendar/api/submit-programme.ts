import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { programmeChanged } from './programme-cache';
import type { Programme } from './types';

export type SubmitProgrammeInput = { id: string };

/** POST /api/v1/programmes/{id}/submission — the owning office sends its draft (DRAFT|RETURNED → SUBMITTED). */
export async function submitProgramme({ id }: SubmitProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/submission', { params: { path: { id } } }));
}

export function submitProgrammeMutationOptions(): UseMutationOptions<Programme, Error, SubmitProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'submitProgramme'], mutationFn: submitProgramme };
}

export function useSubmitProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ ...submitProgrammeMutationOptions(), onSuccess: (programme) => programmeChanged(queryClient, programme) });
}
