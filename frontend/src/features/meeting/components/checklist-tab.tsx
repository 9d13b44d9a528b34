import { useState, type FormEvent } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { ApiError } from '@/lib/api/errors';
import { problemMessage } from '@/lib/api/problem-message';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAddMeetingTask } from '../api/add-meeting-task';
import { useChecklist } from '../api/get-checklist';
import { useOffices } from '../api/get-offices';
import type { Meeting, MeetingTask, NamedRef, TaskCategory } from '../api/types';
import { useUpdateMeetingTask } from '../api/update-meeting-task';
import { dayAndTime, instantOf } from '../utils/datetime';
import { TASK_CATEGORIES, taskCategoryLabel } from '../utils/labels';
import { canPlan } from '../utils/permissions';
import { TaskTable } from './task-table';
import { OneUnitPicker } from '@/components/ui/unit-picker';
import './meeting.css';

/**
 * Công tác chuẩn bị: the preparation checklist; the host assigns tasks to an office or a unit with a due time, and
 * changes or removes the open ones.
 */
export function ChecklistTab({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const tasks = useChecklist(meeting.id);
  const [editing, setEditing] = useState<MeetingTask | 'new' | null>(null);
  const adding = editing === 'new';
  const planning = canPlan(meeting);
  const c = meeting.counts;

  return (
    <div className="mt-tabpanel" data-testid="checklist-tab">
      <ul className="ui-stats" data-testid="task-counts">
        <li>
          <strong>{c.tasks}</strong>
          {t('checklist.count')}
        </li>
        <li>
          <strong>{c.openTasks}</strong>
          {t('checklist.openCount')}
        </li>
        <li>
          <strong>{c.overdueTasks}</strong>
          {t('checklist.overdueCount')}
        </li>
      </ul>
      {planning && (
        <div className="ui-actions">
          <button
            type="button"
            className={adding ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={adding}
            data-testid="task-add"
            onClick={() => setEditing(adding ? null : 'new')}
          >
            + {t('checklist.add')}
          </button>
        </div>
      )}
      {planning && editing !== null && (
        <TaskForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          meeting={meeting}
          task={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState message={problemMessage(tasks.error, t)} onRetry={() => tasks.refetch()} />
      ) : (
        <TaskTable
          tasks={tasks.data}
          removable={planning}
          onEdit={planning ? setEditing : undefined}
          emptyText={t('checklist.empty')}
          testId="checklist-table"
        />
      )}
    </div>
  );
}

const TASK_FIELDS = ['category', 'title', 'assigneeOfficeId', 'assigneeUnitId', 'dueAt', 'note'];

/** "Giao nhiệm vụ" (new task) or "Sửa nhiệm vụ" (an open task, sent with If-Match: 412 when someone changed it meanwhile). */
function TaskForm({ meeting, task, onDone }: { meeting: Meeting; task?: MeetingTask; onDone: () => void }) {
  const { lang, t } = useI18n();
  const offices = useOffices();
  const add = useAddMeetingTask();
  const update = useUpdateMeetingTask();
  const mutation = task ? update : add;
  const [category, setCategory] = useState<TaskCategory>(task?.category ?? 'HALL');
  const [title, setTitle] = useState(task?.title ?? '');
  const [assignee, setAssignee] = useState<'OFFICE' | 'UNIT'>(task?.assigneeUnit ? 'UNIT' : 'OFFICE');
  const [officeId, setOfficeId] = useState(task?.assigneeOffice?.id ?? '');
  const [unit, setUnit] = useState<NamedRef | null>(task?.assigneeUnit ?? null);
  // by default due on the meeting's day, before it starts
  const [dueDate, setDueDate] = useState(() => (task ? dayAndTime(task.dueAt).day : isoDate(meeting.startsAt)));
  const [dueTime, setDueTime] = useState(() => (task ? dayAndTime(task.dueAt).time : '07:30'));
  const [note, setNote] = useState(task?.note ?? '');
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const stale = mutation.error instanceof ApiError && mutation.error.status === 412;
  const errors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const summary = clientErrors
    ? t('meetingForm.checkFields')
    : mutation.isError
      ? stale
        ? t('checklist.stale')
        : problemMessage(mutation.error, t)
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {};
    const dueAt = instantOf(dueDate, dueTime);
    if (!title.trim()) found.title = t('meetingForm.required');
    if (assignee === 'OFFICE' && !officeId) found.assigneeOfficeId = t('meetingForm.required');
    if (assignee === 'UNIT' && !unit) found.assigneeUnitId = t('meetingForm.required');
    if (!dueAt) found.dueAt = t('meetingForm.required');
    if (Object.keys(found).length > 0 || !dueAt) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    const body = {
      category,
      title: title.trim(),
      assigneeOfficeId: assignee === 'OFFICE' ? officeId : null,
      assigneeUnitId: assignee === 'UNIT' ? (unit?.id ?? null) : null,
      dueAt,
      note: note.trim() || null,
    };
    if (task) update.mutateAsync({ taskId: task.id, meetingId: meeting.id, version: task.version, body }).then(onDone, shownByTheMutation);
    else add.mutateAsync({ meetingId: meeting.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="task-form">
      <h3>{task ? t('checklist.editTitle') : t('checklist.newTitle')}</h3>
      <div className="ui-grid">
        <FormField id="task-category" label={t('checklist.category')} error={errorFor(errors, 'category')}>
          {(control) => (
            <select {...control} value={category} onChange={(e) => setCategory(e.target.value as TaskCategory)}>
              {TASK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {taskCategoryLabel(c, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="task-title" label={t('checklist.title')} error={errorFor(errors, 'title')} className="span-all">
          {(control) => <input {...control} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField id="task-assignee-kind" label={t('checklist.assignTo')}>
          {(control) => (
            <select {...control} value={assignee} onChange={(e) => setAssignee(e.target.value as 'OFFICE' | 'UNIT')}>
              <option value="OFFICE">{t('checklist.anOffice')}</option>
              <option value="UNIT">{t('checklist.aUnit')}</option>
            </select>
          )}
        </FormField>
        {assignee === 'OFFICE' ? (
          <FormField id="task-office" label={t('checklist.office')} error={errorFor(errors, 'assigneeOfficeId')}>
            {(control) => (
              <select {...control} value={officeId} onChange={(e) => setOfficeId(e.target.value)}>
                <option value="">{t('common.select')}</option>
                {(offices.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {lang === 'vi' ? o.nameVi : o.nameEn}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : (
          <OneUnitPicker id="task-unit" label={t('checklist.unit')} selected={unit} onChange={setUnit} error={errorFor(errors, 'assigneeUnitId')} />
        )}
        <FormField id="task-due-date" label={t('checklist.dueDate')} error={errorFor(errors, 'dueAt')}>
          {(control) => <input {...control} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
        </FormField>
        <FormField id="task-due-time" label={t('checklist.dueTime')}>
          {(control) => <input {...control} type="time" step={300} value={dueTime} onChange={(e) => setDueTime(e.target.value)} />}
        </FormField>
        <FormField id="task-note" label={t('checklist.note')} error={errorFor(errors, 'note')} className="span-all">
          {(control) => <textarea {...control} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, TASK_FIELDS)} testId="task-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="task-save">
          {mutation.isPending ? t('meetingForm.saving') : task ? t('checklist.saveChanges') : t('checklist.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
