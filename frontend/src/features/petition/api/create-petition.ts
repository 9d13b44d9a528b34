import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { CreatedPetition, PetitionRequest } from './types';

export type CreatePetitionInput = { body: PetitionRequest; idempotencyKey: string };

/** POST /api/v1/petitions (Idempotency-Key) — tiếp nhận đơn: numbered per office and year, the identities sealed at once. */
export async function createPetition({ body, idempotencyKey }: CreatePetitionInput): Promise<CreatedPetition> {
  return unwrap(await api.POST('/api/v1/petitions', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export function createPetitionMutationOptions(): UseMutationOptions<CreatedPetition, Error, CreatePetitionInput> {
  return { mutationKey: [...petitionKeys.all, 'create'], mutationFn: createPetition };
}

export function useCreatePetition() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createPetitionMutationOptions(),
    onSuccess: (petition) => {
      queryClient.setQueryData(petitionKeys.detail(petition.id), petition);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: petitionKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: petitionKeys.allStatistics() }),
      ]);
    },
  });
}
