import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';

export type DeleteAgendaItemInput = { meetingId: string; itemId: string };

/** DELETE /api/v1/meetings/{id}/agenda/{itemId} — the items after it move up. */
export async function deleteAgendaItem({ meetingId, itemId }: DeleteAgendaItemInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/meetings/{id}/agenda/{itemId}', { params: { path: { id: meetingId, itemId } } }));
}

export function deleteAgendaItemMutationOptions(): UseMutationOptions<void, Error, DeleteAgendaItemInput> {
  return { mutationKey: [...meetingKeys.all, 'agenda', 'delete'], mutationFn: deleteAgendaItem };
}

export function useDeleteAgendaItem() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteAgendaItemMutationOptions(),
    onSuccess: (_none, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.agenda(meetingId)),
  });
}
