import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys, receptionKeys } from './keys';
import type { PetitionRequest, RecordedPetition } from './types';

export type RecordReceptionPetitionInput = { sessionId: string; body: PetitionRequest; idempotencyKey: string };

/** POST /api/v1/reception-sessions/{id}/petitions (Idempotency-Key) — a petition a citizen handed in at the session (IN_PERSON). */
export async function recordReceptionPetition({ sessionId, body, idempotencyKey }: RecordReceptionPetitionInput): Promise<RecordedPetition> {
  return unwrap(
    await api.POST('/api/v1/reception-sessions/{id}/petitions', {
      params: { path: { id: sessionId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function recordReceptionPetitionMutationOptions(): UseMutationOptions<RecordedPetition, Error, RecordReceptionPetitionInput> {
  return { mutationKey: [...receptionKeys.all, 'petitions', 'record'], mutationFn: recordReceptionPetition };
}

export function useRecordReceptionPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    ...recordReceptionPetitionMutationOptions(),
    onSuccess: (_petition, { sessionId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: receptionKeys.session(sessionId) }),
        queryClient.invalidateQueries({ queryKey: petitionKeys.lists() }),
      ]),
  });
}
