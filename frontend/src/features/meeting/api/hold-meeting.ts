import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { meetingChanged } from './meeting-cache';
import type { Meeting } from './types';

export type HoldMeetingInput = { id: string };

/** POST /api/v1/meetings/{id}/holding — the meeting took place (INVITED → HELD), from its day on. */
export async function holdMeeting({ id }: HoldMeetingInput): Promise<Meeting> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/holding', { params: { path: { id } } }));
}

export function holdMeetingMutationOptions(): UseMutationOptions<Meeting, Error, HoldMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'holding'], mutationFn: holdMeeting };
}

export function useHoldMeeting() {
  const queryClient = useQueryClient();
  return useMutation({ ...holdMeetingMutationOptions(), onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}
