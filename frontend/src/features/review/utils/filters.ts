import type { ReviewKind, ReviewsQuery, ReviewStatus } from '../api/types';
import { REVIEW_KINDS, REVIEW_STATUSES } from './labels';

/** The filters of the reviews page, kept in the address (so a link or a reload keeps them). */
export type Filters = { kind: ReviewKind | ''; status: ReviewStatus | ''; year: number | null; page: number };

export function filtersOf(params: URLSearchParams): Filters {
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return {
    kind: REVIEW_KINDS.find((k) => k === params.get('kind')) ?? '',
    status: REVIEW_STATUSES.find((s) => s === params.get('status')) ?? '',
    year: year >= 2000 && year <= 2100 ? year : null,
    page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0),
  };
}

export function paramsOf(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.status) p.set('status', f.status);
  if (f.year !== null) p.set('year', String(f.year));
  if (f.page > 0) p.set('page', String(f.page));
  return p;
}

export function toReviewsQuery(f: Filters): ReviewsQuery {
  return {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.year !== null ? { year: f.year } : {}),
  };
}

/** The years offered by the filter: next year back to ten years ago. */
export function yearsAround(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => year + 1 - i);
}
