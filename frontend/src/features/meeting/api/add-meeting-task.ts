import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { MeetingTask, MeetingTaskRequest } from './types';

export type AddMeetingTaskInput = { meetingId: string; body: MeetingTaskRequest };

/** POST /api/v1/meetings/{id}/tasks — assigns a preparation task to one office or unit, which is notified. */
export async function addMeetingTask({ meetingId, body }: AddMeetingTaskInput): Promise<MeetingTask> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/tasks', { params: { path: { id: meetingId } }, body }));
}

export function addMeetingTaskMutationOptions(): UseMutationOptions<MeetingTask, Error, AddMeetingTaskInput> {
  return { mutationKey: [...meetingKeys.all, 'tasks', 'add'], mutationFn: addMeetingTask };
}

export function useAddMeetingTask() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addMeetingTaskMutationOptions(),
    onSuccess: (_task, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.checklist(meetingId)),
  });
}
