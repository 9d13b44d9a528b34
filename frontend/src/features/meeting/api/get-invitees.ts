import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { Invitee } from './types';

/** GET /api/v1/meetings/{id}/invitees — persons, bodies and units invited, with their replies and attendance. */
export async function getInvitees(id: string): Promise<Invitee[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/invitees', { params: { path: { id } } }));
}

export function inviteesQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.invitees(id), queryFn: () => getInvitees(id) });
}

export function useInvitees(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...inviteesQueryOptions(id), enabled });
}
