import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useHistory } from '../api/get-history';
import type { Meeting } from '../api/types';
import { formatWhen } from '../utils/datetime';
import { meetingEventLabel, meetingStatusLabel } from '../utils/labels';
import './meeting.css';

/** Lịch sử: every step of the meeting's lifecycle, who and when, with the reasons and the new times. */
export function HistoryTab({ meeting }: { meeting: Meeting }) {
  const { lang, t } = useI18n();
  const history = useHistory(meeting.id);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState message={problemMessage(history.error, t)} onRetry={() => history.refetch()} />;
  if (history.data.length === 0) {
    return (
      <p className="empty" data-testid="history-empty">
        {t('history.empty')}
      </p>
    );
  }
  return (
    <div className="mt-tabpanel" data-testid="history-tab">
      <div className="ui-table-wrap">
        <table className="ui-table mt-table" data-testid="history-table">
          <thead>
            <tr>
              <th>{t('history.at')}</th>
              <th>{t('history.action')}</th>
              <th>{t('history.status')}</th>
              <th>{t('history.details')}</th>
              <th>{t('history.actor')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((event, i) => (
              <tr key={`${event.at}-${i}`} data-testid="history-row" data-action={event.action}>
                <td className="nowrap">{formatDateTime(event.at, lang)}</td>
                <td data-testid="history-action">{meetingEventLabel(event.action, t)}</td>
                <td>
                  {event.fromStatus && event.fromStatus !== event.toStatus
                    ? `${meetingStatusLabel(event.fromStatus, t)} → ${meetingStatusLabel(event.toStatus, t)}`
                    : meetingStatusLabel(event.toStatus, t)}
                </td>
                <td>
                  {event.startsAt && event.endsAt && <div>{t('history.newTime', { when: formatWhen(event.startsAt, event.endsAt, t, lang) })}</div>}
                  {event.reason && <div>{t('history.reason', { reason: event.reason })}</div>}
                </td>
                <td>{event.actorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
