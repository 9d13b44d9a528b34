import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { UrgingLetter } from './types';

/** POST /api/v1/conclusion-urging-letters/{id}/sending — numbers the letter and records it as sent. */
export async function sendUrgingLetter(id: string): Promise<UrgingLetter> {
  return unwrap(await api.POST('/api/v1/conclusion-urging-letters/{id}/sending', { params: { path: { id } } }));
}

export function sendUrgingLetterMutationOptions(): UseMutationOptions<UrgingLetter, Error, string> {
  return { mutationKey: [...conclusionKeys.urgingLetters(), 'send'], mutationFn: sendUrgingLetter };
}

export function useSendUrgingLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    ...sendUrgingLetterMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conclusionKeys.urgingLetters() }),
  });
}
