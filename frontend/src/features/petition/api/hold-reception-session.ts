import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import { sessionChanged } from './reception-cache';
import type { ReceptionHoldingRequest, ReceptionSession } from './types';

export type HoldReceptionSessionInput = { id: string; body: ReceptionHoldingRequest };

/** POST /api/v1/reception-sessions/{id}/holding — PLANNED → HELD with the citizens who came, the outcome and what they raised (no names). */
export async function holdReceptionSession({ id, body }: HoldReceptionSessionInput): Promise<ReceptionSession> {
  return unwrap(await api.POST('/api/v1/reception-sessions/{id}/holding', { params: { path: { id } }, body }));
}

export function holdReceptionSessionMutationOptions(): UseMutationOptions<ReceptionSession, Error, HoldReceptionSessionInput> {
  return { mutationKey: [...receptionKeys.all, 'holding'], mutationFn: holdReceptionSession };
}

export function useHoldReceptionSession() {
  const queryClient = useQueryClient();
  return useMutation({ ...holdReceptionSessionMutationOptions(), onSuccess: (session) => sessionChanged(queryClient, session) });
}
