import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { fileNameFrom, saveBlob } from '@/lib/download';
import { petitionKeys } from './keys';

export type DiscloseScanInput = { petitionId: string; scanId: string; position: number; reason: string };

/**
 * POST /api/v1/petitions/{id}/identity-scans/{scanId}/disclosures — a handler downloads a sealed handwriting scan, with a
 * reason recorded as a disclosure: the file and the name it was uploaded with (`ban-chup-<position>` if the response
 * names none). It goes straight to the browser's downloads; nothing is cached.
 */
export async function discloseScan({ petitionId, scanId, position, reason }: DiscloseScanInput): Promise<{ blob: Blob; fileName: string }> {
  const result = await api.POST('/api/v1/petitions/{id}/identity-scans/{scanId}/disclosures', {
    params: { path: { id: petitionId, scanId } },
    body: { reason },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as Blob;
  return { blob, fileName: fileNameFrom(result.response) ?? `ban-chup-${position}` };
}

export function discloseScanMutationOptions(): UseMutationOptions<void, Error, DiscloseScanInput> {
  return {
    mutationKey: [...petitionKeys.all, 'identity-scan'],
    mutationFn: async (input) => {
      const { blob, fileName } = await discloseScan(input);
      saveBlob(blob, fileName);
    },
    gcTime: 0,
  };
}

export function useDiscloseScan() {
  return useMutation(discloseScanMutationOptions());
}
