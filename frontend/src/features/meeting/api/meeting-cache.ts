import type { QueryClient } from '@tanstack/react-query';
import { meetingKeys } from './keys';
import type { Meeting } from './types';

/** After a transition or an edit: keep the returned meeting, let its history, the lists and the inboxes fetch again. */
export async function meetingChanged(queryClient: QueryClient, meeting: Meeting): Promise<void> {
  queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: meetingKeys.history(meeting.id) }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.invitees(meeting.id) }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.checklist(meeting.id) }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.minutes(meeting.id) }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.inboxes() }),
  ]);
}

/**
 * After a part of the meeting changed (agenda, documents, invitees, tasks, minutes): that part and the meeting itself
 * (its counts and its version, the ETag of the next edit).
 */
export async function partChanged(queryClient: QueryClient, meetingId: string, part: readonly unknown[]): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: part }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
    queryClient.invalidateQueries({ queryKey: meetingKeys.inboxes() }),
  ]);
}
