import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { ConclusionTask } from '../api/types';
import { cycleLabel } from '../utils/labels';

/** "31/12/2026", or "Thường xuyên (Hằng quý)" for an ongoing task. */
export function DeadlineText({ task }: { task: Pick<ConclusionTask, 'deadline' | 'reportingCycle'> }) {
  const { lang, t } = useI18n();
  if (task.deadline) return <time dateTime={task.deadline}>{formatDate(task.deadline, lang)}</time>;
  if (task.reportingCycle) return <>{t('taskList.ongoing', { cycle: cycleLabel(task.reportingCycle, t) })}</>;
  return <>—</>;
}
