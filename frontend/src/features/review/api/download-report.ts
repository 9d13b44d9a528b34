import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { fileSlug } from '../utils/format';
import { reviewKeys } from './keys';

export type DownloadReportInput = { id: string; number: string };

export function reportFileName(number: string): string {
  return `bao-cao-danh-gia-${fileSlug(number)}.docx`;
}

/** GET /api/v1/reviews/{id}/report — the Vietnamese report (DOCX; a draft is marked DỰ THẢO), with the bearer token. */
export async function downloadReport({ id }: DownloadReportInput): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/reviews/{id}/report', { params: { path: { id } }, parseAs: 'blob' })) as Blob;
}

export function downloadReportMutationOptions(): UseMutationOptions<void, Error, DownloadReportInput> {
  return {
    mutationKey: [...reviewKeys.all, 'report'],
    mutationFn: async (input) => saveBlob(await downloadReport(input), reportFileName(input.number)),
  };
}

export function useDownloadReport() {
  return useMutation(downloadReportMutationOptions());
}
