import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useFigures } from '../api/get-figures';
import type { FigureSection, FigureValue, Review, ReviewOffice } from '../api/types';
import { formatChange, formatNumber, formatPeriod, formatValue } from '../utils/format';
import { figureSectionLabel } from '../utils/labels';
import { spaLink } from '../utils/links';
import { FigureChart } from './figure-chart';
import './review.css';

/**
 * "Số liệu": the review's figures, one table per part — the figures in rows; each office, the total, the previous
 * period and the change in columns, each number linked to the list behind it — and a bar chart against the previous
 * period. A part whose feature is not in use says so (never zeros).
 */
export function FiguresPanel({ review }: { review: Review }) {
  const { lang, t } = useI18n();
  const figures = useFigures(review.id);

  return (
    <section className="card" aria-labelledby="figures-title" data-testid="figures">
      <h2 id="figures-title" className="card__title">
        {t('figures.title')}
      </h2>
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        <ErrorState message={problemMessage(figures.error, t)} onRetry={() => figures.refetch()} />
      ) : (
        <>
          <p className="ui-meta" style={{ margin: 0 }}>
            {t('figures.period', { period: formatPeriod(figures.data.from, figures.data.to, lang) })} ·{' '}
            {t('figures.previousPeriod', { period: formatPeriod(figures.data.previousFrom, figures.data.previousTo, lang) })}
          </p>
          <p className={figures.data.frozen ? 'ui-info' : 'ui-meta'} style={{ margin: '0.4rem 0 0' }} data-testid="figures-stamp">
            {figures.data.frozen
              ? t('figures.frozen', { date: formatDate(figures.data.computedAt, lang) })
              : t('figures.live', { when: formatDateTime(figures.data.computedAt, lang) })}
          </p>
          {figures.data.sections.map((section) => (
            <FigureSectionView key={section.section} section={section} offices={figures.data.offices} />
          ))}
        </>
      )}
    </section>
  );
}

function FigureSectionView({ section, offices }: { section: FigureSection; offices: ReviewOffice[] }) {
  const { lang, t } = useI18n();
  const title = figureSectionLabel(section.section, t);
  const headingId = `figures-${section.section}-title`;
  return (
    <section className="rv-section" aria-labelledby={headingId} data-testid={`figures-${section.section}`}>
      <h3 id={headingId}>{title}</h3>
      {!section.available ? (
        <p className="rv-unavailable" data-testid="figures-unavailable">
          {section.note ?? t('figures.unavailable')}
        </p>
      ) : section.figures.length === 0 ? (
        <p className="ui-meta">{t('figures.none')}</p>
      ) : (
        <>
          <div className="ui-table-wrap">
            <table className="ui-table" data-testid={`figures-table-${section.section}`}>
              <thead>
                <tr>
                  <th>{t('figures.figure')}</th>
                  {offices.map((o) => (
                    <th key={o.id} className="num" title={o.name} data-testid="figures-office-heading">
                      {o.shortName}
                    </th>
                  ))}
                  <th className="num">{t('figures.total')}</th>
                  <th className="num">{t('figures.previous')}</th>
                  <th className="num">{t('figures.change')}</th>
                </tr>
              </thead>
              <tbody>
                {section.figures.map((figure) => (
                  <tr key={`${figure.key}|${figure.qualifier ?? ''}`} data-testid="figure-row" data-key={figure.key} data-qualifier={figure.qualifier ?? ''}>
                    <td data-testid="figure-label">{figure.label}</td>
                    {offices.map((o) => {
                      const value = figure.byOffice.find((v) => v.officeId === o.id);
                      return (
                        <td key={o.id} className="num" data-testid="figure-office" data-office-id={o.id}>
                          {value ? <FigureNumber value={value} /> : '—'}
                        </td>
                      );
                    })}
                    <td className="num" data-testid="figure-total">
                      <FigureNumber value={figure.total} />
                    </td>
                    <td className="num" data-testid="figure-previous">
                      {formatNumber(figure.total.previousValue, lang)}
                    </td>
                    <td
                      className={`num${figure.total.change > 0 ? ' rv-change--up' : figure.total.change < 0 ? ' rv-change--down' : ''}`}
                      data-testid="figure-change"
                    >
                      {formatChange(figure.total.change, figure.total.changePercent, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FigureChart section={section} offices={offices} title={title} />
        </>
      )}
    </section>
  );
}

/** A value with its share ("550 (94,0%)"), a link to the SPA's list behind it when there is one. */
function FigureNumber({ value }: { value: FigureValue }) {
  const { lang } = useI18n();
  const text = formatValue(value.value, value.percent, lang);
  const to = spaLink(value.link);
  return to ? (
    <Link to={to} data-testid="figure-link">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}
