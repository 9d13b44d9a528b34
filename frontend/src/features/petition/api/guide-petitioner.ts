import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { GuidanceRequest, Petition } from './types';

export type GuidePetitionerInput = { id: string; body: GuidanceRequest };

/** POST /api/v1/petitions/{id}/guidance — hướng dẫn: RECEIVED → GUIDED with a guidance letter to the petitioner. */
export async function guidePetitioner({ id, body }: GuidePetitionerInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/guidance', { params: { path: { id } }, body }));
}

export function guidePetitionerMutationOptions(): UseMutationOptions<Petition, Error, GuidePetitionerInput> {
  return { mutationKey: [...petitionKeys.all, 'guidance'], mutationFn: guidePetitioner };
}

export function useGuidePetitioner() {
  const queryClient = useQueryClient();
  return useMutation({ ...guidePetitionerMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
