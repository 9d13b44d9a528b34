import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/errors';
import type { components } from '@/lib/api/schema';
import { saveBlob } from '@/lib/download';

export type ImportKind = 'users' | 'units';
export type TemplateFormat = components['schemas']['ImportTemplateFormat'];
export type UserImportResult = components['schemas']['UserImportResponse'];
export type UnitImportResult = components['schemas']['UnitImportResponse'];
export type ImportResult = { kind: 'users'; result: UserImportResult } | { kind: 'units'; result: UnitImportResult };

/** At most 5 MiB; the server checks it too. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const IMPORT_ACCEPT = '.xlsx,.csv';

const TEMPLATE_NAMES: Record<ImportKind, string> = { users: 'mau-tai-khoan', units: 'mau-don-vi' };

function formData(file: File) {
  return () => {
    const form = new FormData();
    form.append('file', file, file.name);
    return form;
  };
}

/**
 * POST /api/v1/users/imports or /api/v1/units/imports — multipart with one part `file` (XLSX or CSV). All or nothing: a
 * 422 lists every wrong row as `rows[N].field`.
 */
export async function importFile(kind: ImportKind, file: File): Promise<ImportResult> {
  if (kind === 'users') {
    const result = unwrap(await api.POST('/api/v1/users/imports', { body: { file: file.name }, bodySerializer: formData(file) }));
    return { kind, result };
  }
  const result = unwrap(await api.POST('/api/v1/units/imports', { body: { file: file.name }, bodySerializer: formData(file) }));
  return { kind, result };
}

/** GET …/import-template?format — the headings the import reads, with example rows. */
export async function downloadTemplate(kind: ImportKind, format: TemplateFormat): Promise<void> {
  const path = kind === 'users' ? '/api/v1/users/import-template' : '/api/v1/units/import-template';
  const blob = unwrap(await api.GET(path, { params: { query: { format } }, parseAs: 'blob' })) as Blob;
  saveBlob(blob, `${TEMPLATE_NAMES[kind]}.${format.toLowerCase()}`);
}

export function useImportFile(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', kind, 'import'],
    mutationFn: (file: File) => importFile(kind, file),
    // the lists show the new rows (their query keys start with the resource's name)
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => JSON.stringify(q.queryKey).includes(kind) }),
  });
}

export function useDownloadTemplate(kind: ImportKind) {
  return useMutation({ mutationKey: ['admin', kind, 'import-template'], mutationFn: (format: TemplateFormat) => downloadTemplate(kind, format) });
}

export type RowProblem = { row: number | null; column: string; message: string };

/** "rows[12].username" → row 12, column username; "header" or "file" → no row. */
export function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem?.errors ?? []).map((e) => {
    const match = /^rows\[(\d+)]\.(.+)$/.exec(e.field ?? '');
    return match ? { row: Number(match[1]), column: match[2] ?? '', message: e.message ?? '' } : { row: null, column: e.field ?? '', message: e.message ?? '' };
  });
}

