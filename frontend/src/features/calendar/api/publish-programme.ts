import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { programmeChanged } from './programme-cache';
import type { Programme } from './types';

export type PublishProgrammeInput = { id: string };

/** POST /api/v1/programmes/{id}/publication — its leader publishes it (APPROVED → PUBLISHED). */
export async function publishProgramme({ id }: PublishProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/v1/programmes/{id}/publication', { params: { path: { id } } }));
}

export function publishProgrammeMutationOptions(): UseMutationOptions<Programme, Error, PublishProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'publishProgramme'], mutationFn: publishProgramme };
}

export function usePublishProgramme() {
  const queryClient = useQueryClient();
  return useMutation({ ...publishProgrammeMutationOptions(), onSuccess: (programme) => programmeChanged(queryClient, programme) });
}
