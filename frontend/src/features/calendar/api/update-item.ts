import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { calendarKeys } from './keys';
import { itemsChanged } from './programme-cache';
import type { ItemRequest, ItemWrite } from './types';

export type UpdateItemInput = { id: string; programmeId: string; version: number; body: ItemRequest };

/** PUT /api/v1/programme-items/{id} with If-Match — 412 when someone else changed the item meanwhile. */
export async function updateItem({ id, version, body }: UpdateItemInput): Promise<ItemWrite> {
  return unwrap(
    await api.PUT('/api/v1/programme-items/{id}', {
      params: { path: { id }, header: { 'If-Match': etagOf(version) } },
      body,
    }),
  );
}

export function updateItemMutationOptions(): UseMutationOptions<ItemWrite, Error, UpdateItemInput> {
  return { mutationKey: [...calendarKeys.items(), 'update'], mutationFn: updateItem };
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateItemMutationOptions(),
    onSuccess: (_written, { programmeId }) => itemsChanged(queryClient, programmeId),
  });
}
