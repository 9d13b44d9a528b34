import { useState, type FormEvent } from 'react';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useDeleteItem } from '../api/delete-item';
import type { ProgrammeItem } from '../api/types';
import { FormField } from '@/components/ui/form-field';

type Props = { item: ProgrammeItem; programmeId: string; amend: boolean; onClose: () => void; onDeleted: () => void };

/** Confirms removing an item; on a published programme it is cancelled, with the amendment's reason. */
export function DeleteItemForm({ item, programmeId, amend, onClose, onDeleted }: Props) {
  const t = useT();
  const mutation = useDeleteItem();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (amend && !reason.trim()) {
      setMissing(true);
      return;
    }
    mutation.mutateAsync(
      { id: item.id, programmeId, version: item.version, ...(amend ? { amendmentReason: reason.trim() } : {}) },
    ).then(onDeleted, shownByTheMutation);
  }

  return (
    <form className="ui-panel" role="dialog" aria-labelledby="delete-item-title" onSubmit={submit} noValidate data-testid="delete-item-form">
      <h3 id="delete-item-title">{t(amend ? 'items.cancelConfirm' : 'items.deleteConfirm', { title: item.title })}</h3>
      {amend && (
        <FormField id="delete-reason" label={t('itemForm.amendmentReason')} error={missing ? t('itemForm.amendmentRequired') : undefined}>
          {(control) => <textarea {...control} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      )}
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="delete-item-error">
          {mutation.error instanceof ApiError && mutation.error.status === 412
            ? t('itemForm.stale')
            : problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="cal-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="delete-item-submit">
          {amend ? t('items.cancelItem') : t('items.delete')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
