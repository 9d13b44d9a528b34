import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import { useTasks } from '../api/get-tasks';
import type { ConclusionTask, TaskPage } from '../api/types';
import { DeadlineText } from '../components/deadline-text';
import { StatusChip } from '../components/status-chip';
import { UrgingPanel } from '../components/urging-panel';
import { isOfficeStaff } from '../utils/permissions';
import '../components/conclusion.css';

const SECTION_SIZE = 50;
const OVERDUE_SIZE = 100; // also the source of the units to urge

type SectionProps = {
  title: string;
  hint?: string;
  testId: string;
  query: { isPending: boolean; isError: boolean; error: Error | null; data?: TaskPage; refetch: () => unknown };
};

function BoardSection({ title, hint, testId, query }: SectionProps) {
  const t = useT();
  const data = query.data;
  return (
    <section className="card" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`} className="card__title">
        {title}
        {data && (
          <span className="card__count" data-testid={`${testId}-count`}>
            {data.totalItems}
          </span>
        )}
      </h2>
      {hint && <p className="field__hint">{hint}</p>}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError || !data ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : data.items.length === 0 ? (
        <p className="field__hint" data-testid={`${testId}-empty`}>
          {t('board.empty')}
        </p>
      ) : (
        <>
          <ul className="board-list">
            {data.items.map((task) => (
              <BoardItem key={task.id} task={task} />
            ))}
          </ul>
          {data.totalItems > data.items.length && (
            <p className="field__hint">{t('board.more', { count: data.totalItems - data.items.length })}</p>
          )}
        </>
      )}
    </section>
  );
}

function BoardItem({ task }: { task: ConclusionTask }) {
  return (
    <li className="board-item" data-testid="board-task" data-task-id={task.id}>
      <Link to={`/conclusion-tasks/${task.id}`} data-testid="task-link">
        {task.content}
      </Link>
      <div className="board-item__meta">
        <span>{task.leadUnit.name}</span>
        <span>
          <DeadlineText task={task} />
        </span>
        <span>{task.documentNumber}</span>
        <StatusChip status={task.status} />
      </div>
    </li>
  );
}

/** /conclusion-board — the office's follow-up: due soon, overdue, awaiting confirmation; urging letters. */
export function BoardRoute() {
  const me = useCurrentUser();
  const t = useT();
  const allowed = isOfficeStaff(me);
  const officeId = me.office?.id;
  const base = { followingOfficeId: officeId, sort: 'deadline', page: 0 };
  const dueSoon = useTasks({ ...base, size: SECTION_SIZE, dueWithinDays: 7 }, { enabled: allowed });
  const overdue = useTasks({ ...base, size: OVERDUE_SIZE, status: 'OVERDUE' }, { enabled: allowed });
  const awaiting = useTasks({ ...base, size: SECTION_SIZE, awaitingConfirmation: true }, { enabled: allowed });

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('board.title')}</h1>
      </div>
      <div className="board">
        <BoardSection title={t('board.dueSoon')} hint={t('board.dueSoonHint')} testId="board-due-soon" query={dueSoon} />
        <BoardSection title={t('board.overdue')} testId="board-overdue" query={overdue} />
        <BoardSection title={t('board.awaiting')} testId="board-awaiting" query={awaiting} />
      </div>
      <UrgingPanel overdueTasks={overdue.data?.items ?? []} />
    </div>
  );
}
