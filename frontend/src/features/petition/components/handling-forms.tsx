import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/form-field';
import { OneUnitPicker, type UnitRef } from '@/components/ui/unit-picker';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAcceptPetition } from '../api/accept-petition';
import { useAskUnit } from '../api/ask-unit';
import { useClassifyPetition } from '../api/classify-petition';
import { useFilePetition } from '../api/file-petition';
import { useGuidePetitioner } from '../api/guide-petitioner';
import { useResolvePetition } from '../api/resolve-petition';
import type { Complexity, IneligibleReason, Petition, Round } from '../api/types';
import { COMPLEXITIES, INELIGIBLE_REASONS, ROUNDS, complexityLabel, ineligibleReasonLabel, roundLabel } from '../utils/labels';
import { guidanceLetterPreview } from '../utils/letter-preview';
import './petition.css';

export type HandlingFormProps = { petition: Petition; today: string; onDone: (petition: Petition) => void; onClose: () => void };

function Buttons({ pending, submitLabel, onClose, testId }: { pending: boolean; submitLabel: string; onClose: () => void; testId: string }) {
  const t = useT();
  return (
    <div className="ui-actions">
      <button type="submit" className="btn btn--primary" disabled={pending} data-testid={`${testId}-submit`}>
        {pending ? t('petition.working') : submitLabel}
      </button>
      <button type="button" className="btn btn--secondary" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </div>
  );
}

function Failure({ error, testId }: { error: Error | null; testId: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="form-error" role="alert" data-testid={`${testId}-error`}>
      {problemMessage(error, t)}
    </p>
  );
}

