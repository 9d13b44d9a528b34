import { useT } from '@/lib/i18n';
import type { DeadlineState, ProgrammeStatus } from '../api/types';
import { deadlineStateLabel, programmeStatusLabel } from '../utils/labels';
import './calendar.css';

export function ProgrammeStatusChip({ status, testId = 'programme-status' }: { status: ProgrammeStatus; testId?: string }) {
  const t = useT();
  return (
    <span className={`cal-chip cal-chip--${status}`} data-testid={testId} data-status={status}>
      {programmeStatusLabel(status, t)}
    </span>
  );
}

export function DeadlineStateChip({ state }: { state: DeadlineState }) {
  const t = useT();
  return (
    <span className={`cal-chip cal-chip--${state}`} data-testid="deadline-state" data-state={state}>
      {deadlineStateLabel(state, t)}
    </span>
  );
}

/** Whether a programme reached the Party Committee Office by its deadline: "Đúng hạn" / "Muộn" / "Chưa gửi". */
export function OnTimeChip({ submittedOnTime }: { submittedOnTime: boolean | null | undefined }) {
  const t = useT();
  if (submittedOnTime === null || submittedOnTime === undefined) {
    return (
      <span className="cal-chip" data-testid="on-time" data-on-time="none">
        {t('programmes.notSubmitted')}
      </span>
    );
  }
  return (
    <span
      className={`cal-chip ${submittedOnTime ? 'cal-chip--on-time' : 'cal-chip--late'}`}
      data-testid="on-time"
      data-on-time={String(submittedOnTime)}
    >
      {submittedOnTime ? t('programmes.onTime') : t('programmes.late')}
    </span>
  );
}
