import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import { taskChanged } from './task-cache';
import type { ExtensionRequest, ConclusionTask } from './types';

export type RequestExtensionInput = { taskId: string; body: ExtensionRequest };

/** POST /api/v1/conclusion-tasks/{id}/extension-requests — the lead unit asks for a later deadline */
export async function requestExtension({ taskId, body }: RequestExtensionInput): Promise<ConclusionTask> {
  return unwrap(
    await api.POST('/api/v1/conclusion-tasks/{id}/extension-requests', {
      params: { path: { id: taskId } },
      body,
    }),
  );
}

export function requestExtensionMutationOptions(): UseMutationOptions<ConclusionTask, Error, RequestExtensionInput> {
  return { mutationKey: [...conclusionKeys.tasks(), 'requestExtension'], mutationFn: requestExtension };
}

export function useRequestExtension() {
  const queryClient = useQueryClient();
  return useMutation({ ...requestExtensionMutationOptions(), onSuccess: (task) => taskChanged(queryClient, task) });
}
