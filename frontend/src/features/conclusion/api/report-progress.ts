import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { ProgressReport, ConclusionTask } from './types';

export type ReportProgressInput = { taskId: string; body: ProgressReport };

/** POST /api/v1/conclusion-tasks/{id}/progress-reports — an officer of the lead or a coordinating unit reports progress */
export async function reportProgress({ taskId, body }: ReportProgressInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/progress-reports', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function reportProgressMutationOptions(): UseMutationOptions<ConclusionTask, Error, ReportProgressInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'reportProgress'], mutationFn: reportProgress };
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({ ...reportProgressMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
