import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { notificationKeys } from './keys';

/** POST /api/v1/notifications/{id}/read */
export async function markNotificationRead(id: string): Promise<void> {
  unwrap(await api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function markNotificationReadMutationOptions(): UseMutationOptions<void, Error, string> {
  return { mutationKey: [...notificationKeys.all, 'mark-read'], mutationFn: markNotificationRead };
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    ...markNotificationReadMutationOptions(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
