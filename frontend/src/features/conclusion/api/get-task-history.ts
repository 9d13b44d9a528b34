import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionTaskEvent } from './types';

/** GET /api/v1/conclusion-tasks/{id}/history — oldest first */
export async function getTaskHistory(id: string): Promise<ConclusionTaskEvent[]> {
  return unwrap(await api.GET('/api/v1/conclusion-tasks/{id}/history', { params: { path: { id } } }));
}

export function taskHistoryQueryOptions(id: string) {
  return queryOptions({ queryKey: conclusionKeys.taskHistory(id), queryFn: () => getTaskHistory(id) });
}

export function useTaskHistory(id: string) {
  return useQuery(taskHistoryQueryOptions(id));
}
