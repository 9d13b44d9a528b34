import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { petitionKeys } from './keys';
import type { Attachment } from './types';

/** GET /api/v1/attachments/{id} — a file's name, type and size. */
export async function getAttachment(id: string): Promise<Attachment> {
  return unwrap(await api.GET('/api/v1/attachments/{id}', { params: { path: { id } } }));
}

export function attachmentQueryOptions(id: string) {
  return queryOptions({ queryKey: petitionKeys.attachment(id), queryFn: () => getAttachment(id), staleTime: Infinity });
}

export function useAttachment(id: string) {
  return useQuery(attachmentQueryOptions(id));
}
