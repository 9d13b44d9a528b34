import { useRef, useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { useAddConclusionTask } from '../api/add-conclusion-task';
import { useUnits } from '../api/get-units';
import type { ConclusionDocument } from '../api/types';
import { emptyTask, TASK_FIELDS, toTaskRequest, validateTask, type TaskDraft } from '../utils/document-draft';
import { fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { TaskFields } from './task-fields';
import { FormErrorSummary } from '@/components/ui/form-error-summary';

type Props = { document: ConclusionDocument; onClose: () => void; onAdded: () => void };

/**
 * "Thêm nhiệm vụ": one more task for a recorded notice, with the task sub-form of the
 * recording form. The server names the fields without a `tasks[i].` prefix.
 */
export function AddTaskForm({ document, onClose, onAdded }: Props) {
  const t = useT();
  const [task, setTask] = useState<TaskDraft>(emptyTask);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const add = useAddConclusionTask();
  // like the recording form: the units that existed on the document's date
  const units = useUnits(document.issuedOn);

  const errors: FieldErrors = clientErrors ?? (add.isError ? fieldErrorsOf(add.error) : {});
  const leftover = unmatchedErrors(errors, [...TASK_FIELDS]);
  const summary = clientErrors ? t('conclusionForm.checkFields') : add.isError ? problemMessage(add.error, t) : null;

  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const found = validateTask(task, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    // a failure is shown from the mutation's state; here it only moves the focus to the first field in error
    add.mutateAsync({ documentId: document.id, body: toTaskRequest(task) }).then(onAdded, focusFirstInvalid);
  }

  return (
    <form ref={formRef} className="page" onSubmit={submit} noValidate data-testid="conclusion-add-task-form">
      <TaskFields
        idPrefix="add-task"
        errorPrefix=""
        legend={t('conclusion.newTask')}
        task={task}
        units={units.data ?? []}
        errors={errors}
        onChange={(patch) => setTask((current) => ({ ...current, ...patch }))}
      />
      <FormErrorSummary summary={summary} leftover={leftover} testId="conclusion-add-task-error" />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={add.isPending} data-testid="conclusion-add-task-submit">
          {add.isPending ? t('conclusion.saving') : t('conclusion.addTaskSubmit')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="conclusion-add-task-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
