import { useT } from '@/lib/i18n';
import type { MeetingStatus, Reply } from '../api/types';
import { meetingStatusLabel, replyLabel } from '../utils/labels';
import './meeting.css';

export function MeetingStatusChip({ status, testId = 'meeting-status' }: { status: MeetingStatus; testId?: string }) {
  const t = useT();
  return (
    <span className={`mt-chip mt-chip--${status}`} data-testid={testId} data-status={status}>
      {meetingStatusLabel(status, t)}
    </span>
  );
}

export function ReplyChip({ reply }: { reply: Reply }) {
  const t = useT();
  return (
    <span className={`mt-chip mt-chip--${reply}`} data-testid="invitee-reply" data-reply={reply}>
      {replyLabel(reply, t)}
    </span>
  );
}

/** A preparation task: done (green), past due (red), or open (amber). */
export function TaskStateChip({ done, overdue }: { done: boolean; overdue: boolean }) {
  const t = useT();
  const state = done ? 'done' : overdue ? 'overdue' : 'open';
  const text = done ? t('checklist.done') : overdue ? t('checklist.overdue') : t('checklist.open');
  return (
    <span className={`mt-chip mt-chip--${state}`} data-testid="task-state" data-state={state}>
      {text}
    </span>
  );
}
