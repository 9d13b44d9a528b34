import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Meeting } from './types';

export type CloseMeetingInput = { id: string };

/** POST /api/v1/meetings/{id}/closure — a leader of the host office approves the minutes and closes it (HELD → CLOSED). */
export async function closeMeeting({ id }: CloseMeetingInput): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/closure', { params: { path: { id } } }));
}

export function closeMeetingMutationOptions(): UseMutationOptions<Meeting, Error, CloseMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'closure'], mutationFn: closeMeeting };
}

export function useCloseMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...closeMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
