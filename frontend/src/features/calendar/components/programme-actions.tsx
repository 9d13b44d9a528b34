import { useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useApproveProgramme } from '../api/approve-programme';
import { useConsolidateProgramme } from '../api/consolidate-programme';
import { usePublishProgramme } from '../api/publish-programme';
import { useReturnProgramme } from '../api/return-programme';
import { useSubmitProgramme } from '../api/submit-programme';
import type { Programme, ProgrammeAction } from '../api/types';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { actionLabel } from '../utils/labels';
import { isIsoDate } from '../utils/period';
import { allowedActions } from '../utils/permissions';
import { FormField } from '@/components/ui/form-field';
import './calendar.css';

type Transition = Exclude<ProgrammeAction, 'EDIT_ITEMS' | 'AMEND'>;
const TRANSITIONS: readonly Transition[] = ['SUBMIT', 'RETURN', 'CONSOLIDATE', 'APPROVE', 'PUBLISH'];

type Props = { programme: Programme; today: string; onDone: (action: Transition) => void };

/**
 * The transitions THIS user may make now — exactly the server's `allowedActions`: "Gửi chương trình", "Trả lại"
 * (with a required comment), "Tổng hợp", "Phê duyệt" (decision number and date), "Ban hành".
 */
export function ProgrammeActions({ programme, today, onDone }: Props) {
  const t = useT();
  const [open, setOpen] = useState<'RETURN' | 'APPROVE' | null>(null);
  const submit = useSubmitProgramme();
  const consolidate = useConsolidateProgramme();
  const publish = usePublishProgramme();
  const actions = allowedActions(programme.allowedActions).filter((a): a is Transition => TRANSITIONS.includes(a as Transition));
  if (actions.length === 0) return null;

  const direct: Partial<Record<Transition, typeof submit>> = { SUBMIT: submit, CONSOLIDATE: consolidate, PUBLISH: publish };
  const failed = [submit, consolidate, publish].find((m) => m.isError);
  const busy = submit.isPending || consolidate.isPending || publish.isPending;

  return (
    <section className="card" aria-labelledby="programme-actions-title" data-testid="programme-actions">
      <h2 id="programme-actions-title" className="card__title">
        {t('programme.actions')}
      </h2>
      <div className="cal-actions">
        {actions.map((action) => {
          const mutation = direct[action];
          return (
            <button
              key={action}
              type="button"
              className={action === 'RETURN' ? 'btn btn--secondary' : 'btn btn--primary'}
              data-testid={`programme-${action.toLowerCase()}`}
              aria-expanded={mutation ? undefined : open === action}
              disabled={busy}
              onClick={() => {
                if (mutation) {
                  setOpen(null);
                  mutation.mutateAsync({ id: programme.id }).then(() => onDone(action), shownByTheMutation);
                } else {
                  setOpen(open === action ? null : (action as 'RETURN' | 'APPROVE'));
                }
              }}
            >
              {actionLabel(action, t)}
            </button>
          );
        })}
      </div>
      {failed && (
        <p className="form-error" role="alert" data-testid="programme-action-error" style={{ marginTop: '0.75rem' }}>
          {problemMessage(failed.error, t)}
        </p>
      )}
      {open === 'RETURN' && (
        <ReturnDialog
          programme={programme}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone('RETURN');
          }}
        />
      )}
      {open === 'APPROVE' && (
        <ApproveDialog
          programme={programme}
          today={today}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone('APPROVE');
          }}
        />
      )}
    </section>
  );
}

type DialogProps = { programme: Programme; onClose: () => void; onDone: () => void };

function ReturnDialog({ programme, onClose, onDone }: DialogProps) {
  const t = useT();
  const mutation = useReturnProgramme();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = mutation.isError ? fieldErrorsOf(mutation.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutateAsync({ id: programme.id, body: { comment: comment.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" role="dialog" aria-labelledby="return-title" onSubmit={submit} noValidate data-testid="return-dialog">
      <h3 id="return-title">{t('programmeAction.RETURN')}</h3>
      <FormField
        id="return-comment"
        label={t('action.returnComment')}
        error={missing ? t('itemForm.required') : errorFor(serverErrors, 'comment')}
      >
        {(control) => <textarea {...control} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </FormField>
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="return-error">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="cal-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="return-submit">
          {mutation.isPending ? t('action.submitting') : t('programmeAction.RETURN')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="return-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ApproveDialog({ programme, today, onClose, onDone }: DialogProps & { today: string }) {
  const t = useT();
  const mutation = useApproveProgramme();
  const [decisionReference, setReference] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [missing, setMissing] = useState<{ reference: boolean; date: boolean }>({ reference: false, date: false });
  const serverErrors = mutation.isError ? fieldErrorsOf(mutation.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = { reference: !decisionReference.trim(), date: !isIsoDate(decidedOn) };
    setMissing(found);
    if (found.reference || found.date) return;
    mutation.mutateAsync({ id: programme.id, body: { decisionReference: decisionReference.trim(), decidedOn } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" role="dialog" aria-labelledby="approve-title" onSubmit={submit} noValidate data-testid="approve-dialog">
      <h3 id="approve-title">{t('programmeAction.APPROVE')}</h3>
      <div className="ui-grid">
        <FormField
          id="approve-reference"
          label={t('action.decisionReference')}
          error={missing.reference ? t('itemForm.required') : errorFor(serverErrors, 'decisionReference')}
        >
          {(control) => (
            <input {...control} maxLength={100} value={decisionReference} onChange={(e) => setReference(e.target.value)} />
          )}
        </FormField>
        <FormField
          id="approve-date"
          label={t('action.decidedOn')}
          error={missing.date ? t('itemForm.required') : errorFor(serverErrors, 'decidedOn')}
        >
          {(control) => <input {...control} type="date" max={today} value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />}
        </FormField>
      </div>
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="approve-error">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="cal-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="approve-submit">
          {mutation.isPending ? t('action.submitting') : t('programmeAction.APPROVE')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="approve-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
