import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { ReasonedDecision, ConclusionTask } from './types';

export type ReturnCompletionInput = { taskId: string; body: ReasonedDecision };

/** POST /api/v1/conclusion-tasks/{id}/completion-returns — the following office sends a proposed completion back */
export async function returnCompletion({ taskId, body }: ReturnCompletionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/completion-returns', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function returnCompletionMutationOptions(): UseMutationOptions<ConclusionTask, Error, ReturnCompletionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'returnCompletion'], mutationFn: returnCompletion };
}

export function useReturnCompletion() {
  const queryClient = useQueryClient();
  return useMutation({ ...returnCompletionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
