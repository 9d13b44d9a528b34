import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { Decision, ConclusionTask } from './types';

export type ConfirmCompletionInput = { taskId: string; body: Decision };

/** POST /api/v1/conclusion-tasks/{id}/completion-confirmations — the following office confirms a proposed completion */
export async function confirmCompletion({ taskId, body }: ConfirmCompletionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/completion-confirmations', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function confirmCompletionMutationOptions(): UseMutationOptions<ConclusionTask, Error, ConfirmCompletionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'confirmCompletion'], mutationFn: confirmCompletion };
}

export function useConfirmCompletion() {
  const queryClient = useQueryClient();
  return useMutation({ ...confirmCompletionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
