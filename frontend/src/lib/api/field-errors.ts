import { ApiError } from '@/lib/api/errors';

/** Field path as the server names it ("summary", "tasks[1].deadline") → message. */
export type FieldErrors = Record<string, string>;

/** The per-field errors of a failed call (RFC 9457 `errors`), several messages of one field joined. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem?.errors ?? []) {
    out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
  }
  return out;
}

function covers(key: string, field: string): boolean {
  return field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`);
}

/** The message(s) for a field, including its sub-paths ("tasks[0].units[1].unitId" belongs to "tasks[0].units"). */
export function errorFor(errors: FieldErrors, key: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([field]) => covers(key, field))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
}

/** Errors that no shown field covers (shown with the form's summary instead). */
export function unmatchedErrors(errors: FieldErrors, keys: string[]): [string, string][] {
  return Object.entries(errors).filter(([field]) => !keys.some((key) => covers(key, field)));
}
