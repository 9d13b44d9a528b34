import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import type { ClashMergeRequest, ItemWrite } from './types';

/** POST /api/v1/clash-merges — two clashing items are one activity: the other is merged into the kept one and removed. */
export async function mergeItems(body: ClashMergeRequest): Promise<ItemWrite> {
  return unwrap(await api.POST('/api/v1/clash-merges', { body }));
}

export function mergeItemsMutationOptions(): UseMutationOptions<ItemWrite, Error, ClashMergeRequest> {
  return { mutationKey: [...calendarKeys.clashes(), 'merge'], mutationFn: mergeItems };
}

export function useMergeItems() {
  const queryClient = useQueryClient();
  return useMutation({
    ...mergeItemsMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
