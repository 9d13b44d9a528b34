import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { MeetingDocument, MeetingDocumentRequest } from './types';

export type AddDocumentInput = { meetingId: string; body: MeetingDocumentRequest };

/** POST /api/v1/meetings/{id}/documents — a document with its first file (uploaded before with POST /attachments). */
export async function addDocument({ meetingId, body }: AddDocumentInput): Promise<MeetingDocument> {
  return unwrap(await api.POST('/api/v1/meetings/{id}/documents', { params: { path: { id: meetingId } }, body }));
}

export function addDocumentMutationOptions(): UseMutationOptions<MeetingDocument, Error, AddDocumentInput> {
  return { mutationKey: [...meetingKeys.all, 'documents', 'add'], mutationFn: addDocument };
}

export function useAddDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addDocumentMutationOptions(),
    onSuccess: (_doc, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.documents(meetingId)),
  });
}
