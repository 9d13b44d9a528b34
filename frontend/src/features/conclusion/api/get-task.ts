import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionTask } from './types';

/** GET /api/v1/conclusion-tasks/{id} */
export async function getTask(id: string): Promise<ConclusionTask> {
  return unwrap(await api.GET('/api/v1/conclusion-tasks/{id}', { params: { path: { id } } }));
}

export function taskQueryOptions(id: string) {
  return queryOptions({ queryKey: conclusionKeys.task(id), queryFn: () => getTask(id) });
}

export function useTask(id: string) {
  return useQuery(taskQueryOptions(id));
}
