import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { receptionKeys } from './keys';
import { sessionChanged } from './reception-cache';
import type { ReceptionSession, ReceptionSessionRequest } from './types';

export type UpdateReceptionSessionInput = { id: string; version: number; body: ReceptionSessionRequest };

/** PUT /api/v1/reception-sessions/{id} with If-Match — while PLANNED; 412 when someone changed it meanwhile. */
export async function updateReceptionSession({ id, version, body }: UpdateReceptionSessionInput): Promise<ReceptionSession> {
  return unwrap(await api.PUT('/api/v1/reception-sessions/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body }));
}

export function updateReceptionSessionMutationOptions(): UseMutationOptions<ReceptionSession, Error, UpdateReceptionSessionInput> {
  return { mutationKey: [...receptionKeys.all, 'update'], mutationFn: updateReceptionSession };
}

export function useUpdateReceptionSession() {
  const queryClient = useQueryClient();
  return useMutation({ ...updateReceptionSessionMutationOptions(), onSuccess: (session) => sessionChanged(queryClient, session) });
}
