import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionDetails, ConclusionDocument } from './types';

export type UpdateConclusionInput = { id: string; version: number; body: ConclusionDetails };

/** The ETag of a document's version, as the GET sends it and If-Match expects it: `"3"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** PUT /api/v1/conclusions/{id} with If-Match — 412 when someone else changed the document meanwhile. */
export async function updateConclusion({ id, version, body }: UpdateConclusionInput): Promise<ConclusionDocument> {
  return unwrap(
    await api.PUT('/api/v1/conclusions/{id}', {
      params: { path: { id }, header: { 'If-Match': etagOf(version) } },
      body,
    }),
  );
}

export function updateConclusionMutationOptions(): UseMutationOptions<ConclusionDocument, Error, UpdateConclusionInput> {
  return { mutationKey: [...conclusionKeys.documents(), 'update'], mutationFn: updateConclusion };
}

/** Keeps the returned document and refetches its tasks; the lists showing its number or date go stale. */
export function useUpdateConclusion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateConclusionMutationOptions(),
    onSuccess: async (document) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: conclusionKeys.documents(), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: conclusionKeys.tasks(), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: conclusionKeys.allStatistics(), refetchType: 'none' }),
      ]);
      // setting the data after the invalidation leaves the notice fresh
      queryClient.setQueryData(conclusionKeys.document(document.id), document);
      await queryClient.refetchQueries({ queryKey: conclusionKeys.documentTasks(document.id) });
    },
  });
}
