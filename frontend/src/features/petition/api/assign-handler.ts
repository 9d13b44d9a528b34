import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { HandlerRequest, Petition } from './types';

export type AssignHandlerInput = { id: string; body: HandlerRequest };

/** POST /api/v1/petitions/{id}/handlers — giao cán bộ xử lý: a leader of the receiving office assigns one of its staff, who is told. */
export async function assignHandler({ id, body }: AssignHandlerInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/handlers', { params: { path: { id } }, body }));
}

export function assignHandlerMutationOptions(): UseMutationOptions<Petition, Error, AssignHandlerInput> {
  return { mutationKey: [...petitionKeys.all, 'handlers'], mutationFn: assignHandler };
}

export function useAssignHandler() {
  const queryClient = useQueryClient();
  return useMutation({ ...assignHandlerMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
