import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { CompletionProposal, ConclusionTask } from './types';

export type ProposeCompletionInput = { taskId: string; body: CompletionProposal };

/** POST /api/v1/conclusion-tasks/{id}/completion-proposals — the lead unit proposes completion */
export async function proposeCompletion({ taskId, body }: ProposeCompletionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/completion-proposals', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function proposeCompletionMutationOptions(): UseMutationOptions<ConclusionTask, Error, ProposeCompletionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'proposeCompletion'], mutationFn: proposeCompletion };
}

export function useProposeCompletion() {
  const queryClient = useQueryClient();
  return useMutation({ ...proposeCompletionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
