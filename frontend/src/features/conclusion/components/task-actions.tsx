import { useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { MeResponse } from '@/lib/api/types';
import { problemMessage } from '@/lib/api/problem-message';
import { addDaysIso, isoDate } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { shownByTheMutation } from '@/lib/mutations';
import { useApproveExtension } from '../api/approve-extension';
import { useCancelTask } from '../api/cancel-task';
import { useConfirmCompletion } from '../api/confirm-completion';
import { useProposeCompletion } from '../api/propose-completion';
import { useRefuseExtension } from '../api/refuse-extension';
import { useReportProgress } from '../api/report-progress';
import { useRequestExtension } from '../api/request-extension';
import { useReturnCompletion } from '../api/return-completion';
import type { ConclusionTask } from '../api/types';
import { withAttachments } from '../utils/attachments';
import { errorFor, fieldErrorsOf } from '@/lib/api/field-errors';
import { isIsoDate } from '../utils/format';
import { allowedTaskActions, type TaskAction } from '../utils/permissions';
import { AttachmentPicker } from './attachment-picker';
import { FormField } from '@/components/ui/form-field';

const ACTION_LABELS: Record<TaskAction, MessageKey> = {
  progress: 'taskAction.progress',
  propose: 'taskAction.propose',
  extension: 'taskAction.extension',
  confirm: 'taskAction.confirm',
  return: 'taskAction.return',
  approveExtension: 'taskAction.approveExtension',
  refuseExtension: 'taskAction.refuseExtension',
  cancel: 'taskAction.cancel',
};

const ACTION_TEST_IDS: Record<TaskAction, string> = {
  progress: 'action-progress',
  propose: 'action-propose',
  extension: 'action-extension',
  confirm: 'action-confirm',
  return: 'action-return',
  approveExtension: 'action-approve-extension',
  refuseExtension: 'action-refuse-extension',
  cancel: 'action-cancel',
};

type Props = { task: ConclusionTask; me: MeResponse; today?: string };

/** The buttons the user may use on this task, each opening its form inline. */
export function TaskActions({ task, me, today = isoDate() }: Props) {
  const t = useT();
  const [open, setOpen] = useState<TaskAction | null>(null);
  const [done, setDone] = useState(false);
  const actions = allowedTaskActions(me, task);
  if (actions.length === 0) {
    return done ? (
      <p className="notice notice--ok" role="status" data-testid="action-done">
        {t('common.saved')}
      </p>
    ) : null;
  }

  const formProps = {
    task,
    today,
    onClose: () => setOpen(null),
    onDone: () => {
      setOpen(null);
      setDone(true);
    },
  };

  return (
    <section className="card" aria-labelledby="task-actions-title" data-testid="task-actions">
      <h2 id="task-actions-title" className="card__title">
        {t('task.actions')}
      </h2>
      <div className="actions-bar">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={open === action ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={open === action}
            data-testid={ACTION_TEST_IDS[action]}
            onClick={() => {
              setDone(false);
              setOpen(open === action ? null : action);
            }}
          >
            {t(ACTION_LABELS[action])}
          </button>
        ))}
      </div>
      {done && !open && (
        <p className="notice notice--ok" role="status" data-testid="action-done" style={{ marginTop: '0.75rem' }}>
          {t('common.saved')}
        </p>
      )}
      {open === 'progress' && <ProgressForm {...formProps} />}
      {open === 'propose' && <ProposeForm {...formProps} />}
      {open === 'extension' && <ExtensionForm {...formProps} />}
      {open === 'confirm' && <ConfirmForm {...formProps} />}
      {open === 'return' && <ReturnForm {...formProps} />}
      {open === 'approveExtension' && <ApproveExtensionForm {...formProps} />}
      {open === 'refuseExtension' && <RefuseExtensionForm {...formProps} />}
      {open === 'cancel' && <CancelForm {...formProps} />}
    </section>
  );
}

type FormProps = { task: ConclusionTask; today: string; onClose: () => void; onDone: () => void };

type Values = { note: string; percent: string; date: string; attachmentIds: string[] };

type FormConfig = {
  action: TaskAction;
  /** the note's label and whether it may be empty */
  note: { label: MessageKey; required: boolean; field: string };
  percent?: boolean;
  date?: { label: MessageKey; field: string; min?: string; max?: string };
  /** offers "Tệp đính kèm" (uploaded at once; their ids go with the form) */
  attachments?: boolean;
  initial: Partial<Values>;
};

// Any of the task mutations: all resolve to the updated task.
type TaskMutation<V> = UseMutationResult<ConclusionTask, Error, V>;

