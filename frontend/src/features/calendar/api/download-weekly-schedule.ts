import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { calendarKeys } from './keys';
import type { PeriodKind, ScheduleFormat } from './types';

export type WeeklyScheduleInput = { weekOf: string; format: ScheduleFormat; periodKind?: PeriodKind };

export function weeklyScheduleFileName({ weekOf, format }: WeeklyScheduleInput): string {
  return `lich-cong-tac-tuan-${weekOf}.${format.toLowerCase()}`;
}

/** GET /api/v1/calendar-items/weekly-schedule?weekOf&format — the printed "Lịch công tác tuần". */
export async function downloadWeeklySchedule({ weekOf, format, periodKind }: WeeklyScheduleInput): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/calendar-items/weekly-schedule', {
      params: { query: { weekOf, format, ...(periodKind ? { periodKind } : {}) } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function downloadWeeklyScheduleMutationOptions(): UseMutationOptions<void, Error, WeeklyScheduleInput> {
  return {
    mutationKey: [...calendarKeys.items(), 'weekly-schedule'],
    mutationFn: async (input) => saveBlob(await downloadWeeklySchedule(input), weeklyScheduleFileName(input)),
  };
}

/** "Tải lịch tuần (DOCX)" / "(XLSX)". */
export function useDownloadWeeklySchedule() {
  return useMutation(downloadWeeklyScheduleMutationOptions());
}
