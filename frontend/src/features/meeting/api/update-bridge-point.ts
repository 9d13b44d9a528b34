import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { etagOf } from '../utils/etag';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { BridgePoint, BridgePointRequest } from './types';

export type UpdateBridgePointInput = { id: string; meetingId: string; version: number; body: BridgePointRequest };

/** PUT /api/v1/meeting-bridge-points/{id} with If-Match — its details, or the delegates present once counted. */
export async function updateBridgePoint({ id, version, body }: UpdateBridgePointInput): Promise<BridgePoint> {
  return unwrap(await api.PUT('/api/v1/meeting-bridge-points/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body }));
}

export function updateBridgePointMutationOptions(): UseMutationOptions<BridgePoint, Error, UpdateBridgePointInput> {
  return { mutationKey: [...meetingKeys.all, 'bridge-points', 'update'], mutationFn: updateBridgePoint };
}

export function useUpdateBridgePoint() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateBridgePointMutationOptions(),
    onSuccess: (_point, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.bridgePoints(meetingId)),
  });
}
