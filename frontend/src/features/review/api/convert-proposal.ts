import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { reviewKeys } from './keys';
import { findingsChanged } from './review-cache';
import type { Finding, ProposalTaskRequest } from './types';

export type ConvertProposalInput = { reviewId: string; findingId: string; body: ProposalTaskRequest };

/**
 * POST /api/v1/reviews/{id}/findings/{findingId}/task — the proposal becomes a task of the conclusions feature (lead
 * unit and deadline required: 400 with field errors otherwise); the answer is the proposal with its task.
 */
export async function convertProposal({ reviewId, findingId, body }: ConvertProposalInput): Promise<Finding> {
  return unwrap(await api.POST('/api/v1/reviews/{id}/findings/{findingId}/task', { params: { path: { id: reviewId, findingId } }, body }));
}

export function convertProposalMutationOptions(): UseMutationOptions<Finding, Error, ConvertProposalInput> {
  return { mutationKey: [...reviewKeys.all, 'findings', 'task'], mutationFn: convertProposal };
}

export function useConvertProposal() {
  const queryClient = useQueryClient();
  return useMutation({ ...convertProposalMutationOptions(), onSuccess: (_finding, { reviewId }) => findingsChanged(queryClient, reviewId) });
}
