import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { petitionKeys } from './keys';

export type DiscloseScanInput = { petitionId: string; scanId: string; position: number; reason: string };

/**
 * POST /api/v1/petitions/{id}/identity-scans/{scanId}/disclosures — a handler downloads a sealed handwriting scan, with a
 * reason recorded as a disclosure. The file goes straight to the browser's downloads; nothing is cached.
 */
export async function discloseScan({ petitionId, scanId, reason }: DiscloseScanInput): Promise<Blob> {
  return unwrap(
    await api.POST('/api/v1/petitions/{id}/identity-scans/{scanId}/disclosures', {
      params: { path: { id: petitionId, scanId } },
      body: { reason },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function discloseScanMutationOptions(): UseMutationOptions<void, Error, DiscloseScanInput> {
  return {
    mutationKey: [...petitionKeys.all, 'identity-scan'],
    mutationFn: async (input) => saveBlob(await discloseScan(input), `ban-chup-${input.position}`),
    gcTime: 0,
  };
}

export function useDiscloseScan() {
  return useMutation(discloseScanMutationOptions());
}
