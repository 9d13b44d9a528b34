import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';

export type RemoveInviteeInput = { meetingId: string; inviteeId: string };

/** DELETE /api/v1/meetings/{id}/invitees/{inviteeId} — before the meeting. */
export async function removeInvitee({ meetingId, inviteeId }: RemoveInviteeInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/meetings/{id}/invitees/{inviteeId}', { params: { path: { id: meetingId, inviteeId } } }));
}

export function removeInviteeMutationOptions(): UseMutationOptions<void, Error, RemoveInviteeInput> {
  return { mutationKey: [...meetingKeys.all, 'invitees', 'remove'], mutationFn: removeInvitee };
}

export function useRemoveInvitee() {
  const queryClient = useQueryClient();
  return useMutation({
    ...removeInviteeMutationOptions(),
    onSuccess: (_none, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.invitees(meetingId)),
  });
}
