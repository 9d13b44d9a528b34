import { useI18n } from '@/lib/i18n';
import { formatProgress } from '../utils/format';

export function ProgressBar({ percent, testId }: { percent: number; testId?: string }) {
  const { lang, t } = useI18n();
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={t('task.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <div className="progress__bar" style={{ width: `${value}%` }} />
      </div>
      <span className="progress__label" data-testid={testId}>
        {formatProgress(value, lang)}
      </span>
    </div>
  );
}
