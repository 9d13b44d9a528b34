import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { petitionKeys } from './keys';
import type { StatisticsQuery } from './types';

export function statisticsFileName({ from, to }: StatisticsQuery): string {
  return `thong-ke-don-thu-${from}-${to}.xlsx`;
}

/** GET /api/v1/petition-statistics/export — the same figures as a spreadsheet with Vietnamese headings. */
export async function exportStatistics(query: StatisticsQuery): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/petition-statistics/export', { params: { query }, parseAs: 'blob' })) as Blob;
}

export function exportStatisticsMutationOptions(): UseMutationOptions<void, Error, StatisticsQuery> {
  return {
    mutationKey: [...petitionKeys.allStatistics(), 'export'],
    mutationFn: async (query) => saveBlob(await exportStatistics(query), statisticsFileName(query)),
  };
}

export function useExportStatistics() {
  return useMutation(exportStatisticsMutationOptions());
}
