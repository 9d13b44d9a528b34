import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { Pager } from '@/components/ui/pager';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useMyMeetingTasks } from '../api/get-my-meeting-tasks';
import type { MeetingTasksQuery } from '../api/types';
import { TaskTable } from '../components/task-table';
import { isOfficeStaff, isUnitOfficer } from '../utils/permissions';
import '../components/meeting.css';

const PAGE_SIZE = 20;

type View = 'assigned' | 'hosted';

/**
 * /meeting-tasks — "Việc được giao": the preparation tasks assigned to the user's office or unit by any meeting, the open
 * ones first, each with "Hoàn thành"; and for an office, "Còn tồn đọng": what is still open for the meetings it hosts.
 */
export function MeetingTasksRoute() {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const office = isOfficeStaff(me);
  const allowed = office || isUnitOfficer(me);
  const view: View = office && params.get('view') === 'hosted' ? 'hosted' : 'assigned';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const donePage = Math.max(0, Number.parseInt(params.get('donePage') ?? '0', 10) || 0);

  const base: MeetingTasksQuery = { size: PAGE_SIZE, sort: 'dueAt' };
  const open = useMyMeetingTasks({ ...base, scope: view === 'hosted' ? 'HOSTED' : 'ASSIGNED', open: true, page }, { enabled: allowed });
  const done = useMyMeetingTasks({ ...base, sort: '-dueAt', scope: 'ASSIGNED', open: false, page: donePage }, { enabled: allowed && view === 'assigned' });

  function go(next: { view?: View; page?: number; donePage?: number }) {
    const p = new URLSearchParams();
    const v = next.view ?? view;
    if (v !== 'assigned') p.set('view', v);
    if (next.page) p.set('page', String(next.page));
    if (next.donePage) p.set('donePage', String(next.donePage));
    setParams(p);
  }

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const whose = me.office ? (lang === 'vi' ? me.office.nameVi : me.office.nameEn) : (me.unit?.name ?? '');

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/meetings">← {t('meeting.back')}</Link>
        <h1 className="page__title">{view === 'hosted' ? t('meetingTasks.hostedTitle') : t('meetingTasks.title')}</h1>
        <p className="page__subtitle">{whose}</p>
      </div>
      {office && (
        <div className="tabs" role="group" aria-label={t('meetingTasks.views')}>
          <button
            type="button"
            className={view === 'assigned' ? 'tab is-active' : 'tab'}
            aria-pressed={view === 'assigned'}
            data-testid="meeting-tasks-assigned"
            onClick={() => go({ view: 'assigned' })}
          >
            {t('meetingTasks.assigned')}
          </button>
          <button
            type="button"
            className={view === 'hosted' ? 'tab is-active' : 'tab'}
            aria-pressed={view === 'hosted'}
            data-testid="meeting-tasks-hosted"
            onClick={() => go({ view: 'hosted' })}
          >
            {t('meetingTasks.hosted')}
          </button>
        </div>
      )}

      <section className="page" aria-labelledby="tasks-open-title">
        <h2 id="tasks-open-title" className="card__title">
          {view === 'hosted' ? t('meetingTasks.hostedOpen') : t('meetingTasks.open')}
          {open.data ? ` (${open.data.totalItems})` : ''}
        </h2>
        {view === 'hosted' && <p className="ui-meta">{t('meetingTasks.hostedHint')}</p>}
        {open.isPending ? (
          <LoadingState />
        ) : open.isError ? (
          <ErrorState message={problemMessage(open.error, t)} onRetry={() => open.refetch()} />
        ) : (
          <>
            <TaskTable
              tasks={open.data.items}
              showMeeting
              emptyText={view === 'hosted' ? t('meetingTasks.hostedEmpty') : t('meetingTasks.openEmpty')}
              testId="open-tasks"
            />
            <Pager page={page} totalPages={open.data.totalPages} onPage={(p) => go({ page: p, donePage })} />
          </>
        )}
      </section>

      {view === 'assigned' && (
        <section className="page" aria-labelledby="tasks-done-title">
          <h2 id="tasks-done-title" className="card__title">
            {t('meetingTasks.done')}
            {done.data ? ` (${done.data.totalItems})` : ''}
          </h2>
          {done.isPending ? (
            <LoadingState />
          ) : done.isError ? (
            <ErrorState message={problemMessage(done.error, t)} onRetry={() => done.refetch()} />
          ) : (
            <>
              <TaskTable tasks={done.data.items} showMeeting emptyText={t('meetingTasks.doneEmpty')} testId="done-tasks" />
              <Pager page={donePage} totalPages={done.data.totalPages} onPage={(p) => go({ page, donePage: p })} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
