import { useI18n } from '@/lib/i18n';
import type { FigureSection, ReviewOffice } from '../api/types';
import { formatNumber } from '../utils/format';
import './review.css';

/** The figure whose share of each office is drawn too. */
const BY_OFFICE_KEY = 'MEETINGS_HELD';

function width(value: number, max: number): string {
  return max > 0 ? `${Math.max(0, (value / max) * 100)}%` : '0%';
}

/**
 * Horizontal bars (plain CSS): each figure's total in this period against the previous period, on one scale per part;
 * for the meetings, each office's meetings served as well.
 */
export function FigureChart({ section, offices, title }: { section: FigureSection; offices: ReviewOffice[]; title: string }) {
  const { lang, t } = useI18n();
  const n = (v: number) => formatNumber(v, lang);
  const max = Math.max(0, ...section.figures.flatMap((f) => [f.total.value, f.total.previousValue]));
  const held = section.figures.find((f) => f.key === BY_OFFICE_KEY);
  const officeMax = held ? Math.max(0, ...held.byOffice.map((v) => v.value)) : 0;

  return (
    <div className="rv-chart" data-testid={`figures-chart-${section.section}`}>
      <p className="ui-chart__title">{t('figures.chart', { section: title })}</p>
      <ul className="rv-legend" aria-hidden="true">
        <li>
          <span className="ui-bar__fill rv-bar__fill" />
          {t('figures.current')}
        </li>
        <li>
          <span className="ui-bar__fill rv-bar__fill rv-bar__fill--previous" />
          {t('figures.previous')}
        </li>
      </ul>
      {section.figures.map((f) => (
        <div
          key={`${f.key}|${f.qualifier ?? ''}`}
          className="rv-chart__row"
          role="img"
          aria-label={t('figures.bar', { label: f.label, value: n(f.total.value), previous: n(f.total.previousValue) })}
          data-testid="chart-bar"
          data-key={f.key}
        >
          <span className="rv-chart__label" aria-hidden="true">
            {f.label}
          </span>
          <span className="ui-bar" aria-hidden="true">
            <span className="ui-bar__fill rv-bar__fill" style={{ width: width(f.total.value, max) }} />
            <span className="ui-bar__value">{n(f.total.value)}</span>
          </span>
          <span className="ui-bar" aria-hidden="true">
            <span className="ui-bar__fill rv-bar__fill rv-bar__fill--previous" style={{ width: width(f.total.previousValue, max) }} />
            <span className="ui-bar__value">{n(f.total.previousValue)}</span>
          </span>
        </div>
      ))}
      {held && (
        <>
          <p className="ui-chart__title">{t('figures.byOffice', { label: held.label })}</p>
          {offices.map((o) => {
            const value = held.byOffice.find((v) => v.officeId === o.id)?.value ?? 0;
            return (
              <div
                key={o.id}
                className="rv-chart__row rv-chart__row--single"
                role="img"
                aria-label={t('figures.officeBar', { office: o.name, value: n(value) })}
                data-testid="chart-office-bar"
                data-office-id={o.id}
              >
                <span className="rv-chart__label" aria-hidden="true">
                  {o.shortName}
                </span>
                <span className="ui-bar" aria-hidden="true">
                  <span className="ui-bar__fill rv-bar__fill rv-bar__fill--office" style={{ width: width(value, officeMax) }} />
                  <span className="ui-bar__value">{n(value)}</span>
                </span>
              </div>
            );
          })}
        </>
      )}
    </div>
  );
}
