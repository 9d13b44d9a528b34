import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { useBodies } from '../api/get-bodies';
import type { ConclusionDocument } from '../api/types';
import { useUpdateConclusion } from '../api/update-conclusion';
import {
  detailsOf,
  DOCUMENT_FIELDS,
  toDetailsUpdate,
  validateDetails,
  type DocumentDetailsDraft,
} from '../utils/document-draft';
import { fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { DocumentFields } from './document-fields';
import { FormErrorSummary } from '@/components/ui/form-error-summary';

type Props = {
  /** the document as last fetched: its details fill the form, its version goes in If-Match */
  document: ConclusionDocument;
  today: string;
  onClose: () => void;
  onSaved: () => void;
  /** fetches the document again (after a 412) */
  onReload: () => Promise<unknown>;
};

/** 412 Precondition Failed: the If-Match version is no longer the current one. */
function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * "Sửa thông tin": corrects a recorded notice's details (not its tasks) with If-Match. Render
 * it keyed by the document's version so that a reloaded document starts a fresh form.
 */
export function EditDetailsForm({ document, today, onClose, onSaved, onReload }: Props) {
  const t = useT();
  const [details, setDetails] = useState<DocumentDetailsDraft>(() => detailsOf(document));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [reloading, setReloading] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const update = useUpdateConclusion();
  const bodies = useBodies();

  const stale = isStale(update.error);
  const errors: FieldErrors = clientErrors ?? (update.isError && !stale ? fieldErrorsOf(update.error) : {});
  const leftover = unmatchedErrors(errors, [...DOCUMENT_FIELDS]);
  const summary = clientErrors
    ? t('conclusionForm.checkFields')
    : update.isError && !stale
      ? problemMessage(update.error, t)
      : null;

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const found = validateDetails(details, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    update.mutateAsync({ id: document.id, version: document.version, body: toDetailsUpdate(details, document) }).then(onSaved, focusFirstInvalid);
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
      update.reset();
    }
  }

  return (
    <form ref={formRef} className="page" onSubmit={submit} noValidate data-testid="conclusion-edit-form">
      <h3 className="card__title">{t('conclusion.editTitle')}</h3>
      <DocumentFields
        idPrefix="conclusion-edit"
        details={details}
        bodies={bodies.data ?? []}
        errors={errors}
        today={today}
        onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))}
      />
      {stale && (
        <div className="form-error" role="alert" data-testid="conclusion-edit-stale">
          <p style={{ margin: 0 }}>{t('conclusion.stale')}</p>
          <button
            type="button"
            className="btn btn--secondary"
            style={{ marginTop: '0.5rem' }}
            disabled={reloading}
            onClick={reload}
            data-testid="conclusion-edit-reload"
          >
            {t('conclusion.reload')}
          </button>
        </div>
      )}
      <FormErrorSummary summary={summary} leftover={leftover} testId="conclusion-edit-error" />
      <div className="form-actions">
        <button
          type="submit"
          className="btn btn--primary"
          disabled={update.isPending || stale}
          data-testid="conclusion-edit-submit"
        >
          {update.isPending ? t('conclusion.saving') : t('conclusion.editSubmit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="conclusion-edit-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
