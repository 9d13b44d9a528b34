import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { programmeChanged } from './programme-cache';
import type { Programme } from './types';

export type ConsolidateProgrammeInput = { id: string };

/** POST /api/v1/programmes/{id}/consolidation — the Party Committee Office consolidates it (SUBMITTED → CONSOLIDATED). */
export async function consolidateProgramme({ id }: ConsolidateProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/consolidation', { params: { path: { id } } }));
}

export function consolidateProgrammeMutationOptions(): UseMutationOptions<Programme, Error, ConsolidateProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'consolidateProgramme'], mutationFn: consolidateProgramme };
}

export function useConsolidateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ ...consolidateProgrammeMutationOptions(), onSuccess: (programme) => programmeChanged(queryClient, programme) });
}
