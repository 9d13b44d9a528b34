import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { ForwardingRequest, Petition } from './types';

export type ForwardPetitionInput = { id: string; body: ForwardingRequest };

/** POST /api/v1/petitions/{id}/forwardings — chuyển đơn: RECEIVED → FORWARDED with a forwarding letter to the named authority (400 without one). */
export async function forwardPetition({ id, body }: ForwardPetitionInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/forwardings', { params: { path: { id } }, body }));
}

export function forwardPetitionMutationOptions(): UseMutationOptions<Petition, Error, ForwardPetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'forwardings'], mutationFn: forwardPetition };
}

export function useForwardPetition() {
  const queryClient = useQueryClient();
  return useMutation({ ...forwardPetitionMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
