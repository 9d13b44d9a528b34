import { ApiError, PROBLEM } from './errors';
import type { TranslateFn } from '@/lib/i18n/types';

/**
 * A message for a failed call, in the current language: known problem types are
 * translated, otherwise the server's `detail` (or `title`) is shown as it is.
 */
export function problemMessage(error: unknown, t: TranslateFn): string {
  if (error instanceof ApiError) {
    switch (error.problem?.type) {
      case PROBLEM.invalidCredentials:
        return t('problem.invalidCredentials');
      case PROBLEM.tooManyRequests:
        return t('problem.tooManyRequests');
      default:
        return error.problem?.detail || error.problem?.title || t('problem.generic');
    }
  }
  if (error instanceof TypeError) return t('problem.network');
  return t('problem.generic');
}
