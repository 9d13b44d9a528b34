import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Meeting, Postponement } from './types';

export type PostponeMeetingInput = { id: string; body: Postponement };

/** POST /api/v1/meetings/{id}/postponement — to a new time, with the reason told to everyone affected. */
export async function postponeMeeting({ id, body }: PostponeMeetingInput): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/postponement', { params: { path: { id } }, body }));
}

export function postponeMeetingMutationOptions(): UseMutationOptions<Meeting, Error, PostponeMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'postponement'], mutationFn: postponeMeeting };
}

export function usePostponeMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...postponeMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
