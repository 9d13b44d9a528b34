import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { Minutes, MinutesRequest } from './types';

/** `version` of the minutes being rewritten; none for the first writing. */
export type WriteMinutesInput = { meetingId: string; version: number | null; body: MinutesRequest };

/** PUT /api/v1/meetings/{id}/minutes — written once the meeting is HELD; rewriting sends If-Match. */
export async function writeMinutes({ meetingId, version, body }: WriteMinutesInput): Promise<Minutes> {
  return unwrap(
    await api.PUT('/api/v1/meetings/{id}/minutes', {
      params: { path: { id: meetingId }, ...(version === null ? {} : { header: { 'If-Match': etagOf(version) } }) },
      body,
    }),
  );
}

export function writeMinutesMutationOptions(): UseMutationOptions<Minutes, Error, WriteMinutesInput> {
  return { mutationKey: [...meetingKeys.all, 'minutes', 'write'], mutationFn: writeMinutes };
}

export function useWriteMinutes() {
  const queryClient = useQueryClient();
  return useMutation({
    ...writeMinutesMutationOptions(),
    onSuccess: (minutes, { meetingId }) => {
      queryClient.setQueryData(meetingKeys.minutes(meetingId), minutes);
      return partChanged(queryClient, meetingId, meetingKeys.minutes(meetingId));
    },
  });
}
