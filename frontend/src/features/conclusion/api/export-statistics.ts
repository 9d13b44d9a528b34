import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { conclusionKeys } from './keys';
import type { StatisticsQuery } from './types';

export function statisticsFileName(query: StatisticsQuery): string {
  return `thong-ke-nhiem-vu-${query.from}-${query.to}.xlsx`;
}

/** GET /api/v1/conclusion-statistics/export — the same figures as an XLSX file. */
export async function exportStatistics(query: StatisticsQuery): Promise<Blob> {
  return unwrap(await api.GET('/api/v1/conclusion-statistics/export', { params: { query }, parseAs: 'blob' })) as Blob;
}

export function exportStatisticsMutationOptions(): UseMutationOptions<void, Error, StatisticsQuery> {
  return {
    mutationKey: [...conclusionKeys.all, 'statistics', 'export'],
    mutationFn: async (query) => saveBlob(await exportStatistics(query), statisticsFileName(query)),
  };
}

/** Downloads the statistics spreadsheet ("Xuất Excel"). */
export function useExportStatistics() {
  return useMutation(exportStatisticsMutationOptions());
}
