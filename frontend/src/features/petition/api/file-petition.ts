import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { FilingRequest, Petition } from './types';

export type FilePetitionInput = { id: string; body: FilingRequest };

/** POST /api/v1/petitions/{id}/filing — lưu đơn with a reason: RECEIVED → FILED. */
export async function filePetition({ id, body }: FilePetitionInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/filing', { params: { path: { id } }, body }));
}

export function filePetitionMutationOptions(): UseMutationOptions<Petition, Error, FilePetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'filing'], mutationFn: filePetition };
}

export function useFilePetition() {
  const queryClient = useQueryClient();
  return useMutation({ ...filePetitionMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
