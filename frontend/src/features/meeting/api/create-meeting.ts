import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { CreatedMeeting, MeetingRequest } from './types';

export type CreateMeetingInput = { body: MeetingRequest; idempotencyKey: string };

/** POST /api/v1/meetings (Idempotency-Key) — a PLANNED meeting; the answer lists the clashes of its calendar item. */
export async function createMeeting({ body, idempotencyKey }: CreateMeetingInput): Promise<CreatedMeeting> {
  return unwrap(await api.POST('/api/v1/meetings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export function createMeetingMutationOptions(): UseMutationOptions<CreatedMeeting, Error, CreateMeetingInput> {
  return { mutationKey: [...meetingKeys.all, 'create'], mutationFn: createMeeting };
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createMeetingMutationOptions(),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      return queryClient.invalidateQueries({ queryKey: meetingKeys.lists() });
    },
  });
}
