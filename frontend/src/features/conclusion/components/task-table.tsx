import { Link } from 'react-router-dom';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { ConclusionTask } from '../api/types';
import { unitRoleLabel } from '../utils/labels';
import { DeadlineText } from './deadline-text';
import { ProgressBar } from './progress-bar';
import { StatusChip } from './status-chip';

type Props = {
  tasks: ConclusionTask[];
  /** the notice page shows the position; lists across documents show the document */
  showPosition?: boolean;
  showDocument?: boolean;
  /** a unit officer's unit: adds the column of its role in each task (lead or coordinating) */
  unitId?: string;
  emptyText: string;
  testId?: string;
};

export function TaskTable({ tasks, showPosition = false, showDocument = false, unitId, emptyText, testId = 'task-table' }: Props) {
  const { lang, t } = useI18n();
  if (tasks.length === 0) {
    return (
      <p className="empty" data-testid={`${testId}-empty`}>
        {emptyText}
      </p>
    );
  }
  return (
    <div className="ui-table-wrap">
      <table className="ui-table ct-table" data-testid={testId}>
        <thead>
          <tr>
            {showPosition && <th className="num">{t('taskList.position')}</th>}
            <th>{t('taskList.content')}</th>
            {showDocument && <th>{t('taskList.document')}</th>}
            <th>{t('taskList.lead')}</th>
            {unitId && <th>{t('taskList.role')}</th>}
            <th>{t('taskList.deadline')}</th>
            <th>{t('taskList.status')}</th>
            <th>{t('taskList.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-testid="task-row" data-task-id={task.id} data-status={task.status}>
              {showPosition && <td className="num">{task.position}</td>}
              <td>
                <Link to={`/conclusion-tasks/${task.id}`} data-testid="task-link">
                  {task.content}
                </Link>
              </td>
              {showDocument && (
                <td className="nowrap">
                  {task.documentNumber}
                  <br />
                  <span className="field__hint">{formatDate(task.documentIssuedOn, lang)}</span>
                </td>
              )}
              <td>{task.leadUnit.name}</td>
              {unitId && (
                <td data-testid="task-unit-role">{unitRoleLabel(task.leadUnit.id === unitId ? 'LEAD' : 'COORDINATING', t)}</td>
              )}
              <td className="nowrap">
                <DeadlineText task={task} />
              </td>
              <td>
                <span className="chips">
                  <StatusChip status={task.status} />
                  {task.awaitingConfirmation && <span className="chip chip--awaiting">{t('taskList.awaiting')}</span>}
                </span>
              </td>
              <td>
                <ProgressBar percent={task.progressPercent} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
