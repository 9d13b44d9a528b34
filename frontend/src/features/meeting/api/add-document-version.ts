import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import { partChanged } from './meeting-cache';
import type { DocumentVersionRequest, MeetingDocument } from './types';

export type AddDocumentVersionInput = { meetingId: string; documentId: string; body: DocumentVersionRequest };

/** POST /api/v1/meetings/{id}/documents/{documentId}/versions — a new version; the earlier ones stay. */
export async function addDocumentVersion({ meetingId, documentId, body }: AddDocumentVersionInput): Promise<MeetingDocument> {
  return unwrap(
    await api.POST('/api/v1/meetings/{id}/documents/{documentId}/versions', { params: { path: { id: meetingId, documentId } }, body }),
  );
}

export function addDocumentVersionMutationOptions(): UseMutationOptions<MeetingDocument, Error, AddDocumentVersionInput> {
  return { mutationKey: [...meetingKeys.all, 'documents', 'version'], mutationFn: addDocumentVersion };
}

export function useAddDocumentVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...addDocumentVersionMutationOptions(),
    onSuccess: (_doc, { meetingId }) => partChanged(queryClient, meetingId, meetingKeys.documents(meetingId)),
  });
}
