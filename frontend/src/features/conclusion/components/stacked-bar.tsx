import { useI18n, useT } from '@/lib/i18n';
import type { StatusCounts } from '../api/types';
import { formatPercent } from '../utils/format';
import { statusLabel } from '../utils/labels';
import { segmentsOf } from '../utils/segments';

/** A horizontal 100 % bar (SVG) of the status shares; its label reads them out. */
export function StackedBar({ counts, small = false, testId }: { counts: StatusCounts; small?: boolean; testId?: string }) {
  const { lang, t } = useI18n();
  const segments = segmentsOf(counts);
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.percent), 0);
  const scale = total > 100 ? 100 / total : 1; // rounding may add up to 100.1
  const label = segments
    .map((s) => t('stats.segment', { label: statusLabel(s.status, t), count: s.count, percent: formatPercent(s.percent, lang) }))
    .join('; ');
  // each segment starts where the previous ones end
  const placed = segments
    .filter((s) => s.percent > 0)
    .map((s, i, shown) => ({
      ...s,
      x: shown.slice(0, i).reduce((sum, p) => sum + p.percent * scale, 0),
      width: s.percent * scale,
    }));
  return (
    <svg
      className={small ? 'stacked stacked--small' : 'stacked'}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      {placed.map((s) => (
        <rect key={s.status} className={`seg--${s.status}`} x={s.x} y={0} width={s.width} height={10} data-status={s.status}>
          <title>
            {t('stats.segment', { label: statusLabel(s.status, t), count: s.count, percent: formatPercent(s.percent, lang) })}
          </title>
        </rect>
      ))}
    </svg>
  );
}

export function StackedLegend() {
  const t = useT();
  return (
    <ul className="legend">
      {(['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'EXTENDED', 'OVERDUE'] as const).map((status) => (
        <li key={status}>
          <span className={`legend__swatch seg--${status}`} aria-hidden="true" />
          {statusLabel(status, t)}
        </li>
      ))}
    </ul>
  );
}
