import { Chip, type ChipTone } from '@/components/ui/chip';
import { useT } from '@/lib/i18n';
import type { MeetingStatus, Reply } from '../api/types';
import { meetingStatusLabel, replyLabel } from '../utils/labels';

const STATUS_TONE: Record<MeetingStatus, ChipTone> = {
  PLANNED: 'neutral',
  INVITED: 'info',
  POSTPONED: 'warning',
  HELD: 'progress',
  CLOSED: 'success',
  CANCELLED: 'danger',
};

const REPLY_TONE: Record<Reply, ChipTone> = { PENDING: 'neutral', ATTEND: 'info', SUBSTITUTE: 'warning', ABSENT: 'danger' };

export function MeetingStatusChip({ status, testId = 'meeting-status' }: { status: MeetingStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={STATUS_TONE[status]} data-testid={testId} data-status={status}>
      {meetingStatusLabel(status, t)}
    </Chip>
  );
}

export function ReplyChip({ reply }: { reply: Reply }) {
  const t = useT();
  return (
    <Chip tone={REPLY_TONE[reply]} data-testid="invitee-reply" data-reply={reply}>
      {replyLabel(reply, t)}
    </Chip>
  );
}

/** A preparation task: done (green), past due (red), or open (amber). */
export function TaskStateChip({ done, overdue }: { done: boolean; overdue: boolean }) {
  const t = useT();
  const state = done ? 'done' : overdue ? 'overdue' : 'open';
  const text = done ? t('checklist.done') : overdue ? t('checklist.overdue') : t('checklist.open');
  return (
    <Chip tone={done ? 'success' : overdue ? 'danger' : 'warning'} data-testid="task-state" data-state={state}>
      {text}
    </Chip>
  );
}
