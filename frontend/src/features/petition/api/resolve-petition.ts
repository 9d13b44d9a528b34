import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { ResolutionRequest, Petition } from './types';

export type ResolvePetitionInput = { id: string; body: ResolutionRequest };

/** POST /api/v1/petitions/{id}/resolution — kết quả giải quyết: ACCEPTED → RESOLVED, on time or late. */
export async function resolvePetition({ id, body }: ResolvePetitionInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/resolution', { params: { path: { id } }, body }));
}

export function resolvePetitionMutationOptions(): UseMutationOptions<Petition, Error, ResolvePetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'resolution'], mutationFn: resolvePetition };
}

export function useResolvePetition() {
  const queryClient = useQueryClient();
  return useMutation({ ...resolvePetitionMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
