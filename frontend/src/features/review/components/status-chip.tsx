import { Chip, type ChipTone } from '@/components/ui/chip';
import { useT } from '@/lib/i18n';
import type { ReviewStatus } from '../api/types';
import { reviewStatusLabel, taskStatusLabel } from '../utils/labels';

const STATUS_TONE: Record<ReviewStatus, ChipTone> = { DRAFT: 'warning', FINALISED: 'success' };

export function ReviewStatusChip({ status, testId = 'review-status' }: { status: ReviewStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={STATUS_TONE[status] ?? 'neutral'} data-testid={testId} data-status={status}>
      {reviewStatusLabel(status, t)}
    </Chip>
  );
}

const TASK_TONE: Record<string, ChipTone> = {
  DONE_ON_TIME: 'success',
  DONE_LATE: 'warning',
  IN_PROGRESS: 'info',
  EXTENDED: 'progress',
  OVERDUE: 'danger',
  CANCELLED: 'neutral',
};

/** Where a proposal's task stands (the conclusions' derived status). */
export function TaskStatusChip({ status }: { status: string }) {
  const t = useT();
  return (
    <Chip tone={TASK_TONE[status] ?? 'neutral'} data-testid="proposal-task-status" data-status={status}>
      {taskStatusLabel(status, t)}
    </Chip>
  );
}
