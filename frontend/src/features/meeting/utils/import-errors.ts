import type { Problem } from '@/lib/api/types';
import type { MessageKey, TranslateFn } from '@/lib/i18n/types';

/** One problem of an import: the spreadsheet row (null for the file or its headings), the column, what is wrong. */
export type ImportProblem = { row: number | null; field: string; message: string };

/** The server's `errors` of a refused import ("rows[5].name") as rows of a table, in the order of the file. */
export function importProblems(problem: Problem | null | undefined): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const e of problem?.errors ?? []) {
    const match = /^rows\[(\d+)\]\.(.+)$/.exec(e.field);
    out.push(match ? { row: Number(match[1]), field: match[2]!, message: e.message } : { row: null, field: e.field, message: e.message });
  }
  // the file's own problems first, then by row (stable: the server's order within a row)
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? -1) - (b.p.row ?? -1) || a.i - b.i)
    .map(({ p }) => p);
}

const COLUMN_KEYS: Record<string, MessageKey> = {
  name: 'bridge.col.name',
  unitCode: 'bridge.col.unitCode',
  address: 'bridge.col.address',
  contactName: 'bridge.col.contactName',
  contactPhone: 'bridge.col.contactPhone',
  expectedDelegates: 'bridge.col.expectedDelegates',
  actualDelegates: 'bridge.col.actualDelegates',
  header: 'bridge.col.header',
  file: 'bridge.col.file',
};

/** The column as the template names it («Tên điểm cầu» …); an unknown one as the server sent it. */
export function columnLabel(field: string, t: TranslateFn): string {
  const key = COLUMN_KEYS[field];
  return key ? t(key) : field;
}
