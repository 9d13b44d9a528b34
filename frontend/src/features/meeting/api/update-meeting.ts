import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Meeting, MeetingRequest } from './types';

export type UpdateMeetingInput = { id: string; version: number; body: MeetingRequest };

/** PUT /api/v1/meetings/{id} with If-Match — 412 when someone changed it meanwhile; the answer lists the clashes. */
export async function updateMeeting({ id, version, body }: UpdateMeetingInput): Promise<Meeting> {
  return unwrap(await api.PUT('/api/v1/meetings/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body }));
}

export function updateMeetingMutationOptions(): UseMutationOptions<Meeting, Error, UpdateMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'update'], mutationFn: updateMeeting };
}

export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...updateMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
