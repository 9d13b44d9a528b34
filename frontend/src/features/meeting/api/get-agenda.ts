import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { AgendaItem } from './types';

/** GET /api/v1/meetings/{id}/agenda — the agenda (chương trình) in its order. */
export async function getAgenda(id: string): Promise<AgendaItem[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/agenda', { params: { path: { id } } }));
}

export function agendaQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.agenda(id), queryFn: () => getAgenda(id) });
}

export function useAgenda(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...agendaQueryOptions(id), enabled });
}
