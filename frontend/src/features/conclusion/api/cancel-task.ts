import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { ReasonedDecision, ConclusionTask } from './types';

export type CancelTaskInput = { taskId: string; body: ReasonedDecision };

/** POST /api/v1/conclusion-tasks/{id}/cancellation — an office leader cancels a task */
export async function cancelTask({ taskId, body }: CancelTaskInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/cancellation', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function cancelTaskMutationOptions(): UseMutationOptions<ConclusionTask, Error, CancelTaskInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'cancelTask'], mutationFn: cancelTask };
}

export function useCancelTask() {
  const queryClient = useQueryClient();
  return useMutation({ ...cancelTaskMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
