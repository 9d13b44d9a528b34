import { useRef, useState, type FormEvent } from 'react';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n } from '@/lib/i18n';
import { useBodies } from '../api/get-bodies';
import type { PetitionChannel, PetitionKind, PetitionRequest } from '../api/types';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, useUploadAttachment } from '../api/upload-attachment';
import { formatFileSize } from '../utils/file-size';
import { INTAKE_CHANNELS, PETITION_KINDS, petitionChannelLabel, petitionKindLabel } from '../utils/labels';
import {
  CROWD_SIZE,
  emptyDraft,
  emptyPetitioner,
  fileErrorsOf,
  maxRepresentatives,
  PETITION_FIELDS,
  petitionerCountOf,
  toPetitionRequest,
  uploadedFile,
  validatePetition,
  type AttachmentDraft,
  type PetitionDraft,
  type PetitionerDraft,
} from '../utils/petition-draft';
import './petition.css';

type Props = {
  /** the last day a petition may be received on (yyyy-MM-dd), the default too */
  today: string;
  /** a petition recorded at a reception session is handed in in person: the channel is not asked */
  fixedChannel?: PetitionChannel;
  pending: boolean;
  /** the failed save, whose field errors (400) sit under their fields */
  error: Error | null;
  onSubmit: (body: PetitionRequest, idempotencyKey: string) => void;
  onCancel?: () => void;
  submitLabel: string;
};

/**
 * "Tiếp nhận đơn": how it came (post, in person, a voter meeting, transferred by another body — which is then named), its
 * kind, date, summary and content, the act complained about, whom it is addressed to, the petitioners (or none: đơn nặc
 * danh) with the crowd rule for five people or more, and the scanned files. The identities are sealed by the server at once,
 * and so are the files marked as showing a petitioner's handwriting or identity (a denunciation's start marked).
 */
