import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { MeetingTask, TaskCompletion } from './types';

export type CompleteMeetingTaskInput = { taskId: string; meetingId: string; body: TaskCompletion };

/** POST /api/v1/meeting-tasks/{taskId}/completion — ticked off by the assignee (or the host); the host is told. */
export async function completeMeetingTask({ taskId, body }: CompleteMeetingTaskInput): Promise<MeetingTask> {
  return unwrap(await api.POST('/api/v1/meeting-tasks/{taskId}/completion', { params: { path: { taskId } }, body }));
}

export function completeMeetingTaskMutationOptions(): UseMutationOptions<MeetingTask, Error, CompleteMeetingTaskInput> {
  return { mutationKey: [...meetingKeys.all, 'tasks', 'complete'], mutationFn: completeMeetingTask };
}

export function useCompleteMeetingTask() {
  const queryClient = useQueryClient();
  return useMutation({
    ...completeMeetingTaskMutationOptions(),
    onSuccess: (_task, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.checklist(meetingId)),
  });
}
