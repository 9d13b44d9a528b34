import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Meeting } from './types';

export type InviteMeetingInput = { id: string };

/** POST /api/v1/meetings/{id}/invitation — sends the invitations (PLANNED or POSTPONED → INVITED); 409 without invitees. */
export async function inviteMeeting({ id }: InviteMeetingInput): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/invitation', { params: { path: { id } } }));
}

export function inviteMeetingMutationOptions(): UseMutationOptions<Meeting, Error, InviteMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'invitation'], mutationFn: inviteMeeting };
}

export function useInviteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...inviteMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
