import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { TaskPage } from './types';

/** GET /api/v1/conclusions/{id}/tasks — in the document's order (one page of 100 covers a notice). */
export async function getConclusionTasks(id: string): Promise<TaskPage> {
  return unwrap(
    await api.GET('/api/v1/conclusions/{id}/tasks', { params: { path: { id }, query: { page: 0, size: 100 } } }),
  );
}

export function conclusionTasksQueryOptions(id: string) {
  return queryOptions({ queryKey: conclusionKeys.documentTasks(id), queryFn: () => getConclusionTasks(id) });
}

export function useConclusionTasks(id: string) {
  return useQuery(conclusionTasksQueryOptions(id));
}
