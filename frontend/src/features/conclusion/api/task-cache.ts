import type { QueryClient } from '@tanstack/react-query';
import { conclusionKeys } from './keys';
import type { ConclusionTask } from './types';

/**
 * After an action on a task: keep the returned task, and refetch its history, the task
 * lists (board, my tasks) and the documents (their status counts).
 */
export async function taskChanged(queryClient: QueryClient, task: ConclusionTask): Promise<void> {
  queryClient.setQueryData(conclusionKeys.task(task.id), task);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: conclusionKeys.task(task.id) }),
    queryClient.invalidateQueries({ queryKey: conclusionKeys.taskHistory(task.id) }),
    queryClient.invalidateQueries({ queryKey: conclusionKeys.tasks(), refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: conclusionKeys.documents(), refetchType: 'none' }),
  ]);
}
