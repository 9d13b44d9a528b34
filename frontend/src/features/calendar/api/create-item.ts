import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { calendarKeys } from './keys';
import { itemsChanged } from './programme-cache';
import type { ItemRequest, ItemWrite } from './types';

export type CreateItemInput = { programmeId: string; body: ItemRequest };

/** POST /api/v1/programmes/{id}/items — adds an activity; the answer also lists its clashes. */
export async function createItem({ programmeId, body }: CreateItemInput): Promise<ItemWrite> {
  return unwrap(
    await api.POST('/api/v1/programmes/{id}/items', {
      params: { path: { id: programmeId } },
      body,
    }),
  );
}

export function createItemMutationOptions(): UseMutationOptions<ItemWrite, Error, CreateItemInput> {
  return { mutationKey: [...calendarKeys.items(), 'create'], mutationFn: createItem };
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createItemMutationOptions(),
    onSuccess: (_written, { programmeId }) => itemsChanged(queryClient, programmeId),
  });
}
