import type { FieldErrors } from '@/lib/api/field-errors';
import type { TranslateFn } from '@/lib/i18n/types';
import type { Review, ReviewKind, ReviewRequest } from '../api/types';

/** What the review form edits. `participatingOfficeIds` null: not chosen, every other office takes part (the server's default). */
export type ReviewDraft = {
  kind: ReviewKind;
  title: string;
  periodFrom: string;
  periodTo: string;
  participatingOfficeIds: string[] | null;
};

/** A new review: the yearly one, for last year. */
export function emptyDraft(today: string): ReviewDraft {
  const year = Number(today.slice(0, 4)) - 1;
  return { kind: 'ANNUAL', title: '', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, participatingOfficeIds: null };
}

export function draftOf(review: Review): ReviewDraft {
  return {
    kind: review.kind,
    title: review.title,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    participatingOfficeIds: review.participatingOffices.map((o) => o.id),
  };
}

/** The body of POST /reviews and PUT /reviews/{id}: hosted by the caller's office, the review meeting kept as it is. */
export function toReviewRequest(draft: ReviewDraft, hostOfficeId: string, meetingId: string | null = null): ReviewRequest {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo,
    hostOfficeId,
    participatingOfficeIds: draft.participatingOfficeIds,
    meetingId,
  };
}

/** The fields shown next to their controls; the server's names. */
export const REVIEW_FIELDS: readonly string[] = ['kind', 'title', 'periodFrom', 'periodTo', 'hostOfficeId', 'participatingOfficeIds'];

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());
}

/** What the form checks before sending (the server checks the offices, the length of the period and more). */
export function validateReview(draft: ReviewDraft, t: TranslateFn): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('reviewForm.required');
  if (!draft.title.trim()) errors.title = required;
  if (!isIsoDate(draft.periodFrom)) errors.periodFrom = required;
  if (!isIsoDate(draft.periodTo)) errors.periodTo = required;
  else if (isIsoDate(draft.periodFrom) && draft.periodTo < draft.periodFrom) errors.periodTo = t('reviewForm.toBeforeFrom');
  return errors;
}
