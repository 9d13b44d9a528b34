import { Chip, type ChipTone } from '@/components/ui/chip';
import { useT } from '@/lib/i18n';
import type { DeadlineState, ProgrammeStatus } from '../api/types';
import { deadlineStateLabel, programmeStatusLabel } from '../utils/labels';

const STATUS_TONE: Record<ProgrammeStatus, ChipTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  CONSOLIDATED: 'progress',
  APPROVED: 'success',
  PUBLISHED: 'success',
};

/** `state` is a string in the contract; an unknown one stays neutral. */
const DEADLINE_TONE: Partial<Record<DeadlineState, ChipTone>> = { DUE: 'info', SUBMITTED_LATE: 'warning', SUBMITTED_ON_TIME: 'success', OVERDUE: 'danger' };

export function ProgrammeStatusChip({ status, testId = 'programme-status' }: { status: ProgrammeStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={STATUS_TONE[status]} data-testid={testId} data-status={status}>
      {programmeStatusLabel(status, t)}
    </Chip>
  );
}

export function DeadlineStateChip({ state }: { state: DeadlineState }) {
  const t = useT();
  return (
    <Chip tone={DEADLINE_TONE[state] ?? 'neutral'} data-testid="deadline-state" data-state={state}>
      {deadlineStateLabel(state, t)}
    </Chip>
  );
}

/** Whether a programme reached the Party Committee Office by its deadline: "Đúng hạn" / "Muộn" / "Chưa gửi". */
export function OnTimeChip({ submittedOnTime }: { submittedOnTime: boolean | null | undefined }) {
  const t = useT();
  if (submittedOnTime === null || submittedOnTime === undefined) {
    return (
      <Chip tone="neutral" data-testid="on-time" data-on-time="none">
        {t('programmes.notSubmitted')}
      </Chip>
    );
  }
  return (
    <Chip tone={submittedOnTime ? 'success' : 'warning'} data-testid="on-time" data-on-time={String(submittedOnTime)}>
      {submittedOnTime ? t('programmes.onTime') : t('programmes.late')}
    </Chip>
  );
}
