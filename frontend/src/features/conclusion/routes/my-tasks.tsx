import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { useTasks } from '../api/get-tasks';
import type { TasksQuery } from '../api/types';
import { Pager } from '@/components/ui/pager';
import { TaskTable } from '../components/task-table';
import { isUnitOfficer } from '../utils/permissions';
import '../components/conclusion.css';

const PAGE_SIZE = 20;
const DUE_SOON_DAYS = 7;

type Filter = 'all' | 'overdue' | 'due-soon';
const FILTERS: { filter: Filter; label: MessageKey; query: TasksQuery }[] = [
  { filter: 'all', label: 'myTasks.all', query: {} },
  { filter: 'overdue', label: 'myTasks.overdue', query: { status: 'OVERDUE' } },
  { filter: 'due-soon', label: 'myTasks.dueSoon', query: { dueWithinDays: DUE_SOON_DAYS } },
];

/** /my-tasks — tasks the unit officer's unit leads or coordinates, by deadline. */
export function MyTasksRoute() {
  const me = useCurrentUser();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const current = FILTERS.find((f) => f.filter === params.get('filter')) ?? FILTERS[0]!;
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const allowed = isUnitOfficer(me);
  const query = useTasks({ ...current.query, page, size: PAGE_SIZE, sort: 'deadline' }, { enabled: allowed });

  function go(filter: Filter, nextPage = 0) {
    const p = new URLSearchParams();
    if (filter !== 'all') p.set('filter', filter);
    if (nextPage > 0) p.set('page', String(nextPage));
    setParams(p);
  }

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
        <h1 className="page__title">{t('myTasks.title')}</h1>
        {me.unit && <p className="page__subtitle">{me.unit.name}</p>}
      </div>
      <div className="tabs" role="group" aria-label={t('myTasks.filter')}>
        {FILTERS.map((f) => (
          <button
            key={f.filter}
            type="button"
            className={f.filter === current.filter ? 'tab is-active' : 'tab'}
            aria-pressed={f.filter === current.filter}
            data-testid={`my-tasks-${f.filter}`}
            onClick={() => go(f.filter)}
          >
            {t(f.label)}
          </button>
        ))}
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : (
        <>
          <TaskTable
            tasks={query.data.items}
            showDocument
            unitId={me.unit?.id}
            emptyText={t('myTasks.empty')}
            testId="my-tasks"
          />
          <Pager page={page} totalPages={query.data.totalPages} onPage={(p) => go(current.filter, p)} />
        </>
      )}
    </div>
  );
}
