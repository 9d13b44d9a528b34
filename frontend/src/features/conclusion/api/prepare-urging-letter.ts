import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { UrgingLetterRequest } from './types';

/** POST /api/v1/conclusion-urging-letters — a letter to a unit listing its overdue tasks (409: none overdue). */
export async function prepareUrgingLetter(body: UrgingLetterRequest): Promise<void> {
  unwrap(await api.POST('/api/v1/conclusion-urging-letters', { body }));
}

export function prepareUrgingLetterMutationOptions(): UseMutationOptions<void, Error, UrgingLetterRequest> {
  return { mutationKey: [...conclusionKeys.urgingLetters(), 'prepare'], mutationFn: prepareUrgingLetter };
}

export function usePrepareUrgingLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    ...prepareUrgingLetterMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conclusionKeys.urgingLetters() }),
  });
}
