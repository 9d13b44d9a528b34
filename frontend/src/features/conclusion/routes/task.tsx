import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { useOffices } from '../api/get-offices';
import { useTask } from '../api/get-task';
import { useTaskHistory } from '../api/get-task-history';
import { StatusChip } from '../components/status-chip';
import { TaskActions } from '../components/task-actions';
import { TaskDetails } from '../components/task-details';
import { TaskHistory } from '../components/task-history';
import '../components/conclusion.css';

/** /conclusion-tasks/:id — a task, its status, history and the actions the user may take. */
export function TaskRoute({ today }: { today?: string }) {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const t = useT();
  const task = useTask(id);
  const history = useTaskHistory(id);
  const offices = useOffices();

  if (task.isPending) return <LoadingState />;
  if (task.isError) return <ErrorState message={problemMessage(task.error, t)} onRetry={() => task.refetch()} />;
  const data = task.data;

  return (
    <div className="page">
      <div className="page__head">
        <Link to={`/conclusions/${data.documentId}`}>← {t('task.back')}</Link>
        <div className="page__head--row" style={{ marginTop: '0.35rem' }}>
          <h1 className="page__title" data-testid="task-title">
            {t('task.title', { position: data.position })} — {data.documentNumber}
          </h1>
          <span className="chips">
            <StatusChip status={data.status} testId="task-status" />
            {data.awaitingConfirmation && (
              <span className="chip chip--awaiting" data-testid="task-awaiting-chip">
                {t('taskList.awaiting')}
              </span>
            )}
          </span>
        </div>
      </div>

      {data.awaitingConfirmation && (
        <p className="notice" data-testid="task-awaiting">
          {t('task.awaiting')}
        </p>
      )}

      <TaskDetails task={data} offices={offices.data ?? []} />

      <TaskActions task={data} me={me} today={today} />

      <section className="card" aria-labelledby="task-history-title">
        <h2 id="task-history-title" className="card__title">
          {t('task.history')}
        </h2>
        {history.isPending ? (
          <LoadingState />
        ) : history.isError ? (
          <ErrorState message={problemMessage(history.error, t)} onRetry={() => history.refetch()} />
        ) : (
          <TaskHistory events={history.data} />
        )}
      </section>
    </div>
  );
}
