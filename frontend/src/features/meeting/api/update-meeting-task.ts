import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { MeetingTask, MeetingTaskRequest } from './types';

export type UpdateMeetingTaskInput = { taskId: string; meetingId: string; version: number; body: MeetingTaskRequest };

/** PUT /api/v1/meeting-tasks/{taskId} with If-Match — the host changes an open task. */
export async function updateMeetingTask({ taskId, version, body }: UpdateMeetingTaskInput): Promise<MeetingTask> {
  return unwrap(
    await api.PUT('/api/v1/meeting-tasks/{taskId}', { params: { path: { taskId }, header: { 'If-Match': etagOf(version) } }, body }),
  );
}

export function updateMeetingTaskMutationOptions(): UseMutationOptions<MeetingTask, Error, UpdateMeetingTaskInput> {
  return { mutationKey: [...meetingKeys.all, 'tasks', 'update'], mutationFn: updateMeetingTask };
}

export function useUpdateMeetingTask() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateMeetingTaskMutationOptions(),
    onSuccess: (_task, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.checklist(meetingId)),
  });
}
