import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import { sessionChanged } from './reception-cache';
import type { CreatedReceptionSession, ReceptionSessionRequest } from './types';

export type CreateReceptionSessionInput = { body: ReceptionSessionRequest; idempotencyKey: string };

/** POST /api/v1/reception-sessions (Idempotency-Key) — plan a reception day or a joint reception; clashes come back. */
export async function createReceptionSession({ body, idempotencyKey }: CreateReceptionSessionInput): Promise<CreatedReceptionSession> {
  return unwrap(await api.POST('/api/v1/reception-sessions', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export function createReceptionSessionMutationOptions(): UseMutationOptions<CreatedReceptionSession, Error, CreateReceptionSessionInput> {
  return { mutationKey: [...receptionKeys.all, 'create'], mutationFn: createReceptionSession };
}

export function useCreateReceptionSession() {
  const queryClient = useQueryClient();
  return useMutation({ ...createReceptionSessionMutationOptions(), onSuccess: (session) => sessionChanged(queryClient, session) });
}