export function PetitionForm({ today, fixedChannel, pending, error, onSubmit, onCancel, submitLabel }: Props) {
  const { lang, t } = useI18n();
  const bodies = useBodies();
  const upload = useUploadAttachment();
  const [draft, setDraft] = useState<PetitionDraft>(() => emptyDraft(today, fixedChannel ?? 'POST'));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // the sealed scans of the last request sent: the server names them by their index there (identityScanIds[i])
  const [sentScanIds, setSentScanIds] = useState<readonly string[]>([]);
  // one key per petition being recorded: a retry after a lost answer does not record it twice
  const [idempotencyKey] = useState(newIdempotencyKey);
  const formRef = useRef<HTMLFormElement>(null);

  const errors: FieldErrors = clientErrors ?? (error ? fieldErrorsOf(error) : {});
  const leftover = unmatchedErrors(errors, [...PETITION_FIELDS]);
  const filesErrors = fileErrorsOf(errors, sentScanIds, draft.attachments);
  const summary = clientErrors ? t('petitionForm.checkFields') : error ? problemMessage(error, t) : null;
  const set = (patch: Partial<PetitionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setPetitioner = (key: string, patch: Partial<PetitionerDraft>) =>
    setDraft((d) => ({ ...d, petitioners: d.petitioners.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
  const setAttachment = (id: string, patch: Partial<AttachmentDraft>) =>
    setDraft((d) => ({ ...d, attachments: d.attachments.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));

  const count = petitionerCountOf(draft);
  const marked = draft.petitioners.filter((p) => p.representative).length;
  const crowd = !draft.anonymous && count >= CROWD_SIZE;

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || upload.isPending) return;
    const found = validatePetition(draft, today, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = toPetitionRequest(draft);
    setSentScanIds(body.identityScanIds ?? []);
    onSubmit(body, idempotencyKey);
  }

  async function addFiles(files: FileList | null) {
    setFileError(null);
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setFileError(t('petitionForm.fileTooLarge', { name: file.name }));
        continue;
      }
      try {
        const stored = await upload.mutateAsync(file);
        // marked from the kind at hand when it arrives; a later change of the kind leaves it as it is
        setDraft((d) => ({ ...d, attachments: [...d.attachments, uploadedFile(stored, d.kind)] }));
      } catch (e) {
        setFileError(problemMessage(e, t));
      }
    }
  }

  const groupError = errors.petitioners;

  return (
    <form ref={formRef} className="ui-panel" onSubmit={submit} noValidate data-testid="petition-form">
      <div className="ui-grid">
        {!fixedChannel && (
          <FormField id="petition-channel" label={t('petition.channel')} error={errorFor(errors, 'channel')}>
            {(control) => (
              <select {...control} value={draft.channel} onChange={(e) => set({ channel: e.target.value as PetitionChannel })}>
                {INTAKE_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {petitionChannelLabel(c, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {draft.channel === 'TRANSFERRED' && (
          <FormField id="petition-transferred-from" label={t('petition.transferredFrom')} error={errorFor(errors, 'transferredFrom')}>
            {(control) => (
              <input {...control} maxLength={500} required value={draft.transferredFrom} onChange={(e) => set({ transferredFrom: e.target.value })} />
            )}
          </FormField>
        )}
        <FormField id="petition-kind" label={t('petition.kind')} error={errorFor(errors, 'kind')}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as PetitionKind })}>
              {PETITION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {petitionKindLabel(k, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="petition-received-on" label={t('petition.receivedOn')} error={errorFor(errors, 'receivedOn')}>
          {(control) => <input {...control} type="date" max={today} value={draft.receivedOn} onChange={(e) => set({ receivedOn: e.target.value })} />}
        </FormField>
        {draft.kind === 'DENUNCIATION' && (
          <p className="ui-info span-all" role="note" data-testid="petition-denunciation-note">
            {t('petitionForm.denunciationNote')}
          </p>
        )}
        <FormField id="petition-subject" label={t('petition.subject')} error={errorFor(errors, 'subject')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={500} value={draft.subject} onChange={(e) => set({ subject: e.target.value })} />}
        </FormField>
        <FormField id="petition-content" label={t('petition.content')} error={errorFor(errors, 'content')} className="span-all">
          {(control) => <textarea {...control} rows={6} maxLength={20000} value={draft.content} onChange={(e) => set({ content: e.target.value })} />}
        </FormField>
        {draft.kind === 'COMPLAINT' && (
          <FormField
            id="petition-contested-act"
            label={t('petition.contestedAct')}
            hint={t('petitionForm.contestedActHint')}
            error={errorFor(errors, 'contestedAct')}
            className="span-all"
          >
            {(control) => (
              <textarea {...control} rows={2} maxLength={2000} value={draft.contestedAct} onChange={(e) => set({ contestedAct: e.target.value })} />
            )}
          </FormField>
        )}
        <FormField id="petition-addressed-to" label={t('petition.addressedTo')} hint={t('petitionForm.addressedToHint')} error={errorFor(errors, 'addressedTo')}>
          {(control) => <input {...control} maxLength={500} value={draft.addressedTo} onChange={(e) => set({ addressedTo: e.target.value })} />}
        </FormField>
        <FormField id="petition-body" label={t('petition.addressedBody')} error={errorFor(errors, 'addressedBodyId')}>
          {(control) => (
            <select {...control} value={draft.addressedBodyId} onChange={(e) => set({ addressedBodyId: e.target.value })}>
              <option value="">{t('petitionForm.noBody')}</option>
              {(bodies.data ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {lang === 'vi' ? b.nameVi : b.nameEn}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <fieldset className="ui-panel" style={{ margin: 0 }} aria-describedby={groupError ? 'petition-petitioners-error' : undefined}>
        <legend style={{ fontWeight: 700, color: 'var(--navy)' }}>{t('petition.petitioners')}</legend>
        <label className="ui-check pt-check">
          <input
            type="checkbox"
            data-testid="petition-anonymous"
            checked={draft.anonymous}
            onChange={(e) => set({ anonymous: e.target.checked, petitioners: e.target.checked ? [] : [emptyPetitioner()], petitionerCount: '' })}
          />
          {t('petitionForm.anonymous')}
        </label>
        {draft.anonymous ? (
          <p className="ui-meta" data-testid="petition-anonymous-hint">
            {t('petitionForm.anonymousHint')}
          </p>
        ) : (
          <>
            <ol className="pt-petitioners" data-testid="petition-petitioners">
              {draft.petitioners.map((p, i) => (
                <li key={p.key} className="pt-petitioner" data-testid="petitioner-row">
                  <div className="pt-petitioner__head">
                    <span>{t('petition.petitionerNo', { n: i + 1 })}</span>
                    <label className="ui-check pt-check">
                      <input
                        type="checkbox"
                        data-testid={`petitioner-${i}-representative`}
                        checked={p.representative}
                        onChange={(e) => setPetitioner(p.key, { representative: e.target.checked })}
                      />
                      {t('petition.representative')}
                    </label>
                    {draft.petitioners.length > 1 && (
                      <button
                        type="button"
                        className="btn btn--secondary btn--small"
                        data-testid={`petitioner-${i}-remove`}
                        onClick={() => set({ petitioners: draft.petitioners.filter((x) => x.key !== p.key) })}
                      >
                        {t('petitionForm.removePetitioner')}
                      </button>
                    )}
                  </div>
                  <div className="ui-grid">
                    <FormField id={`petitioner-${i}-name`} label={t('identity.fullName')} error={errorFor(errors, `petitioners[${i}].fullName`)}>
                      {(control) => (
                        <input {...control} maxLength={200} autoComplete="off" value={p.fullName} onChange={(e) => setPetitioner(p.key, { fullName: e.target.value })} />
                      )}
                    </FormField>
                    <FormField id={`petitioner-${i}-address`} label={t('identity.address')} error={errorFor(errors, `petitioners[${i}].address`)}>
                      {(control) => (
                        <input {...control} maxLength={500} autoComplete="off" value={p.address} onChange={(e) => setPetitioner(p.key, { address: e.target.value })} />
                      )}
                    </FormField>
                    <FormField id={`petitioner-${i}-id-number`} label={t('identity.idNumber')} error={errorFor(errors, `petitioners[${i}].idNumber`)}>
                      {(control) => (
                        <input
                          {...control}
                          maxLength={20}
                          autoComplete="off"
                          inputMode="numeric"
                          value={p.idNumber}
                          onChange={(e) => setPetitioner(p.key, { idNumber: e.target.value })}
                        />
                      )}
                    </FormField>
                    <FormField id={`petitioner-${i}-phone`} label={t('identity.phone')} error={errorFor(errors, `petitioners[${i}].phone`)}>
                      {(control) => (
                        <input {...control} type="tel" maxLength={30} autoComplete="off" value={p.phone} onChange={(e) => setPetitioner(p.key, { phone: e.target.value })} />
                      )}
                    </FormField>
                  </div>
                </li>
              ))}
            </ol>
            <div className="ui-actions">
              <button
                type="button"
                className="btn btn--secondary btn--small"
                data-testid="petitioner-add"
                onClick={() => set({ petitioners: [...draft.petitioners, emptyPetitioner()] })}
              >
                + {t('petitionForm.addPetitioner')}
              </button>
            </div>
            <FormField
              id="petition-count"
              label={t('petition.petitionerCount')}
              hint={t('petitionForm.countHint')}
              error={errorFor(errors, 'petitionerCount')}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={draft.petitioners.length}
                  inputMode="numeric"
                  value={draft.petitionerCount}
                  onChange={(e) => set({ petitionerCount: e.target.value })}
                  style={{ maxWidth: '10rem' }}
                />
              )}
            </FormField>
            <p className={crowd ? 'pt-warning' : 'ui-meta'} data-testid="petition-crowd-rule">
              {crowd ? t('petitionForm.crowdNow', { count, max: maxRepresentatives(count), marked }) : t('petitionForm.crowdRule')}
            </p>
          </>
        )}
        {groupError && (
          <p className="field__error" id="petition-petitioners-error" data-testid="petition-petitioners-error">
            {groupError}
          </p>
        )}
      </fieldset>

      <div className="field">
        <label htmlFor="petition-files">{t('petition.attachments')}</label>
        <input
          id="petition-files"
          data-testid="petition-files"
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          disabled={upload.isPending}
          onChange={(e) => {
            void addFiles(e.target.files);
            e.target.value = '';
          }}
        />
        {!fileError && <p className="field__hint">{upload.isPending ? t('petitionForm.uploading') : t('petitionForm.filesHint')}</p>}
        {(fileError || filesErrors.list) && (
          <p className="field__error" data-testid="petition-files-error">
            {fileError ?? filesErrors.list}
          </p>
        )}
        {draft.attachments.length > 0 && (
          <ul className="pt-petitioners" data-testid="petition-files-list">
            {draft.attachments.map((a, i) => {
              const scanError = filesErrors.byFile[a.id];
              return (
                <li key={a.id} className="pt-petitioner ui-actions" data-testid="petition-file">
                  <span className="ui-tag">
                    <span id={`petition-file-${i}-name`}>{a.fileName}</span> ({formatFileSize(a.sizeBytes, lang)})
                    <button
                      type="button"
                      aria-label={t('petitionForm.removeFile', { name: a.fileName })}
                      onClick={() => set({ attachments: draft.attachments.filter((x) => x.id !== a.id) })}
                    >
                      ×
                    </button>
                  </span>
                  <label className="ui-check pt-check" htmlFor={`petition-file-${i}-identity-scan`}>
                    <input
                      id={`petition-file-${i}-identity-scan`}
                      type="checkbox"
                      data-testid={`petition-file-${i}-identity-scan`}
                      checked={a.identityScan}
                      aria-invalid={scanError ? true : undefined}
                      aria-describedby={[`petition-file-${i}-name`, scanError && `petition-file-${i}-identity-scan-error`].filter(Boolean).join(' ')}
                      onChange={(e) => setAttachment(a.id, { identityScan: e.target.checked })}
                    />
                    {t('petitionForm.identityScan')}
                  </label>
                  {scanError && (
                    <p
                      className="field__error"
                      id={`petition-file-${i}-identity-scan-error`}
                      data-testid={`petition-file-${i}-identity-scan-error`}
                      style={{ width: '100%' }}
                    >
                      {scanError}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <FormErrorSummary summary={summary} leftover={leftover} testId="petition-form-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={pending || upload.isPending} data-testid="petition-save">
          {pending ? t('petitionForm.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--secondary" onClick={onCancel} data-testid="petition-form-cancel">
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
