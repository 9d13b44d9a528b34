import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { UrgingLetterPage } from './types';

/** GET /api/v1/conclusion-urging-letters — the office's letters, newest first */
export async function getUrgingLetters(): Promise<UrgingLetterPage> {
  return unwrap(await api.GET('/api/v1/conclusion-urging-letters', { params: { query: { page: 0, size: 20 } } }));
}

export function urgingLettersQueryOptions() {
  return queryOptions({ queryKey: conclusionKeys.urgingLetters(), queryFn: getUrgingLetters });
}

export function useUrgingLetters() {
  return useQuery(urgingLettersQueryOptions());
}
