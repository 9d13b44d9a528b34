import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { notificationKeys } from './keys';

/** POST /api/v1/notifications/read-all */
export async function markAllNotificationsRead(): Promise<void> {
  unwrap(await api.POST('/api/v1/notifications/read-all'));
}

export function markAllNotificationsReadMutationOptions(): UseMutationOptions<void, Error, void> {
  return { mutationKey: [...notificationKeys.all, 'mark-all-read'], mutationFn: markAllNotificationsRead };
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    ...markAllNotificationsReadMutationOptions(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
