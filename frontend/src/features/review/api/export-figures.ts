import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { fileSlug } from '../utils/format';
import { reviewKeys } from './keys';

export type ExportFiguresInput = { id: string; number: string };

export function figuresFileName(number: string): string {
  return `so-lieu-danh-gia-${fileSlug(number)}.xlsx`;
}

/** GET /api/v1/reviews/{id}/figures/export — the same figures as a spreadsheet, with the bearer token. */
export async function exportFigures({ id }: ExportFiguresInput): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/reviews/{id}/figures/export', { params: { path: { id } }, parseAs: 'blob' })) as Blob;
}

export function exportFiguresMutationOptions(): UseMutationOptions<void, Error, ExportFiguresInput> {
  return {
    mutationKey: [...reviewKeys.all, 'figures', 'export'],
    mutationFn: async (input) => saveBlob(await exportFigures(input), figuresFileName(input.number)),
  };
}

export function useExportFigures() {
  return useMutation(exportFiguresMutationOptions());
}
