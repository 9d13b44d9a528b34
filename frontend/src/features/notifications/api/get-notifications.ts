import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import type { NotificationPage } from '@/lib/api/types';
import { notificationKeys, type NotificationsFilter } from './keys';

/** GET /api/v1/notifications?unread&page&size */
export async function getNotifications(filter: NotificationsFilter): Promise<NotificationPage> {
  return unwrap(
    await api.GET('/api/v1/notifications', {
      params: { query: { unread: filter.unread, page: filter.page, size: filter.size } },
    }),
  );
}

export function notificationsQueryOptions(filter: NotificationsFilter) {
  return queryOptions({
    queryKey: notificationKeys.list(filter),
    queryFn: () => getNotifications(filter),
    placeholderData: keepPreviousData,
  });
}

export function useNotifications(filter: NotificationsFilter) {
  return useQuery(notificationsQueryOptions(filter));
}
