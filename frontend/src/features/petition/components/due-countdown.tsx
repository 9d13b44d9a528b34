import { Chip, type ChipTone } from '@/components/ui/chip';
import { useI18n } from '@/lib/i18n';
import { formatDay } from '../utils/dates';

/** Within this many days the due date is drawn in amber. */
const SOON = 3;

function toneOf(daysLeft: number): ChipTone {
  if (daysLeft < 0) return 'danger';
  if (daysLeft <= SOON) return 'warning';
  return 'info';
}

/**
 * A statutory due date and how far off it is: "còn 3 ngày", "hôm nay", "quá hạn 2 ngày" (red). `daysLeft` is the server's
 * count of calendar days (negative: overdue); nothing is shown for a closed petition (no due date).
 */
export function DueCountdown({ dueOn, daysLeft, testId = 'due' }: { dueOn: string | null; daysLeft: number | null; testId?: string }) {
  const { lang, t } = useI18n();
  if (!dueOn || daysLeft === null) return <span className="ui-meta">—</span>;
  const text =
    daysLeft < 0 ? t('countdown.overdue', { days: -daysLeft }) : daysLeft === 0 ? t('countdown.today') : t('countdown.left', { days: daysLeft });
  const state = daysLeft < 0 ? 'overdue' : daysLeft === 0 ? 'today' : 'open';
  return (
    <span className="nowrap" data-testid={testId}>
      <span data-testid={`${testId}-on`}>{formatDay(dueOn, lang)}</span>{' '}
      <Chip tone={toneOf(daysLeft)} data-testid={`${testId}-countdown`} data-state={state}>
        {text}
      </Chip>
    </span>
  );
}
