import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { UploadedAttachment } from './types';

/** At most 20 MiB per file; the server checks it too (413). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What the server takes (it checks the first bytes, 415 otherwise). */
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.doc,.xls,.png,.jpg,.jpeg,.txt,.csv';

/**
 * POST /api/v1/attachments — multipart/form-data with one part `file` (the scan of a petition, its enclosures). The
 * contract types the binary part as a string, so the File goes into the form in the body serializer.
 */
export async function uploadAttachment(file: File): Promise<UploadedAttachment> {
  return unwrap(
    await api.POST('/api/v1/attachments', {
      body: { file: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

export function uploadAttachmentMutationOptions(): UseMutationOptions<UploadedAttachment, Error, File> {
  return { mutationKey: [...petitionKeys.attachments(), 'upload'], mutationFn: uploadAttachment };
}

export function useUploadAttachment() {
  return useMutation(uploadAttachmentMutationOptions());
}
