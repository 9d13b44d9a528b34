import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { Programme, ProgrammeRequest } from './types';

export type CreateProgrammeInput = { body: ProgrammeRequest; idempotencyKey: string };

/** POST /api/v1/programmes (Idempotency-Key) — a new draft programme; 409 when the period already has one. */
export async function createProgramme({ body, idempotencyKey }: CreateProgrammeInput): Promise<Programme> {
  return unwrap(
    await api.POST('/api/v1/programmes', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

export function createProgrammeMutationOptions(): UseMutationOptions<Programme, Error, CreateProgrammeInput> {
  return { mutationKey: [...calendarKeys.programmes(), 'create'], mutationFn: createProgramme };
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createProgrammeMutationOptions(),
    onSuccess: (programme) => {
      queryClient.setQueryData(calendarKeys.programme(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: calendarKeys.programmes() });
    },
  });
}
