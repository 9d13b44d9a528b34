import { Link } from 'react-router-dom';
import type { NotificationResponse } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

type Props = {
  items: NotificationResponse[];
  onMarkRead: (id: string) => void;
  /** id being marked right now (its button is disabled) */
  pendingId?: string | null;
  emptyText: string;
};

export function NotificationsList({ items, onMarkRead, pendingId, emptyText }: Props) {
  const { lang, t } = useI18n();
  if (items.length === 0) {
    return (
      <p className="empty" data-testid="notifications-empty">
        {emptyText}
      </p>
    );
  }
  return (
    <ul className="notif-list" data-testid="notifications-list">
      {items.map((n) => (
        <li
          key={n.id}
          className={n.read ? 'notif' : 'notif notif--unread'}
          data-testid="notification-item"
          data-read={n.read ? 'true' : 'false'}
        >
          <div className="notif__main">
            <div className="notif__head">
              {!n.read && <span className="notif__dot" aria-hidden="true" />}
              <h3 className="notif__title">{n.title}</h3>
              {!n.read && <span className="tag tag--unread">{t('notifications.unread')}</span>}
            </div>
            {n.body && <p className="notif__body">{n.body}</p>}
            <div className="notif__meta">
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, lang)}</time>
              {n.link && n.link.startsWith('/') && (
                <Link to={n.link} className="notif__link">
                  {t('notifications.open')}
                </Link>
              )}
            </div>
          </div>
          {!n.read && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() => onMarkRead(n.id)}
              disabled={pendingId === n.id}
            >
              {t('notifications.markRead')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
