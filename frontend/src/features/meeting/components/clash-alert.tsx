import { useT } from '@/lib/i18n';
import type { MeetingClash } from '../api/types';
import './meeting.css';

const SEVERITY_OF: Record<string, 'CONFLICT' | 'WARNING'> = { CONFLICT: 'CONFLICT', WARNING: 'WARNING' };

/**
 * The clashes of the meeting's calendar item with other activities, as the server words them (Vietnamese sentences from
 * the calendar's clash detection): a warning, the meeting is kept.
 */
export function ClashAlert({ clashes, testId = 'meeting-clashes' }: { clashes: readonly MeetingClash[]; testId?: string }) {
  const t = useT();
  if (clashes.length === 0) return null;
  return (
    <div role="alert" data-testid={testId}>
      <p style={{ margin: '0 0 0.4rem', fontWeight: 700 }}>{t('meetingClash.title')}</p>
      <ul className="ui-clashes">
        {clashes.map((clash, i) => {
          const severity = SEVERITY_OF[clash.severity] ?? 'CONFLICT';
          return (
            <li key={`${clash.kind}-${i}`} className={`ui-clash ui-clash--${severity}`} data-testid="meeting-clash" data-kind={clash.kind}>
              <span className="ui-clash__severity">
                {severity === 'WARNING' ? t('meetingClash.WARNING') : t('meetingClash.CONFLICT')}
              </span>
              <span data-testid="meeting-clash-text">{clash.message}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
