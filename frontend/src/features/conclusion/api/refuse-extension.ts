import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { ReasonedDecision, ConclusionTask } from './types';

export type RefuseExtensionInput = { taskId: string; requestId: string; body: ReasonedDecision };

/** POST /api/v1/conclusion-tasks/{id}/extension-requests/{requestId}/refusal — an office leader refuses an extension */
export async function refuseExtension({ taskId, requestId, body }: RefuseExtensionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/extension-requests/{requestId}/refusal', {
      params: { path: { id: taskId, requestId } },
      body,
    }),
  );
}

export function refuseExtensionMutationOptions(): UseMutationOptions<ConclusionTask, Error, RefuseExtensionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'refuseExtension'], mutationFn: refuseExtension };
}

export function useRefuseExtension() {
  const queryClient = useQueryClient();
  return useMutation({ ...refuseExtensionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
