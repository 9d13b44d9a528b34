import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { UnreadCount } from '@/lib/api/types';
import { notificationKeys } from './keys';

/** GET /api/v1/notifications/unread-count */
export async function getUnreadCount(): Promise<UnreadCount> {
  return unwrap(await api.GET('/api/v1/notifications/unread-count'));
}

export function unreadCountQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: getUnreadCount,
    refetchInterval: 60_000,
  });
}

export function useUnreadCount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...unreadCountQueryOptions(), enabled });
}
