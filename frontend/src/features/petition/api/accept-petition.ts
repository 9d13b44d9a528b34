import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { AcceptanceRequest, Petition } from './types';

export type AcceptPetitionInput = { id: string; body: AcceptanceRequest };

/** POST /api/v1/petitions/{id}/acceptance — thụ lý: RECEIVED → ACCEPTED; the resolution is then due by statute. */
export async function acceptPetition({ id, body }: AcceptPetitionInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/acceptance', { params: { path: { id } }, body }));
}

export function acceptPetitionMutationOptions(): UseMutationOptions<Petition, Error, AcceptPetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'acceptance'], mutationFn: acceptPetition };
}

export function useAcceptPetition() {
  const queryClient = useQueryClient();
  return useMutation({ ...acceptPetitionMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
