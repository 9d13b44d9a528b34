import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { calendarKeys } from './keys';
import { itemsChanged } from './programme-cache';

export type DeleteItemInput = { id: string; programmeId: string; version: number; amendmentReason?: string };

/**
 * DELETE /api/v1/programme-items/{id}?amendmentReason= with If-Match — a draft's item is removed, a published
 * programme's item is cancelled (it stays in the feeds as cancelled).
 */
export async function deleteItem({ id, version, amendmentReason }: DeleteItemInput): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/programme-items/{id}', {
      params: {
        path: { id },
        query: amendmentReason ? { amendmentReason } : {},
        header: { 'If-Match': etagOf(version) },
      },
    }),
  );
}

export function deleteItemMutationOptions(): UseMutationOptions<void, Error, DeleteItemInput> {
  return { mutationKey: [...calendarKeys.items(), 'delete'], mutationFn: deleteItem };
}

export function useDeleteItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteItemMutationOptions(),
    onSuccess: (_none, { programmeId }) => itemsChanged(queryClient, programmeId),
  });
}