function ActionForm<V>({
  config,
  mutation,
  toVariables,
  onClose,
  onDone,
}: {
  config: FormConfig;
  mutation: TaskMutation<V>;
  toVariables: (values: Values) => V;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>({ note: '', percent: '', date: '', attachmentIds: [], ...config.initial });
  const [uploading, setUploading] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? (mutation.isError ? fieldErrorsOf(mutation.error) : {});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (uploading) return;
    const found: Record<string, string> = {};
    if (config.note.required && !values.note.trim()) found[config.note.field] = t('taskAction.required');
    if (config.percent) {
      const percent = Number(values.percent);
      if (values.percent.trim() === '' || !Number.isInteger(percent) || percent < 0 || percent > 100) {
        found.percent = t('taskAction.percentRange');
      }
    }
    if (config.date && !isIsoDate(values.date)) found[config.date.field] = t('taskAction.required');
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    mutation.mutateAsync(toVariables(values)).then(onDone, shownByTheMutation);
  }

  const title = t(ACTION_LABELS[config.action]);
  return (
    <form className="action-form" onSubmit={submit} noValidate data-testid="action-form" data-action={config.action}>
      <h3>{title}</h3>
      {config.percent && (
        <FormField id="action-percent" label={t('taskAction.percent')} error={errorFor(errors, 'percent')}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={values.percent}
              onChange={(e) => setValues((v) => ({ ...v, percent: e.target.value }))}
            />
          )}
        </FormField>
      )}
      {config.date && (
        <FormField id="action-date" label={t(config.date.label)} error={errorFor(errors, config.date.field)}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={config.date?.min}
              max={config.date?.max}
              value={values.date}
              onChange={(e) => setValues((v) => ({ ...v, date: e.target.value }))}
            />
          )}
        </FormField>
      )}
      <FormField id="action-note" label={t(config.note.label)} error={errorFor(errors, config.note.field)}>
        {(control) => (
          <textarea
            {...control}
            maxLength={4000}
            value={values.note}
            onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
          />
        )}
      </FormField>
      {config.attachments && (
        <AttachmentPicker
          id="action-attachments"
          disabled={mutation.isPending}
          onChange={(attachmentIds) => setValues((v) => ({ ...v, attachmentIds }))}
          onBusyChange={setUploading}
        />
      )}
      {mutation.isError && (
        <p className="form-error" role="alert" data-testid="action-error">
          {problemMessage(mutation.error, t)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending || uploading} data-testid="action-submit">
          {mutation.isPending ? t('taskAction.submitting') : title}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onClose} data-testid="action-close">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

const optional = (note: string) => (note.trim() ? note.trim() : null);

function ProgressForm({ task, onClose, onDone }: FormProps) {
  const mutation = useReportProgress();
  return (
    <ActionForm
      config={{
        action: 'progress',
        note: { label: 'taskAction.progressNote', required: true, field: 'note' },
        percent: true,
        attachments: true,
        initial: { percent: String(task.progressPercent) },
      }}
      mutation={mutation}
      toVariables={(v) => ({
        taskId: task.id,
        body: { note: v.note.trim(), percent: Number(v.percent), ...withAttachments(v.attachmentIds) },
      })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function ProposeForm({ task, today, onClose, onDone }: FormProps) {
  const mutation = useProposeCompletion();
  return (
    <ActionForm
      config={{
        action: 'propose',
        note: { label: 'taskAction.resultNote', required: true, field: 'note' },
        date: { label: 'taskAction.completedOn', field: 'completedOn', min: task.documentIssuedOn, max: today },
        attachments: true,
        initial: { date: today },
      }}
      mutation={mutation}
      toVariables={(v) => ({
        taskId: task.id,
        body: { note: v.note.trim(), completedOn: v.date, ...withAttachments(v.attachmentIds) },
      })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function ExtensionForm({ task, onClose, onDone }: FormProps) {
  const mutation = useRequestExtension();
  const min = task.deadline ? addDaysIso(task.deadline, 1) : undefined;
  return (
    <ActionForm
      config={{
        action: 'extension',
        note: { label: 'taskAction.reason', required: true, field: 'reason' },
        date: { label: 'taskAction.requestedDeadline', field: 'requestedDeadline', min },
        initial: { date: min ?? '' },
      }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, body: { requestedDeadline: v.date, reason: v.note.trim() } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function ConfirmForm({ task, onClose, onDone }: FormProps) {
  const mutation = useConfirmCompletion();
  return (
    <ActionForm
      config={{ action: 'confirm', note: { label: 'taskAction.note', required: false, field: 'note' }, initial: {} }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, body: { note: optional(v.note) } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function ReturnForm({ task, onClose, onDone }: FormProps) {
  const mutation = useReturnCompletion();
  return (
    <ActionForm
      config={{ action: 'return', note: { label: 'taskAction.reason', required: true, field: 'note' }, initial: {} }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, body: { note: v.note.trim() } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function ApproveExtensionForm({ task, onClose, onDone }: FormProps) {
  const mutation = useApproveExtension();
  const requestId = task.pendingExtension?.id ?? '';
  return (
    <ActionForm
      config={{ action: 'approveExtension', note: { label: 'taskAction.note', required: false, field: 'note' }, initial: {} }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, requestId, body: { note: optional(v.note) } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function RefuseExtensionForm({ task, onClose, onDone }: FormProps) {
  const mutation = useRefuseExtension();
  const requestId = task.pendingExtension?.id ?? '';
  return (
    <ActionForm
      config={{ action: 'refuseExtension', note: { label: 'taskAction.reason', required: true, field: 'note' }, initial: {} }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, requestId, body: { note: v.note.trim() } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function CancelForm({ task, onClose, onDone }: FormProps) {
  const mutation = useCancelTask();
  return (
    <ActionForm
      config={{ action: 'cancel', note: { label: 'taskAction.reason', required: true, field: 'note' }, initial: {} }}
      mutation={mutation}
      toVariables={(v) => ({ taskId: task.id, body: { note: v.note.trim() } })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
