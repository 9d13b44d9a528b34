import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { meetingKeys } from './keys';

export type DownloadDocumentInput = { meetingId: string; documentId: string; version: number; fileName: string };

/** GET /api/v1/meetings/{id}/documents/{documentId}/versions/{version}/content — the file (with the bearer token). */
export async function downloadDocument({ meetingId, documentId, version }: DownloadDocumentInput): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/documents/{documentId}/versions/{version}/content', {
      params: { path: { id: meetingId, documentId, version } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function downloadDocumentMutationOptions(): UseMutationOptions<void, Error, DownloadDocumentInput> {
  return {
    mutationKey: [...meetingKeys.all, 'documents', 'download'],
    mutationFn: async (input) => saveBlob(await downloadDocument(input), input.fileName),
  };
}

/** Downloads one version under its file name. */
export function useDownloadDocument() {
  return useMutation(downloadDocumentMutationOptions());
}
