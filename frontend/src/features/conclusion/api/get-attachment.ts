import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { Attachment } from './types';

/** GET /api/v1/attachments/{id} — name, type and size of a file of the caller's office or unit (404 otherwise). */
export async function getAttachment(id: string): Promise<Attachment> {
  return unwrap(await api.GET('/api/v1/attachments/{id}', { params: { path: { id } } }));
}

export function attachmentQueryOptions(id: string) {
  // a stored file does not change
  return queryOptions({ queryKey: conclusionKeys.attachment(id), queryFn: () => getAttachment(id), staleTime: Infinity });
}

export function useAttachment(id: string) {
  return useQuery(attachmentQueryOptions(id));
}
