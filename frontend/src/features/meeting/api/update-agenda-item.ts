import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { AgendaItem, AgendaItemRequest } from './types';

export type UpdateAgendaItemInput = { meetingId: string; itemId: string; version: number; body: AgendaItemRequest };

/** PUT /api/v1/meetings/{id}/agenda/{itemId} with If-Match — changes an item, or moves it (position). */
export async function updateAgendaItem({ meetingId, itemId, version, body }: UpdateAgendaItemInput): Promise<AgendaItem> {
  return unwrap(
    await api.PUT('/api/v1/meetings/{id}/agenda/{itemId}', {
      params: { path: { id: meetingId, itemId }, header: { 'If-Match': etagOf(version) } },
      body,
    }),
  );
}

export function updateAgendaItemMutationOptions(): UseMutationOptions<AgendaItem, Error, UpdateAgendaItemInput> {
  return { mutationKey: [...meetingKeys.all, 'agenda', 'update'], mutationFn: updateAgendaItem };
}

export function useUpdateAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateAgendaItemMutationOptions(),
    onSuccess: (_item, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.agenda(meetingId)),
  });
}
