import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingTaskPage, MeetingTasksQuery } from './types';

/**
 * GET /api/v1/meeting-tasks?scope&open — scope=ASSIGNED: the inbox of the caller's office or unit; scope=HOSTED: what is
 * still to do for the meetings the caller's office hosts. By due time.
 */
export async function getMyMeetingTasks(query: MeetingTasksQuery): Promise<MeetingTaskPage> {
  return unwrap(await api.GET('/api/v1/meeting-tasks', { params: { query } }));
}

export function myMeetingTasksQueryOptions(query: MeetingTasksQuery) {
  return queryOptions({ queryKey: meetingKeys.inbox(query), queryFn: () => getMyMeetingTasks(query), placeholderData: keepPreviousData });
}

export function useMyMeetingTasks(query: MeetingTasksQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myMeetingTasksQueryOptions(query), enabled });
}
