import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { OutcomeNotice, OutcomeNoticeRequest } from './types';

export type NotifyOutcomeInput = { meetingId: string; body: OutcomeNoticeRequest };

/** POST /api/v1/meetings/{id}/outcome-notices — tells the related offices the conclusions and decisions. */
export async function notifyOutcome({ meetingId, body }: NotifyOutcomeInput): Promise<OutcomeNotice> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/outcome-notices', { params: { path: { id: meetingId } }, body }));
}

export function notifyOutcomeMutationOptions(): UseMutationOptions<OutcomeNotice, Error, NotifyOutcomeInput> {
  return { mutationKey: [...meetingKeys.all, 'outcome-notices', 'send'], mutationFn: notifyOutcome };
}

export function useNotifyOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    ...notifyOutcomeMutationOptions(),
    onSuccess: (_notice, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.notices(meetingId)),
  });
}
