import { useRef, useState, type FormEvent } from 'react';
import { CheckList } from '@/components/ui/check-list';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useCreateReview } from '../api/create-review';
import { useOffices } from '../api/get-offices';
import type { Review, ReviewKind } from '../api/types';
import { useUpdateReview } from '../api/update-review';
import { isStale } from '../utils/errors';
import { REVIEW_KINDS, reviewKindLabel } from '../utils/labels';
import { draftOf, emptyDraft, REVIEW_FIELDS, toReviewRequest, validateReview, type ReviewDraft } from '../utils/review-draft';
import './review.css';

type Props = {
  /** the review to change; none opens a new one */
  review?: Review;
  /** today (yyyy-MM-dd): a new review is for last year by default */
  today: string;
  onSaved: (review: Review) => void;
  onCancel: () => void;
};

/**
 * "Mở kỳ đánh giá mới" / "Sửa thông tin kỳ đánh giá": kind, title, period and the participating offices; the host is the
 * caller's office. The server's field errors sit under their fields.
 */
export function ReviewForm({ review, today, onSaved, onCancel }: Props) {
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const offices = useOffices();
  const create = useCreateReview();
  const update = useUpdateReview();
  const mutation = review ? update : create;
  const [draft, setDraft] = useState<ReviewDraft>(() => (review ? draftOf(review) : emptyDraft(today)));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // one key per review being opened: a retry after a lost answer does not open it twice
  const [idempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLFormElement>(null);

  const stale = isStale(mutation.error);
  const errors: FieldErrors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const leftover = unmatchedErrors(errors, [...REVIEW_FIELDS]);
  const summary = clientErrors
    ? t('reviewForm.checkFields')
    : mutation.isError
      ? stale
        ? t('reviewForm.stale')
        : problemMessage(mutation.error, t)
      : null;

  const host = review?.hostOffice.id ?? me.office?.id ?? '';
  const others = (offices.data ?? []).filter((o) => o.id !== host);
  const officeOptions = others.map((o) => ({ id: o.id, label: lang === 'vi' ? o.nameVi : o.nameEn }));
  // not chosen yet: every other office takes part, shown ticked
  const selected = draft.participatingOfficeIds ?? others.map((o) => o.id);
  const set = (patch: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = validateReview(draft, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = toReviewRequest(draft, host, review?.meetingId ?? null);
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    if (review) update.mutateAsync({ id: review.id, version: review.version, body }).then(onSaved, focusFirstInvalid);
    else create.mutateAsync({ body, idempotencyKey }).then(onSaved, focusFirstInvalid);
  }

  return (
    <form ref={formRef} className="ui-panel" onSubmit={submit} noValidate data-testid="review-form">
      {review && <h3>{t('reviewForm.editTitle')}</h3>}
      <div className="ui-grid">
        <FormField id="review-kind" label={t('reviewForm.kind')} error={errorFor(errors, 'kind')}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as ReviewKind })}>
              {REVIEW_KINDS.map((k) => (
                <option key={k} value={k}>
                  {reviewKindLabel(k, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="review-from" label={t('reviewForm.from')} error={errorFor(errors, 'periodFrom')}>
          {(control) => <input {...control} type="date" value={draft.periodFrom} onChange={(e) => set({ periodFrom: e.target.value })} />}
        </FormField>
        <FormField id="review-to" label={t('reviewForm.to')} error={errorFor(errors, 'periodTo')}>
          {(control) => (
            <input {...control} type="date" min={draft.periodFrom || undefined} value={draft.periodTo} onChange={(e) => set({ periodTo: e.target.value })} />
          )}
        </FormField>
        <FormField id="review-title" label={t('reviewForm.title')} error={errorFor(errors, 'title')} className="span-all">
          {(control) => <input {...control} maxLength={500} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </FormField>
        <div className="span-all">
          <CheckList
            id="review-offices"
            label={t('reviewForm.offices')}
            options={officeOptions}
            selected={selected}
            onChange={(participatingOfficeIds) => set({ participatingOfficeIds })}
            emptyText={offices.isPending ? t('common.loading') : t('reviewForm.noOffices')}
            error={errorFor(errors, 'participatingOfficeIds') ?? errorFor(errors, 'hostOfficeId')}
          />
          {officeOptions.length > 0 && <p className="field__hint">{t('reviewForm.officesHint')}</p>}
        </div>
      </div>
      <FormErrorSummary summary={summary} leftover={leftover} testId="review-form-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="review-save">
          {mutation.isPending ? t('reviewForm.saving') : review ? t('reviewForm.save') : t('reviewForm.create')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel} data-testid="review-form-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
