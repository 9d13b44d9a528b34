import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { ConclusionTaskEvent } from '../api/types';
import { formatProgress } from '../utils/format';
import { eventLabel } from '../utils/labels';
import { AttachmentList } from './attachment-list';

/** The task's history, oldest first: who did what, when, with the note and the figures. */
export function TaskHistory({ events }: { events: ConclusionTaskEvent[] }) {
  const { lang, t } = useI18n();
  if (events.length === 0) {
    return <p className="field__hint">{t('task.historyEmpty')}</p>;
  }
  return (
    <ol className="timeline" data-testid="task-history">
      {events.map((event) => {
        const extension = event.kind.startsWith('EXTENSION_');
        const completion = event.kind.startsWith('COMPLETION_');
        return (
          <li key={event.id} className="timeline__item" data-testid="task-event" data-kind={event.kind}>
            <div className="timeline__head">
              <span className="timeline__kind">{eventLabel(event.kind, t)}</span>
              <span className="timeline__meta">
                {event.actorName} · <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang)}</time>
              </span>
            </div>
            {event.percent !== null && (
              <p className="timeline__note">{t('task.eventPercent', { percent: formatProgress(event.percent, lang) })}</p>
            )}
            {extension && event.deadlineFrom && event.deadlineTo && (
              <p className="timeline__note">
                {t('task.eventDeadline', { from: formatDate(event.deadlineFrom, lang), to: formatDate(event.deadlineTo, lang) })}
              </p>
            )}
            {completion && event.deadlineTo && (
              <p className="timeline__note">{t('task.eventCompletedOn', { date: formatDate(event.deadlineTo, lang) })}</p>
            )}
            {event.note && <p className="timeline__note">{event.note}</p>}
            <AttachmentList ids={event.attachmentIds} testId="task-event-attachments" />
          </li>
        );
      })}
    </ol>
  );
}
