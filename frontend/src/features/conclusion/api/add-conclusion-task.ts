import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { AddedTask, AddTaskRequest } from './types';

export type AddConclusionTaskInput = { documentId: string; body: AddTaskRequest };

/** POST /api/v1/conclusions/{id}/tasks — the recording office adds a task to a notice (field errors name `units`, `deadline`…). */
export async function addConclusionTask({ documentId, body }: AddConclusionTaskInput): Promise<AddedTask> {
  return unwrap(await api.POST('/api/v1/conclusions/{id}/tasks', { params: { path: { id: documentId } }, body }));
}

export function addConclusionTaskMutationOptions(): UseMutationOptions<AddedTask, Error, AddConclusionTaskInput> {
  return { mutationKey: [...conclusionKeys.documents(), 'addTask'], mutationFn: addConclusionTask };
}

/** Adds a task, then refetches the notice (its counts) and its tasks; the other lists go stale. */
export function useAddConclusionTask() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addConclusionTaskMutationOptions(),
    onSuccess: async (_task, { documentId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: conclusionKeys.documents(), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: conclusionKeys.tasks(), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: conclusionKeys.allStatistics(), refetchType: 'none' }),
      ]);
      await Promise.all([
        queryClient.refetchQueries({ queryKey: conclusionKeys.document(documentId) }),
        queryClient.refetchQueries({ queryKey: conclusionKeys.documentTasks(documentId) }),
      ]);
    },
  });
}
