import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { Invitee, InviteeRequest } from './types';

export type AddInviteeInput = { meetingId: string; body: InviteeRequest };

/** POST /api/v1/meetings/{id}/invitees — a person, a body or a unit; 409 when already invited. */
export async function addInvitee({ meetingId, body }: AddInviteeInput): Promise<Invitee> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/invitees', { params: { path: { id: meetingId } }, body }));
}

export function addInviteeMutationOptions(): UseMutationOptions<Invitee, Error, AddInviteeInput> {
  return { mutationKey: [...meetingKeys.all, 'invitees', 'add'], mutationFn: addInvitee };
}

export function useAddInvitee() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addInviteeMutationOptions(),
    onSuccess: (_invitee, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.invitees(meetingId)),
  });
}
