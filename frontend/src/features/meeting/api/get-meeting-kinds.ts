import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingKind } from './types';

/** GET /api/v1/meeting-kinds — the system's kinds and the jurisdiction's own. */
export async function getMeetingKinds(): Promise<MeetingKind[]> {
  return unwrap(await api.GET('/api/v1/meeting-kinds'));
}

export function meetingKindsQueryOptions() {
  return queryOptions({ queryKey: meetingKeys.kinds(), queryFn: getMeetingKinds, staleTime: 10 * 60_000 });
}

export function useMeetingKinds({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...meetingKindsQueryOptions(), enabled });
}
