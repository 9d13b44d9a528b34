import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { OneUnitPicker, type UnitRef } from '@/components/ui/unit-picker';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useForwardPetition } from '../api/forward-petition';
import type { Petition } from '../api/types';
import { forwardingLetterPreview } from '../utils/letter-preview';
import './petition.css';

type Props = { petition: Petition; today: string; onDone: (petition: Petition) => void; onClose: () => void };

/**
 * "Chuyển đơn": to the competent authority (required; a unit of the province may be picked for it, and is then told), what
 * the letter asks, by when a reply is expected — with the letter's text as it will be issued, before it is.
 */
export function ForwardForm({ petition, today, onDone, onClose }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const forward = useForwardPetition();
  const [authority, setAuthority] = useState('');
  const [unit, setUnit] = useState<UnitRef | null>(null);
  const [note, setNote] = useState('');
  const [replyDueOn, setReplyDueOn] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = forward.isError ? fieldErrorsOf(forward.error) : {};
  const officeName = me.office?.nameVi ?? '';
  const preview = forwardingLetterPreview({ officeName, petition, authority, note, replyDueOn });

  function pickUnit(picked: UnitRef | null) {
    setUnit(picked);
    // the unit is usually the authority itself: its name fills the field while nothing else was written
    if (picked && (!authority.trim() || authority === unit?.name)) setAuthority(picked.name);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const blank = !authority.trim();
    setMissing(blank);
    if (blank || forward.isPending) return;
    forward.mutateAsync(
      {
        id: petition.id,
        body: { authority: authority.trim(), authorityUnitId: unit?.id ?? null, note: note.trim() || null, replyDueOn: replyDueOn || null },
      },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="forward-title" data-testid="forward-form">
      <h3 id="forward-title">{t('petitionAction.FORWARD')}</h3>
      <div className="ui-grid">
        <OneUnitPicker id="forward-unit" label={t('forward.unit')} selected={unit} onChange={pickUnit} error={errorFor(serverErrors, 'authorityUnitId')} />
        <FormField
          id="forward-authority"
          label={t('forward.authority')}
          hint={t('forward.authorityHint')}
          error={missing ? t('forward.authorityRequired') : errorFor(serverErrors, 'authority')}
        >
          {(control) => <input {...control} maxLength={500} value={authority} onChange={(e) => setAuthority(e.target.value)} />}
        </FormField>
        <FormField id="forward-note" label={t('forward.note')} error={errorFor(serverErrors, 'note')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        <FormField id="forward-reply-due" label={t('forward.replyDueOn')} error={errorFor(serverErrors, 'replyDueOn')}>
          {(control) => <input {...control} type="date" min={today} value={replyDueOn} onChange={(e) => setReplyDueOn(e.target.value)} />}
        </FormField>
      </div>
      <section aria-labelledby="forward-preview-title">
        <h3 id="forward-preview-title">{t('forward.preview')}</h3>
        <div className="pt-letter" data-testid="forward-preview">
          {preview.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      </section>
      {forward.isError && (
        <p className="form-error" role="alert" data-testid="forward-error">
          {problemMessage(forward.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={forward.isPending} data-testid="forward-submit">
          {forward.isPending ? t('petition.working') : t('forward.submit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
