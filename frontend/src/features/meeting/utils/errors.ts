import { ApiError } from '@/lib/api/errors';

/** 403: the documents and minutes of an INTERNAL meeting the caller is not part of. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
