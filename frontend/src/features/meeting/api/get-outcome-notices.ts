import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { OutcomeNotice } from './types';

/** GET /api/v1/meetings/{id}/outcome-notices — the notices of its conclusions sent to offices, oldest first. */
export async function getOutcomeNotices(id: string): Promise<OutcomeNotice[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/outcome-notices', { params: { path: { id } } }));
}

export function outcomeNoticesQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.notices(id), queryFn: () => getOutcomeNotices(id) });
}

export function useOutcomeNotices(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...outcomeNoticesQueryOptions(id), enabled });
}
