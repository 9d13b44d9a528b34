import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { CaseLinkRequest, Petition } from './types';

export type LinkCaseInput = { id: string; body: CaseLinkRequest };

/** POST /api/v1/petitions/{id}/case — gộp vào vụ việc: this petition and the others named join one case. */
export async function linkCase({ id, body }: LinkCaseInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/case', { params: { path: { id } }, body }));
}

export function linkCaseMutationOptions(): UseMutationOptions<Petition, Error, LinkCaseInput> {
  return { mutationKey: [...petitionKeys.all, 'case'], mutationFn: linkCase };
}

export function useLinkCase() {
  const queryClient = useQueryClient();
  return useMutation({
    ...linkCaseMutationOptions(),
    // the other petitions of the case changed too
    onSuccess: async (petition) => {
      await petitionChanged(queryClient, petition);
      await queryClient.invalidateQueries({ queryKey: petitionKeys.details() });
    },
  });
}
