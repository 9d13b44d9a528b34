import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { meetingKeys } from './keys';
import type { TemplateFormat } from './types';

export type TemplateInput = { meetingId: string; format: TemplateFormat };

export function templateFileName({ format }: TemplateInput): string {
  return `mau-diem-cau.${format.toLowerCase()}`;
}

/** GET /api/v1/meetings/{id}/bridge-points/template?format — the columns the import reads, with an example row. */
export async function downloadBridgePointTemplate({ meetingId, format }: TemplateInput): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/bridge-points/template', {
      params: { path: { id: meetingId }, query: { format } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function downloadBridgePointTemplateMutationOptions(): UseMutationOptions<void, Error, TemplateInput> {
  return {
    mutationKey: [...meetingKeys.all, 'bridge-points', 'template'],
    mutationFn: async (input) => saveBlob(await downloadBridgePointTemplate(input), templateFileName(input)),
  };
}

export function useDownloadBridgePointTemplate() {
  return useMutation(downloadBridgePointTemplateMutationOptions());
}
