import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';

export type DeleteBridgePointInput = { id: string; meetingId: string };

/** DELETE /api/v1/meeting-bridge-points/{id} — the points after it move up. */
export async function deleteBridgePoint({ id }: DeleteBridgePointInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/meeting-bridge-points/{id}', { params: { path: { id } } }));
}

export function deleteBridgePointMutationOptions(): UseMutationOptions<void, Error, DeleteBridgePointInput> {
  return { mutationKey: [...meetingKeys.all, 'bridge-points', 'delete'], mutationFn: deleteBridgePoint };
}

export function useDeleteBridgePoint() {
  const queryClient = useQueryClient();
  return useMutation({
    ...deleteBridgePointMutationOptions(),
    onSuccess: (_none, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.bridgePoints(meetingId)),
  });
}
