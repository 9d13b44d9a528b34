import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { programmeChanged } from './programme-cache';
import type { Programme, ReturnRequest } from './types';

export type ReturnProgrammeInput = { id: string; body: ReturnRequest };

/** POST /api/v1/programmes/{id}/return — the Party Committee Office sends it back with a comment. */
export async function returnProgramme({ id, body }: ReturnProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/return', { params: { path: { id } }, body }));
}

export function returnProgrammeMutationOptions(): UseMutationOptions<Programme, Error, ReturnProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'returnProgramme'], mutationFn: returnProgramme };
}

export function useReturnProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ ...returnProgrammeMutationOptions(), onSuccess: (programme) => programmeChanged(queryClient, programme) });
}
