import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { TaskPage, TasksQuery } from './types';

/** GET /api/v1/conclusion-tasks?status&dueWithinDays&awaitingConfirmation&… (my tasks, the board) */
export async function getTasks(query: TasksQuery): Promise<TaskPage> {
  return unwrap(await api.GET('/api/v1/conclusion-tasks', { params: { query } }));
}

export function tasksQueryOptions(query: TasksQuery) {
  return queryOptions({
    queryKey: conclusionKeys.taskList(query),
    queryFn: () => getTasks(query),
    placeholderData: keepPreviousData,
  });
}

export function useTasks(query: TasksQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...tasksQueryOptions(query), enabled });
}
