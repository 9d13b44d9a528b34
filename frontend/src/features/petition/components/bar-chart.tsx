import { useI18n } from '@/lib/i18n';
import { formatNumber } from '../utils/dates';
import './petition.css';

export type Bar = { key: string; label: string; value: number };

function width(value: number, max: number): string {
  return max > 0 ? `${Math.max(0, (value / max) * 100)}%` : '0%';
}

/** Horizontal bars in plain CSS, on one scale: each label's count (the petitions by kind, channel, office). */
export function BarChart({ title, bars, testId }: { title: string; bars: readonly Bar[]; testId: string }) {
  const { lang, t } = useI18n();
  const max = Math.max(0, ...bars.map((b) => b.value));
  return (
    <div className="pt-chart" data-testid={testId}>
      <p className="ui-chart__title">{title}</p>
      {bars.map((b) => (
        <div
          key={b.key}
          className="pt-chart__row"
          role="img"
          aria-label={t('petitionStats.bar', { label: b.label, value: formatNumber(b.value, lang) })}
          data-testid="chart-bar"
          data-key={b.key}
        >
          <span aria-hidden="true">{b.label}</span>
          <span className="ui-bar" aria-hidden="true">
            <span className="ui-bar__fill pt-bar__fill" style={{ width: width(b.value, max) }} />
            <span className="ui-bar__value">{formatNumber(b.value, lang)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

export type Column = { key: string; label: string; value: number; overdue: number };

const HEIGHT = 120;
const STEP = 36;

/** Columns in SVG, one per month: the petitions received, and among them those overdue today (red). */
export function MonthColumns({ title, columns, testId }: { title: string; columns: readonly Column[]; testId: string }) {
  const { lang, t } = useI18n();
  const max = Math.max(1, ...columns.map((c) => c.value));
  const scale = (v: number) => Math.round((v / max) * (HEIGHT - 24));
  const width = Math.max(STEP * columns.length, STEP);
  return (
    <figure className="pt-chart" data-testid={testId} style={{ margin: 0 }}>
      <figcaption className="ui-chart__title">{title}</figcaption>
      <svg className="pt-columns" viewBox={`0 0 ${width} ${HEIGHT + 16}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet" style={{ maxWidth: `${width * 1.6}px` }}>
        {columns.map((c, i) => {
          const x = i * STEP + 6;
          const h = scale(c.value);
          const o = scale(c.overdue);
          return (
            <g key={c.key} data-testid="chart-column" data-key={c.key}>
              <title>{t('petitionStats.column', { label: c.label, value: formatNumber(c.value, lang), overdue: formatNumber(c.overdue, lang) })}</title>
              <rect x={x} y={HEIGHT - h} width={STEP - 12} height={h} />
              {o > 0 && <rect className="is-overdue" x={x} y={HEIGHT - o} width={STEP - 12} height={o} />}
              <text x={x + (STEP - 12) / 2} y={HEIGHT - h - 3} textAnchor="middle">
                {formatNumber(c.value, lang)}
              </text>
              <text x={x + (STEP - 12) / 2} y={HEIGHT + 12} textAnchor="middle">
                {c.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
