import { useState } from 'react';
import { ChoiceSelect } from '@/components/ui/choice-select';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { Language, TranslateFn } from '@/lib/i18n/types';
import { useExportStatistics } from '../api/export-statistics';
import { useBodies } from '../api/get-bodies';
import { useOffices } from '../api/get-offices';
import { useStatistics } from '../api/get-statistics';
import { useUnits } from '../api/get-units';
import type { StatisticsQuery, StatusCounts, TaskStatus } from '../api/types';
import { StackedBar, StackedLegend } from '../components/stacked-bar';
import { formatPercent, isIsoDate } from '../utils/format';
import { statusLabel } from '../utils/labels';
import { segmentsOf } from '../utils/segments';
import { isOfficeStaff, isUnitOfficer } from '../utils/permissions';
import '../components/conclusion.css';

const TEST_IDS: Record<Exclude<TaskStatus, 'CANCELLED'>, string> = {
  DONE_ON_TIME: 'stat-done-on-time',
  DONE_LATE: 'stat-done-late',
  IN_PROGRESS: 'stat-in-progress',
  EXTENDED: 'stat-extended',
  OVERDUE: 'stat-overdue',
};

function StatCards({ counts, lang, t }: { counts: StatusCounts; lang: Language; t: TranslateFn }) {
  return (
    <div className="stat-cards" data-testid="stat-cards">
      <div className="stat-card">
        <div className="stat-card__label">{t('stats.assigned')}</div>
        <div className="stat-card__value" data-testid="stat-assigned">
          {counts.assigned}
        </div>
        {counts.cancelled > 0 && (
          <div className="stat-card__sub field__hint">{t('stats.cancelled', { count: counts.cancelled })}</div>
        )}
      </div>
      {segmentsOf(counts).map((s) => {
        const testId = TEST_IDS[s.status as keyof typeof TEST_IDS];
        return (
          <div key={s.status} className={`stat-card stat-card--${s.status}`}>
            <div className="stat-card__label">{statusLabel(s.status, t)}</div>
            <div className="stat-card__value" data-testid={`${testId}-percent`}>
              {formatPercent(s.percent, lang)}
            </div>
            <div className="stat-card__sub">
              <span data-testid={testId}>{s.count}</span> {t('stats.tasks')}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/**
 * /conclusion-statistics — task completion in a period: totals, shares, the league table of lead
 * units; optionally only one issuing body's documents, one lead unit's or one office's tasks.
 */
export function StatisticsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [issuingBodyId, setIssuingBodyId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [officeId, setOfficeId] = useState('');
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to;
  const unitOfficer = isUnitOfficer(me);
  const allowed = isOfficeStaff(me) || unitOfficer;
  // a unit officer sees their own unit's figures: the server scopes them, so no unit to choose
  const chooseUnit = allowed && !unitOfficer;
  const filters: StatisticsQuery = {
    from,
    to,
    ...(issuingBodyId ? { issuingBodyId } : {}),
    ...(chooseUnit && unitId ? { unitId } : {}),
    ...(officeId ? { officeId } : {}),
  };
  const query = useStatistics(filters, { enabled: valid && allowed });
  const bodies = useBodies({ enabled: allowed });
  const units = useUnits(today, { enabled: chooseUnit });
  const offices = useOffices({ enabled: allowed });
  const exportXlsx = useExportStatistics();
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'en' ? o.nameEn : o.nameVi);

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const data = query.data;
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title">{t('stats.title')}</h1>
      </div>

      <div className="toolbar">
        <div className="field">
          <label htmlFor="stats-from">{t('stats.from')}</label>
          <input
            id="stats-from"
            data-testid="stats-from"
            type="date"
            value={from}
            max={to || undefined}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="stats-to">{t('stats.to')}</label>
          <input
            id="stats-to"
            data-testid="stats-to"
            type="date"
            value={to}
            min={from || undefined}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
        <ChoiceSelect id="stats-body" label={t('stats.body')} allLabel={t('stats.all')} value={issuingBodyId} choices={bodies.data} choiceLabel={name} onChange={setIssuingBodyId} />
        {chooseUnit && (
          <ChoiceSelect id="stats-unit" label={t('stats.leadUnit')} allLabel={t('stats.all')} value={unitId} choices={units.data} choiceLabel={(unit) => unit.name} onChange={setUnitId} />
        )}
        <ChoiceSelect id="stats-office" label={t('stats.office')} allLabel={t('stats.all')} value={officeId} choices={offices.data} choiceLabel={name} onChange={setOfficeId} />
        <button
          type="button"
          className="btn btn--primary"
          data-testid="statistics-export"
          disabled={!valid || exportXlsx.isPending}
          onClick={() => exportXlsx.mutate(filters)}
        >
          {exportXlsx.isPending ? t('stats.exporting') : t('stats.export')}
        </button>
      </div>

      {!valid && (
        <p className="form-error" role="alert" data-testid="stats-invalid">
          {t('stats.invalidRange')}
        </p>
      )}
      {exportXlsx.isError && (
        <p className="form-error" role="alert" data-testid="stats-export-error">
          {problemMessage(exportXlsx.error, t)}
        </p>
      )}

      {!valid ? null : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState message={problemMessage(query.error, t)} onRetry={() => query.refetch()} />
      ) : data ? (
        <>
          <p className="page__subtitle" data-testid="stats-as-of">
            {t('stats.asOf', {
              from: formatDate(data.from, lang),
              to: formatDate(data.to, lang),
              asOf: formatDate(data.asOf, lang),
            })}
          </p>
          <StatCards counts={data.total} lang={lang} t={t} />

          <section className="card" aria-labelledby="stats-chart-title">
            <h2 id="stats-chart-title" className="card__title">
              {t('stats.chart')}
            </h2>
            {data.total.assigned === 0 ? (
              <p className="field__hint" data-testid="stats-empty">
                {t('stats.empty')}
              </p>
            ) : (
              <>
                <StackedBar counts={data.total} testId="stats-total-bar" />
                <StackedLegend />
              </>
            )}
          </section>

          {data.byUnit.length > 0 && (
            <section className="card" aria-labelledby="stats-units-title">
              <h2 id="stats-units-title" className="card__title">
                {t('stats.byUnit')}
              </h2>
              <div className="ui-table-wrap">
                <table className="ui-table ct-table" data-testid="stats-units">
                  <thead>
                    <tr>
                      <th className="num">#</th>
                      <th>{t('stats.unit')}</th>
                      <th className="num">{t('stats.assigned')}</th>
                      <th className="num">{statusLabel('DONE_ON_TIME', t)}</th>
                      <th className="num">{statusLabel('OVERDUE', t)}</th>
                      <th className="league__bar">{t('stats.chart')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.byUnit.map((unit, i) => (
                      <tr key={unit.unitId} data-testid="stats-unit-row" data-unit-id={unit.unitId}>
                        <td className="num">{i + 1}</td>
                        <td>{unit.unitName}</td>
                        <td className="num">{unit.counts.assigned}</td>
                        <td className="num">{formatPercent(unit.counts.doneOnTimePercent, lang)}</td>
                        <td className="num">{unit.counts.overdue}</td>
                        <td className="league__bar">
                          <StackedBar counts={unit.counts} small />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <StackedLegend />
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
