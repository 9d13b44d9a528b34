import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { conclusionKeys } from './keys';
import type { ConclusionDocumentRequest } from './types';

export type CreateConclusionInput = { body: ConclusionDocumentRequest; idempotencyKey: string };

/** The id of the recorded document, from the Location header (…/conclusions/{id}) or the body. */
function createdId(response: Response, data: unknown): string {
  const location = response.headers.get('Location') ?? '';
  const match = /\/conclusions\/([^/?#]+)\/?$/.exec(location);
  if (match?.[1]) return decodeURIComponent(match[1]);
  const id = (data as { id?: unknown } | undefined)?.id;
  if (typeof id === 'string') return id;
  throw new Error('The server did not say where the document was recorded.');
}

/** POST /api/v1/conclusions (Idempotency-Key) — resolves to the new document's id. */
export async function createConclusion({ body, idempotencyKey }: CreateConclusionInput): Promise<string> {
  const result = await api.POST('/api/v1/conclusions', {
    body,
    params: { header: { 'Idempotency-Key': idempotencyKey } },
  });
  unwrap(result);
  return createdId(result.response, result.data);
}

export function createConclusionMutationOptions(): UseMutationOptions<string, Error, CreateConclusionInput> {
  return { mutationKey: [...conclusionKeys.all, 'create'], mutationFn: createConclusion };
}

export function useCreateConclusion() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createConclusionMutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conclusionKeys.all }),
  });
}
