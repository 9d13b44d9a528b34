import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { meetingKeys } from './keys';
import type { MeetingDocument } from './types';

/** GET /api/v1/meetings/{id}/documents — each with all its versions; 403 for an INTERNAL meeting the caller is not part of. */
export async function getDocuments(id: string): Promise<MeetingDocument[]> {
  return unwrap(await api.GET('/api/v1/meetings/{id}/documents', { params: { path: { id } } }));
}

export function documentsQueryOptions(id: string) {
  return queryOptions({ queryKey: meetingKeys.documents(id), queryFn: () => getDocuments(id) });
}

export function useDocuments(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...documentsQueryOptions(id), enabled });
}
