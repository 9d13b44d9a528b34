import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useCompleteMeetingTask } from '../api/complete-meeting-task';
import { useDeleteMeetingTask } from '../api/delete-meeting-task';
import type { MeetingTask } from '../api/types';
import { taskCategoryLabel } from '../utils/labels';
import { TaskStateChip } from './status-chip';
import './meeting.css';

type Props = {
  tasks: readonly MeetingTask[];
  /** the inbox shows which meeting each task is for */
  showMeeting?: boolean;
  /** the host may remove open tasks */
  removable?: boolean;
  /** the host may change open tasks: called with the task to edit */
  onEdit?: (task: MeetingTask) => void;
  emptyText: string;
  testId: string;
};

/** Preparation tasks: what, who, by when, done or not; "Hoàn thành" where the server says the caller may tick it off. */
export function TaskTable({ tasks, showMeeting = false, removable = false, onEdit, emptyText, testId }: Props) {
  const { lang, t } = useI18n();
  const [completing, setCompleting] = useState<string | null>(null);
  const remove = useDeleteMeetingTask();
  if (tasks.length === 0) {
    return (
      <p className="empty" data-testid={`${testId}-empty`}>
        {emptyText}
      </p>
    );
  }
  return (
    <>
      {remove.isError && (
        <p className="form-error" role="alert">
          {problemMessage(remove.error, t)}
        </p>
      )}
      <div className="ui-table-wrap">
        <table className="ui-table mt-table" data-testid={testId}>
          <thead>
            <tr>
              {showMeeting && <th>{t('checklist.meeting')}</th>}
              <th>{t('checklist.category')}</th>
              <th>{t('checklist.title')}</th>
              <th>{t('checklist.assignee')}</th>
              <th>{t('checklist.due')}</th>
              <th>{t('checklist.state')}</th>
              <th>{t('checklist.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} className={task.done ? 'is-done' : undefined} data-testid="task-row" data-id={task.id}>
                {showMeeting && (
                  <td>
                    <Link to={`/meetings/${task.meetingId}?tab=checklist`} data-testid="task-meeting">
                      {task.meetingTitle}
                    </Link>
                    <div className="ui-meta">
                      {formatDateTime(task.meetingStartsAt, lang)} · {task.hostOffice.name}
                    </div>
                  </td>
                )}
                <td>{taskCategoryLabel(task.category, t)}</td>
                <td>
                  <span data-testid="task-row-title">{task.title}</span>
                  {task.note && <div className="ui-meta">{task.note}</div>}
                </td>
                <td>{task.assigneeOffice?.name ?? task.assigneeUnit?.name ?? ''}</td>
                <td className="nowrap">{formatDateTime(task.dueAt, lang)}</td>
                <td>
                  <TaskStateChip done={task.done} overdue={task.overdue} />
                  {task.done && task.doneAt && (
                    <div className="ui-meta" data-testid="task-done-by">
                      {t('checklist.doneBy', { name: task.doneByName ?? '', at: formatDateTime(task.doneAt, lang) })}
                    </div>
                  )}
                  {task.doneNote && <div className="ui-meta">{task.doneNote}</div>}
                  {completing === task.id && <CompleteForm task={task} onDone={() => setCompleting(null)} />}
                </td>
                <td className="nowrap">
                  {task.canComplete && (
                    <button
                      type="button"
                      className="btn btn--primary btn--small"
                      data-testid="task-complete"
                      aria-expanded={completing === task.id}
                      aria-label={t('checklist.completeTask', { title: task.title })}
                      onClick={() => setCompleting(completing === task.id ? null : task.id)}
                    >
                      {t('checklist.complete')}
                    </button>
                  )}{' '}
                  {onEdit && !task.done && (
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      data-testid="task-edit"
                      aria-label={t('checklist.editTask', { title: task.title })}
                      onClick={() => onEdit(task)}
                    >
                      {t('checklist.edit')}
                    </button>
                  )}{' '}
                  {removable && !task.done && (
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      data-testid="task-delete"
                      aria-label={t('checklist.deleteTask', { title: task.title })}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ taskId: task.id, meetingId: task.meetingId })}
                    >
                      {t('checklist.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "Hoàn thành": an optional note of what was done, then the task is ticked off. */
function CompleteForm({ task, onDone }: { task: MeetingTask; onDone: () => void }) {
  const t = useT();
  const complete = useCompleteMeetingTask();
  const [note, setNote] = useState('');
  const id = `complete-${task.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    complete.mutateAsync({ taskId: task.id, meetingId: task.meetingId, body: { note: note.trim() || null } }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="complete-form">
      <div className="field">
        <label htmlFor={id}>{t('checklist.doneNote')}</label>
        <input id={id} data-testid="complete-note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {complete.isError && (
        <p className="form-error" role="alert" data-testid="complete-error">
          {problemMessage(complete.error, t)}
        </p>
      )}
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={complete.isPending} data-testid="complete-submit">
          {complete.isPending ? t('meetingForm.saving') : t('checklist.confirmComplete')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
