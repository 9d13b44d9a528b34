import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingTask } from './types';

/** GET /api/v1/meetings/{id}/tasks — the preparation checklist, by due time, with who ticked each off and when. */
export async function getChecklist(id: string): Promise<MeetingTask[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/tasks', { params: { path: { id } } }));
}

export function checklistQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.checklist(id), queryFn: () => getChecklist(id) });
}

export function useChecklist(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...checklistQueryOptions(id), enabled });
}
