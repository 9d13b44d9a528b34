import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useT } from '@/lib/i18n';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotifications } from '../api/get-notifications';
import { NotificationsList } from '../components/notifications-list';

const PAGE_SIZE = 20;

export function NotificationsRoute() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);

  const query = useNotifications({ unread: unreadOnly ? true : undefined, page, size: PAGE_SIZE });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  function go(next: { unread?: boolean; page?: number }) {
    const p = new URLSearchParams();
    if (next.unread ?? unreadOnly) p.set('unread', 'true');
    const nextPage = next.page ?? 0;
    if (nextPage > 0) p.set('page', String(nextPage));
    setParams(p);
  }

  const data = query.data;
  const hasUnread = data?.items.some((n) => !n.read) ?? false;

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <h1 className="page__title">{t('notifications.title')}</h1>
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => markAll.mutate()}
          disabled={markAll.isPending || !hasUnread}
          data-testid="mark-all-read"
        >
          {t('notifications.markAllRead')}
        </button>
      </div>

      <div className="tabs" role="group" aria-label={t('notifications.filter')}>
        <button type="button" className={unreadOnly ? 'tab' : 'tab is-active'} aria-pressed={!unreadOnly} onClick={() => go({ unread: false })}>
          {t('notifications.all')}
        </button>
        <button type="button" className={unreadOnly ? 'tab is-active' : 'tab'} aria-pressed={unreadOnly} onClick={() => go({ unread: true })}>
          {t('notifications.unreadOnly')}
        </button>
      </div>

      {(markRead.isError || markAll.isError) && (
        <p className="form-error" role="alert">
          {problemMessage(markRead.error ?? markAll.error, t)}
        </p>
      )}

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : data ? (
        <>
          <NotificationsList
            items={data.items}
            onMarkRead={(id) => markRead.mutate(id)}
            pendingId={markRead.isPending ? markRead.variables : null}
            emptyText={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
          />
          {data.totalPages > 1 && (
            <nav className="pager" aria-label={t('pagination.label')}>
              <button type="button" className="btn btn--secondary" disabled={page <= 0} onClick={() => go({ page: page - 1 })}>
                {t('pagination.previous')}
              </button>
              <span className="pager__status">{t('pagination.status', { page: page + 1, total: data.totalPages })}</span>
              <button
                type="button"
                className="btn btn--secondary"
                disabled={page + 1 >= data.totalPages}
                onClick={() => go({ page: page + 1 })}
              >
                {t('pagination.next')}
              </button>
            </nav>
          )}
        </>
      ) : null}
    </div>
  );
}
