import type { Problem } from './types';

/** A failed API call: the HTTP status and, when the server sent one, its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

/** Known problem types (see the backend's ProblemType). */
export const PROBLEM = {
  invalidCredentials: 'urn:lienthong:problem:invalid-credentials',
  tooManyRequests: 'urn:lienthong:problem:too-many-requests',
  unauthenticated: 'urn:lienthong:problem:unauthenticated',
  invalidToken: 'urn:lienthong:problem:invalid-token',
} as const;

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turns an openapi-fetch result into its data, or throws an ApiError carrying the
 * problem details. Use it in every fetcher so react-query sees failures as errors.
 */
export function unwrap<T>(result: FetchResult<T>): T {
  const { response } = result;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(result.error) ? result.error : null);
  }
  return result.data as T;
}
