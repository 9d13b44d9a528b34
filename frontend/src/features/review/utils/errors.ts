import { ApiError } from '@/lib/api/errors';

/** 412: someone changed it since it was read (If-Match no longer matches). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
