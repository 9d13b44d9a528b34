import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';

export type DeleteMeetingTaskInput = { taskId: string; meetingId: string };

/** DELETE /api/v1/meeting-tasks/{taskId} — the host removes a task before the meeting. */
export async function deleteMeetingTask({ taskId }: DeleteMeetingTaskInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/meeting-tasks/{taskId}', { params: { path: { taskId } } }));
}

export function deleteMeetingTaskMutationOptions(): UseMutationOptions<void, Error, DeleteMeetingTaskInput> {
  return { mutationKey: [...meetingKeys.all, 'tasks', 'delete'], mutationFn: deleteMeetingTask };
}

export function useDeleteMeetingTask() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteMeetingTaskMutationOptions(),
    onSuccess: (_none, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.checklist(meetingId)),
  });
}
