import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { Invitee, InviteeReply } from './types';

export type ReplyInvitationInput = { meetingId: string; inviteeId: string; body: InviteeReply };

/** POST /api/v1/meetings/{id}/invitees/{inviteeId}/reply — attend, absent (with a reason) or send a substitute. */
export async function replyInvitation({ meetingId, inviteeId, body }: ReplyInvitationInput): Promise<Invitee> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/invitees/{inviteeId}/reply', { params: { path: { id: meetingId, inviteeId } }, body }));
}

export function replyInvitationMutationOptions(): UseMutationOptions<Invitee, Error, ReplyInvitationInput> {
  return { mutationKey: [...meetingKeys.all, 'invitees', 'reply'], mutationFn: replyInvitation };
}

export function useReplyInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    ...replyInvitationMutationOptions(),
    onSuccess: (_invitee, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.invitees(meetingId)),
  });
}
