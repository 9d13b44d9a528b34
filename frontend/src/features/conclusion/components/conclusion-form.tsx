import { useRef, useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { isoDate } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useCreateConclusion } from '../api/create-conclusion';
import { useBodies } from '../api/get-bodies';
import { useUnits } from '../api/get-units';
import type { Unit } from '../api/types';
import {
  emptyDocument,
  emptyTask,
  shownFields,
  taskPrefix,
  toRequest,
  validate,
  type DocumentDraft,
  type TaskDraft,
} from '../utils/document-draft';
import { withAttachments } from '../utils/attachments';
import { fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { isIsoDate } from '../utils/format';
import { newIdempotencyKey } from '@/lib/api/idempotency';
import { AttachmentPicker } from './attachment-picker';
import { DocumentFields } from './document-fields';
import { TaskFields } from './task-fields';
import './conclusion.css';
import { FormErrorSummary } from '@/components/ui/form-error-summary';

type Props = {
  onCreated: (id: string) => void;
  onCancel?: () => void;
  /** for tests: the day the form starts from */
  today?: string;
};

export function ConclusionForm({ onCreated, onCancel, today = isoDate() }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<DocumentDraft>(() => emptyDocument(today));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateConclusion();
  const bodies = useBodies();
  const unitsOn = isIsoDate(draft.issuedOn) ? draft.issuedOn : today;
  const units = useUnits(unitsOn);

  const errors: FieldErrors = clientErrors ?? (create.isError ? fieldErrorsOf(create.error) : {});
  const leftover = unmatchedErrors(errors, shownFields(draft.tasks.length));
  const summary = clientErrors
    ? t('conclusionForm.checkFields')
    : create.isError
      ? problemMessage(create.error, t)
      : null;

  function setTask(index: number, patch: Partial<TaskDraft>) {
    setDraft((d) => ({ ...d, tasks: d.tasks.map((task, i) => (i === index ? { ...task, ...patch } : task)) }));
  }

  function addTask() {
    setDraft((d) => ({ ...d, tasks: [...d.tasks, emptyTask()] }));
  }

  function removeTask(index: number) {
    // the server's field paths (tasks[2]…) no longer match the tasks shown
    create.reset();
    setClientErrors(null);
    setDraft((d) => ({ ...d, tasks: d.tasks.filter((_, i) => i !== index) }));
  }

  /** Once the errors are shown, moves to the first field that has one. */
  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending || uploading) return;
    const found = validate(draft, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = { ...toRequest(draft), ...withAttachments(attachmentIds) };
    const json = JSON.stringify(body);
    // a retry of the same submission keeps its key, so the server records it once
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    create.mutateAsync({ body, idempotencyKey: attempt.current.key }).then(onCreated, focusFirstInvalid);
  }

  const unitList: Unit[] = units.data ?? [];
  const bodyList = bodies.data ?? [];

  return (
    <form ref={formRef} className="page" onSubmit={submit} noValidate data-testid="conclusion-form">
      <section className="card">
        <h2 className="card__title">{t('conclusionForm.document')}</h2>
        <DocumentFields
          idPrefix="conclusion"
          details={draft}
          bodies={bodyList}
          errors={errors}
          today={today}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        />
        <AttachmentPicker
          id="conclusion-attachments"
          disabled={create.isPending}
          onChange={setAttachmentIds}
          onBusyChange={setUploading}
        />
      </section>

      <section className="card">
        <h2 className="card__title">{t('conclusionForm.tasks')}</h2>
        <div className="page">
          {draft.tasks.map((task, index) => (
            <TaskFields
              key={task.key}
              idPrefix={`task-${index}`}
              errorPrefix={taskPrefix(index)}
              legend={t('conclusionForm.task', { n: index + 1 })}
              task={task}
              units={unitList}
              errors={errors}
              onChange={(patch) => setTask(index, patch)}
              remove={
                draft.tasks.length > 1
                  ? { label: t('conclusionForm.removeTask', { n: index + 1 }), onRemove: () => removeTask(index) }
                  : undefined
              }
            />
          ))}
          <div>
            <button type="button" className="btn btn--secondary" onClick={addTask} data-testid="conclusion-add-task">
              + {t('conclusionForm.addTask')}
            </button>
          </div>
        </div>
      </section>

      <FormErrorSummary summary={summary} leftover={leftover} testId="conclusion-error" />

      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={create.isPending || uploading} data-testid="conclusion-submit">
          {create.isPending ? t('conclusionForm.submitting') : t('conclusionForm.submit')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
