import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { receptionKeys } from './keys';
import { sessionChanged } from './reception-cache';
import type { ReceptionCancellationRequest, ReceptionSession } from './types';

export type CancelReceptionSessionInput = { id: string; body: ReceptionCancellationRequest };

/** POST /api/v1/reception-sessions/{id}/cancellation — PLANNED → CANCELLED with a reason told to the participating offices. */
export async function cancelReceptionSession({ id, body }: CancelReceptionSessionInput): Promise<ReceptionSession> {
  return unwrap(await api.POST('/api/v1/reception-sessions/{id}/cancellation', { params: { path: { id } }, body }));
}

export function cancelReceptionSessionMutationOptions(): UseMutationOptions<ReceptionSession, Error, CancelReceptionSessionInput> {
  return { mutationKey: [...receptionKeys.all, 'cancellation'], mutationFn: cancelReceptionSession };
}

export function useCancelReceptionSession() {
  const queryClient = useQueryClient();
  return useMutation({ ...cancelReceptionSessionMutationOptions(), onSuccess: (session) => sessionChanged(queryClient, session) });
}
