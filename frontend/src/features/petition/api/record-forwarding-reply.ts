import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import { petitionChanged } from './petition-cache';
import type { ForwardingReplyRequest, Petition } from './types';

export type RecordForwardingReplyInput = { id: string; forwardingId: string; body: ForwardingReplyRequest };

/** POST /api/v1/petitions/{id}/forwardings/{forwardingId}/reply — what the authority answered, once per forwarding. */
export async function recordForwardingReply({ id, forwardingId, body }: RecordForwardingReplyInput): Promise<Petition> {
  return unwrap(await api.POST('/api/v1/petitions/{id}/forwardings/{forwardingId}/reply', { params: { path: { id, forwardingId } }, body }));
}

export function recordForwardingReplyMutationOptions(): UseMutationOptions<Petition, Error, RecordForwardingReplyInput> {
  return { mutationKey: [...petitionKeys.all, 'forwarding-reply'], mutationFn: recordForwardingReply };
}

export function useRecordForwardingReply() {
  const queryClient = useQueryClient();
  return useMutation({ ...recordForwardingReplyMutationOptions(), onSuccess: (petition) => petitionChanged(queryClient, petition) });
}