/** "Phân loại đơn": eligible or not (and why), complexity, a remote area, and a complaint's round — what the deadlines follow. */
export function ClassifyForm({ petition, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const classify = useClassifyPetition();
  const [eligible, setEligible] = useState<boolean | null>(null);
  const [reason, setReason] = useState<IneligibleReason | ''>('');
  const [note, setNote] = useState('');
  const [complexity, setComplexity] = useState<Complexity>('NORMAL');
  const [remoteArea, setRemoteArea] = useState(false);
  const [round, setRound] = useState<Round>('FIRST');
  const [missing, setMissing] = useState<{ eligible?: string; reason?: string }>({});
  const serverErrors = classify.isError ? fieldErrorsOf(classify.error) : {};
  const complaint = petition.kind === 'COMPLAINT';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      eligible: eligible === null ? t('petitionForm.required') : undefined,
      reason: eligible === false && !reason ? t('classify.reasonRequired') : undefined,
    };
    setMissing(found);
    if (found.eligible || found.reason || eligible === null || classify.isPending) return;
    classify.mutateAsync(
      {
        id: petition.id,
        body: {
          eligible,
          ineligibleReason: eligible ? null : reason || null,
          note: note.trim() || null,
          complexity,
          remoteArea,
          round: complaint ? round : null,
        },
      },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="classify-title" data-testid="classify-form">
      <h3 id="classify-title">{t('petitionAction.CLASSIFY')}</h3>
      <fieldset className="pt-radios" aria-describedby={missing.eligible ? 'classify-eligible-error' : undefined}>
        <legend>{t('classify.eligibleQuestion')}</legend>
        <label className="ui-check pt-check">
          <input type="radio" name="classify-eligible" data-testid="classify-eligible-yes" checked={eligible === true} onChange={() => setEligible(true)} />
          {t('handling.eligible')}
        </label>
        <label className="ui-check pt-check">
          <input type="radio" name="classify-eligible" data-testid="classify-eligible-no" checked={eligible === false} onChange={() => setEligible(false)} />
          {t('classify.notEligible')}
        </label>
        {missing.eligible && (
          <p className="field__error" id="classify-eligible-error" data-testid="classify-eligible-error" style={{ width: '100%' }}>
            {missing.eligible}
          </p>
        )}
      </fieldset>
      <div className="ui-grid">
        {eligible === false && (
          <FormField id="classify-reason" label={t('classify.reason')} error={missing.reason ?? errorFor(serverErrors, 'ineligibleReason')}>
            {(control) => (
              <select {...control} value={reason} onChange={(e) => setReason(e.target.value as IneligibleReason | '')}>
                <option value="">{t('common.select')}</option>
                {INELIGIBLE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {ineligibleReasonLabel(r, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField id="classify-complexity" label={t('classify.complexity')} error={errorFor(serverErrors, 'complexity')}>
          {(control) => (
            <select {...control} value={complexity} onChange={(e) => setComplexity(e.target.value as Complexity)}>
              {COMPLEXITIES.map((c) => (
                <option key={c} value={c}>
                  {complexityLabel(c, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {complaint && (
          <FormField id="classify-round" label={t('classify.round')} error={errorFor(serverErrors, 'round')}>
            {(control) => (
              <select {...control} value={round} onChange={(e) => setRound(e.target.value as Round)}>
                {ROUNDS.map((r) => (
                  <option key={r} value={r}>
                    {roundLabel(r, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <label className="ui-check pt-check" style={{ alignSelf: 'end' }}>
          <input type="checkbox" data-testid="classify-remote" checked={remoteArea} onChange={(e) => setRemoteArea(e.target.checked)} />
          {t('classify.remoteArea')}
        </label>
        <FormField id="classify-note" label={t('classify.note')} error={errorFor(serverErrors, 'note')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      <Failure error={classify.error} testId="classify" />
      <Buttons pending={classify.isPending} submitLabel={t('classify.submit')} onClose={onClose} testId="classify" />
    </form>
  );
}

/** "Thụ lý": the day of acceptance (today by default) and a note; the resolution is then due by statute. */
export function AcceptForm({ petition, today, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const accept = useAcceptPetition();
  const [acceptedOn, setAcceptedOn] = useState(today);
  const [note, setNote] = useState('');
  const serverErrors = accept.isError ? fieldErrorsOf(accept.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    accept.mutateAsync({ id: petition.id, body: { acceptedOn: acceptedOn || null, note: note.trim() || null } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="accept-title" data-testid="accept-form">
      <h3 id="accept-title">{t('petitionAction.ACCEPT')}</h3>
      <div className="ui-grid">
        <FormField id="accept-on" label={t('accept.on')} error={errorFor(serverErrors, 'acceptedOn')}>
          {(control) => <input {...control} type="date" max={today} value={acceptedOn} onChange={(e) => setAcceptedOn(e.target.value)} />}
        </FormField>
        <FormField id="accept-note" label={t('classify.note')} error={errorFor(serverErrors, 'note')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      <Failure error={accept.error} testId="accept" />
      <Buttons pending={accept.isPending} submitLabel={t('accept.submit')} onClose={onClose} testId="accept" />
    </form>
  );
}

/** "Hướng dẫn, trả lời": the reply to the petitioner, previewed as the guidance letter will say it. */
export function GuideForm({ petition, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const me = useCurrentUser();
  const guide = useGuidePetitioner();
  const [reply, setReply] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = guide.isError ? fieldErrorsOf(guide.error) : {};
  const preview = guidanceLetterPreview(me.office?.nameVi ?? '', petition, reply);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!reply.trim());
    if (!reply.trim() || guide.isPending) return;
    guide.mutateAsync({ id: petition.id, body: { reply: reply.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="guide-title" data-testid="guide-form">
      <h3 id="guide-title">{t('petitionAction.GUIDE')}</h3>
      <FormField id="guide-reply" label={t('guide.reply')} error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'reply')}>
        {(control) => <textarea {...control} rows={5} maxLength={8000} value={reply} onChange={(e) => setReply(e.target.value)} />}
      </FormField>
      <section aria-labelledby="guide-preview-title">
        <h3 id="guide-preview-title">{t('guide.preview')}</h3>
        <div className="pt-letter" data-testid="guide-preview">
          {preview.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      </section>
      <Failure error={guide.error} testId="guide" />
      <Buttons pending={guide.isPending} submitLabel={t('guide.submit')} onClose={onClose} testId="guide" />
    </form>
  );
}

/** "Lưu đơn": why the petition is filed without further handling. */
export function FileForm({ petition, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const file = useFilePetition();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = file.isError ? fieldErrorsOf(file.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim() || file.isPending) return;
    file.mutateAsync({ id: petition.id, body: { reason: reason.trim() } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="file-title" data-testid="file-form">
      <h3 id="file-title">{t('petitionAction.FILE')}</h3>
      <FormField id="file-reason" label={t('file.reason')} error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'reason')}>
        {(control) => <textarea {...control} rows={3} maxLength={4000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <Failure error={file.error} testId="file" />
      <Buttons pending={file.isPending} submitLabel={t('file.submit')} onClose={onClose} testId="file" />
    </form>
  );
}

/** "Kết quả giải quyết": the day, what was decided and the number of the decision or conclusion. */
export function ResolveForm({ petition, today, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const resolve = useResolvePetition();
  const [resolvedOn, setResolvedOn] = useState(today);
  const [summary, setSummary] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [missing, setMissing] = useState(false);
  const serverErrors = resolve.isError ? fieldErrorsOf(resolve.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!summary.trim());
    if (!summary.trim() || resolve.isPending) return;
    resolve.mutateAsync(
      { id: petition.id, body: { resolvedOn: resolvedOn || null, summary: summary.trim(), documentNumber: documentNumber.trim() || null } },
    ).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="resolve-title" data-testid="resolve-form">
      <h3 id="resolve-title">{t('petitionAction.RESOLVE')}</h3>
      <div className="ui-grid">
        <FormField id="resolve-on" label={t('resolve.on')} error={errorFor(serverErrors, 'resolvedOn')}>
          {(control) => <input {...control} type="date" max={today} value={resolvedOn} onChange={(e) => setResolvedOn(e.target.value)} />}
        </FormField>
        <FormField id="resolve-number" label={t('resolve.documentNumber')} error={errorFor(serverErrors, 'documentNumber')}>
          {(control) => <input {...control} maxLength={100} value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} />}
        </FormField>
        <FormField
          id="resolve-summary"
          label={t('resolve.summary')}
          error={missing ? t('petitionForm.required') : errorFor(serverErrors, 'summary')}
          className="span-all"
        >
          {(control) => <textarea {...control} rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </FormField>
      </div>
      <Failure error={resolve.error} testId="resolve" />
      <Buttons pending={resolve.isPending} submitLabel={t('resolve.submit')} onClose={onClose} testId="resolve" />
    </form>
  );
}

/** "Đề nghị đơn vị xác minh": the unit, what it should verify and report, and by when. */
export function AssignUnitForm({ petition, today, onDone, onClose }: HandlingFormProps) {
  const t = useT();
  const ask = useAskUnit();
  const [unit, setUnit] = useState<UnitRef | null>(null);
  const [request, setRequest] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [missing, setMissing] = useState<{ unit?: string; request?: string; dueOn?: string }>({});
  const serverErrors = ask.isError ? fieldErrorsOf(ask.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = t('petitionForm.required');
    const found = { unit: unit ? undefined : required, request: request.trim() ? undefined : required, dueOn: dueOn ? undefined : required };
    setMissing(found);
    if (found.unit || found.request || found.dueOn || !unit || ask.isPending) return;
    ask.mutateAsync({ id: petition.id, body: { unitId: unit.id, request: request.trim(), dueOn } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate aria-labelledby="assign-unit-title" data-testid="assign-unit-form">
      <h3 id="assign-unit-title">{t('petitionAction.ASSIGN_UNIT')}</h3>
      <div className="ui-grid">
        <OneUnitPicker id="assign-unit" label={t('assignUnit.unit')} selected={unit} onChange={setUnit} error={missing.unit ?? errorFor(serverErrors, 'unitId')} />
        <FormField id="assign-unit-due" label={t('assignUnit.dueOn')} error={missing.dueOn ?? errorFor(serverErrors, 'dueOn')}>
          {(control) => <input {...control} type="date" min={today} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
        </FormField>
        <FormField
          id="assign-unit-request"
          label={t('assignUnit.request')}
          error={missing.request ?? errorFor(serverErrors, 'request')}
          className="span-all"
        >
          {(control) => <textarea {...control} rows={3} maxLength={2000} value={request} onChange={(e) => setRequest(e.target.value)} />}
        </FormField>
      </div>
      <Failure error={ask.error} testId="assign-unit" />
      <Buttons pending={ask.isPending} submitLabel={t('assignUnit.submit')} onClose={onClose} testId="assign-unit" />
    </form>
  );
}
