import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { petitionKeys } from './keys';
import type { Attachment } from './types';

/** GET /api/v1/attachments/{id}/content — the file's bytes (with the bearer token, so not a plain link). */
export async function downloadAttachment(id: string): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/attachments/{id}/content', { params: { path: { id } }, parseAs: 'blob' })) as Blob;
}

export function downloadAttachmentMutationOptions(): UseMutationOptions<void, Error, Attachment> {
  return {
    mutationKey: [...petitionKeys.attachments(), 'download'],
    mutationFn: async (attachment) => saveBlob(await downloadAttachment(attachment.id), attachment.fileName),
  };
}

export function useDownloadAttachment() {
  return useMutation(downloadAttachmentMutationOptions());
}
