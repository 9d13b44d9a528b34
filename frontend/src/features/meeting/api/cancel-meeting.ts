import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Cancellation, Meeting } from './types';

export type CancelMeetingInput = { id: string; body: Cancellation };

/** POST /api/v1/meetings/{id}/cancellation — it will not take place; the reason is told to everyone affected. */
export async function cancelMeeting({ id, body }: CancelMeetingInput): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/cancellation', { params: { path: { id } }, body }));
}

export function cancelMeetingMutationOptions(): UseMutationOptions<Meeting, Error, CancelMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'cancellation'], mutationFn: cancelMeeting };
}

export function useCancelMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...cancelMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
