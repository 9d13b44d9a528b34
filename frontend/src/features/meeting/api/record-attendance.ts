import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { AttendanceRequest, Invitee } from './types';

export type RecordAttendanceInput = { meetingId: string; body: AttendanceRequest };

/** PUT /api/v1/meetings/{id}/invitees/attendance — who was present (điểm danh), at or after the meeting. */
export async function recordAttendance({ meetingId, body }: RecordAttendanceInput): Promise<Invitee[]> {
  return unwrap(await api.PUT('/api/v1/meetings/{id}/invitees/attendance', { params: { path: { id: meetingId } }, body }));
}

export function recordAttendanceMutationOptions(): UseMutationOptions<Invitee[], Error, RecordAttendanceInput> {
  return { mutationKey: [...meetingKeys.all, 'invitees', 'attendance'], mutationFn: recordAttendance };
}

export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    ...recordAttendanceMutationOptions(),
    onSuccess: (invitees, { meetingId }) => {
      queryClient.setQueryData(meetingKeys.invitees(meetingId), invitees);
      return partChanged(queryClient, meetingId, meetingKeys.invitees(meetingId));
    },
  });
}
