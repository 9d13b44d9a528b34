import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { BridgePoint, BridgePointRequest } from './types';

export type AddBridgePointInput = { meetingId: string; body: BridgePointRequest };

/** POST /api/v1/meetings/{id}/bridge-points — one bridge point after the others; 409 for a name the meeting already has. */
export async function addBridgePoint({ meetingId, body }: AddBridgePointInput): Promise<BridgePoint> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/bridge-points', { params: { path: { id: meetingId } }, body }));
}

export function addBridgePointMutationOptions(): UseMutationOptions<BridgePoint, Error, AddBridgePointInput> {
  return { mutationKey: [...meetingKeys.all, 'bridge-points', 'add'], mutationFn: addBridgePoint };
}

export function useAddBridgePoint() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addBridgePointMutationOptions(),
    onSuccess: (_point, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.bridgePoints(meetingId)),
  });
}
