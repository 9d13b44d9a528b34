import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { petitionKeys } from './keys';
import type { PetitionDocument } from './types';

export type DownloadLetterInput = { petitionId: string; document: Pick<PetitionDocument, 'id' | 'kind' | 'number'> };

/** The server's name for the letter: cong-van-chuyen-don-12-2026.docx, van-ban-huong-dan-13-2026.docx. */
export function letterFileName(document: Pick<PetitionDocument, 'kind' | 'number'>): string {
  const prefix = document.kind === 'GUIDANCE_LETTER' ? 'van-ban-huong-dan-' : 'cong-van-chuyen-don-';
  return `${prefix}${document.number.replace(/\//g, '-')}.docx`;
}

/** GET /api/v1/petitions/{id}/documents/{documentId}/letter — a forwarding or guidance letter as DOCX (never an identity). */
export async function downloadLetter({ petitionId, document }: DownloadLetterInput): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/petitions/{id}/documents/{documentId}/letter', {
      params: { path: { id: petitionId, documentId: document.id } },
      parseAs: 'blob',
    }),
  ) as Blob;
}

export function downloadLetterMutationOptions(): UseMutationOptions<void, Error, DownloadLetterInput> {
  return {
    mutationKey: [...petitionKeys.all, 'letter', 'download'],
    mutationFn: async (input) => saveBlob(await downloadLetter(input), letterFileName(input.document)),
  };
}

export function useDownloadLetter() {
  return useMutation(downloadLetterMutationOptions());
}
