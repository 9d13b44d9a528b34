import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { ClassificationRequest, Petition } from './types';

export type ClassifyPetitionInput = { id: string; body: ClassificationRequest };

/** POST /api/v1/petitions/{id}/classification — phân loại đơn: eligible or not (and why), complexity, remote area, complaint round. */
export async function classifyPetition({ id, body }: ClassifyPetitionInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/classification', { params: { path: { id } }, body }));
}

export function classifyPetitionMutationOptions(): UseMutationOptions<Petition, Error, ClassifyPetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'classification'], mutationFn: classifyPetition };
}

export function useClassifyPetition() {
  const queryClient = useQueryClient();
  return useMutation({ ...classifyPetitionMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
