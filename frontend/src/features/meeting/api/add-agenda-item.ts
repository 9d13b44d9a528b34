import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { AgendaItem, AgendaItemRequest } from './types';

export type AddAgendaItemInput = { meetingId: string; body: AgendaItemRequest };

/** POST /api/v1/meetings/{id}/agenda — an item of the agenda (at the end unless a position is given). */
export async function addAgendaItem({ meetingId, body }: AddAgendaItemInput): Promise<AgendaItem> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/agenda', { params: { path: { id: meetingId } }, body }));
}

export function addAgendaItemMutationOptions(): UseMutationOptions<AgendaItem, Error, AddAgendaItemInput> {
  return { mutationKey: [...meetingKeys.all, 'agenda', 'add'], mutationFn: addAgendaItem };
}

export function useAddAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addAgendaItemMutationOptions(),
    onSuccess: (_item, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.agenda(meetingId)),
  });
}
