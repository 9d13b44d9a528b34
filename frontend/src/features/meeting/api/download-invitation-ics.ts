import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { meetingKeys } from './keys';

export type InvitationIcsInput = { meetingId: string; inviteeId: string; fileName: string };

/** GET /api/v1/meetings/{id}/invitees/{inviteeId}/invitation.ics — the invitation as an iCalendar event. */
export async function downloadInvitationIcs({ meetingId, inviteeId }: InvitationIcsInput): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/meetings/{id}/invitees/{inviteeId}/invitation.ics', {
      params: { path: { id: meetingId, inviteeId } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function downloadInvitationIcsMutationOptions(): UseMutationOptions<void, Error, InvitationIcsInput> {
  return {
    mutationKey: [...meetingKeys.all, 'invitees', 'ics'],
    mutationFn: async (input) => saveBlob(await downloadInvitationIcs(input), input.fileName),
  };
}

export function useDownloadInvitationIcs() {
  return useMutation(downloadInvitationIcsMutationOptions());
}
