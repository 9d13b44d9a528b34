import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { Decision, ConclusionTask } from './types';

export type ApproveExtensionInput = { taskId: string; requestId: string; body: Decision };

/** POST /api/v1/conclusion-tasks/{id}/extension-requests/{requestId}/approval — an office leader approves an extension */
export async function approveExtension({ taskId, requestId, body }: ApproveExtensionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/extension-requests/{requestId}/approval', {
      params: { path: { id: taskId, requestId } },
      body,
    }),
  );
}

export function approveExtensionMutationOptions(): UseMutationOptions<ConclusionTask, Error, ApproveExtensionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'approveExtension'], mutationFn: approveExtension };
}

export function useApproveExtension() {
  const queryClient = useQueryClient();
  return useMutation({ ...approveExtensionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
