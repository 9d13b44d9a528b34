import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/errors';
import { saveBlob } from '@/lib/download';
import { conclusionKeys } from './keys';
import type { UrgingLetter } from './types';

export function urgingLetterFileName(letter: UrgingLetter): string {
  const unit = letter.unit.code.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `cong-van-don-doc-${unit}-${letter.preparedOn}.docx`;
}

/** GET /api/v1/conclusion-urging-letters/{id}/document — the letter as DOCX. */
export async function downloadUrgingLetter(id: string): Promise<Blob> {
  return unwrap(
    await api.GET('/api/v1/conclusion-urging-letters/{id}/document', { params: { path: { id } }, parseAs: 'blob' }),
  ) as Blob;
}

export function downloadUrgingLetterMutationOptions(): UseMutationOptions<void, Error, UrgingLetter> {
  return {
    mutationKey: [...conclusionKeys.urgingLetters(), 'download'],
    mutationFn: async (letter) => saveBlob(await downloadUrgingLetter(letter.id), urgingLetterFileName(letter)),
  };
}

/** Downloads a letter ("Tải công văn (DOCX)"). */
export function useDownloadUrgingLetter() {
  return useMutation(downloadUrgingLetterMutationOptions());
}
