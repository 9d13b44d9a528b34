import { ChoiceSelect } from '@/components/ui/choice-select';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { usePeriodFilters } from '@/lib/period-filters';
import { useExportStatistics } from '../api/export-statistics';
import { useBodies } from '../api/get-bodies';
import { useOffices } from '../api/get-offices';
import { useStatistics } from '../api/get-statistics';
import type { StatisticsCounts, StatisticsQuery } from '../api/types';
import { BarChart, MonthColumns } from '../components/bar-chart';
import { PetitionsNav } from '../components/petitions-nav';
import { formatDay, formatNumber } from '../utils/dates';
import { documentKindLabel, petitionChannelLabel, petitionKindLabel } from '../utils/labels';
import { isAdmin, isOfficeStaff } from '../utils/permissions';
import '../components/petition.css';

type Filters = { from: string; to: string; officeId: string; bodyId: string };

function toQuery(f: Filters): StatisticsQuery {
  return { from: f.from, to: f.to, ...(f.officeId ? { officeId: f.officeId } : {}), ...(f.bodyId ? { bodyId: f.bodyId } : {}) };
}

/** The figures of the totals, in the order of the report (tiếp nhận → phân loại → kết quả → thời hạn). */
const TOTALS: readonly [keyof StatisticsCounts, MessageKey][] = [
  ['received', 'petitionStats.received'],
  ['eligible', 'petitionStats.eligible'],
  ['notEligible', 'petitionStats.notEligible'],
  ['unclassified', 'petitionStats.unclassified'],
  ['awaitingHandling', 'petitionStats.awaitingHandling'],
  ['forwarded', 'petitionStats.forwarded'],
  ['guided', 'petitionStats.guided'],
  ['filed', 'petitionStats.filed'],
  ['accepted', 'petitionStats.accepted'],
  ['inResolution', 'petitionStats.inResolution'],
  ['resolved', 'petitionStats.resolved'],
  ['resolvedOnTime', 'petitionStats.resolvedOnTime'],
  ['resolvedLate', 'petitionStats.resolvedLate'],
  ['firstStepOnTime', 'petitionStats.firstStepOnTime'],
  ['firstStepLate', 'petitionStats.firstStepLate'],
  ['overdue', 'petitionStats.overdue'],
  ['crowd', 'petitionStats.crowd'],
];

/** The columns of the breakdown tables. */
const COLUMNS: readonly [keyof StatisticsCounts, MessageKey][] = [
  ['received', 'petitionStats.received'],
  ['forwarded', 'petitionStats.forwarded'],
  ['guided', 'petitionStats.guided'],
  ['filed', 'petitionStats.filed'],
  ['accepted', 'petitionStats.accepted'],
  ['resolved', 'petitionStats.resolved'],
  ['overdue', 'petitionStats.overdue'],
];

type Row = { key: string; name: string; counts: StatisticsCounts; documents?: number };

/**
 * /petition-statistics — "Thống kê đơn thư": the petitions received in a period (by office or addressed body), as they
 * stand today: received, classified, forwarded, guided, filed, accepted and resolved, on time or late, overdue, crowd
 * petitions; by kind, channel, office, body and month, with bars; the handling documents issued; and the same as XLSX.
 */
export function PetitionStatisticsRoute({ today = isoDate() }: { today?: string }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const allowed = isOfficeStaff(me) || isAdmin(me);
  const { draft, set, filters, invalid, submit } = usePeriodFilters<Filters>({ from: `${today.slice(0, 4)}-01-01`, to: today, officeId: '', bodyId: '' });
  const offices = useOffices({ enabled: allowed });
  const bodies = useBodies({ enabled: allowed });
  const stats = useStatistics(toQuery(filters), { enabled: allowed });
  const exporter = useExportStatistics();
  const n = (value: number) => formatNumber(value, lang);
  const name = (o: { nameVi: string; nameEn: string }) => (lang === 'vi' ? o.nameVi : o.nameEn);

  if (!allowed) {
    return (
      <p className="empty" data-testid="forbidden">
        {t('common.forbidden')}
      </p>
    );
  }

  const s = stats.data;
  const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

  return (
    <div className="page">
      <div className="page__head page__head--row">
        <div>
          <h1 className="page__title">{t('petitionStats.title')}</h1>
          <PetitionsNav />
        </div>
        <button type="button" className="btn btn--secondary" data-testid="stats-export" disabled={exporter.isPending} onClick={() => exporter.mutate(toQuery(filters))}>
          {exporter.isPending ? t('petition.working') : t('petitionStats.export')}
        </button>
      </div>
      {exporter.isError && (
        <p className="form-error" role="alert" data-testid="stats-export-error">
          {problemMessage(exporter.error, t)}
        </p>
      )}
      <form className="ui-toolbar pt-toolbar" onSubmit={submit} noValidate data-testid="stats-filters">
        <div className="field">
          <label htmlFor="stats-from">{t('petitionStats.from')}</label>
          <input id="stats-from" type="date" data-testid="stats-from" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="stats-to">{t('petitionStats.to')}</label>
          <input id="stats-to" type="date" data-testid="stats-to" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <ChoiceSelect id="stats-office" label={t('petitionStats.office')} allLabel={t('petitions.any')} value={draft.officeId} choices={offices.data} choiceLabel={name} onChange={(v) => set({ officeId: v })} />
        <ChoiceSelect id="stats-body" label={t('petition.addressedBody')} allLabel={t('petitions.any')} value={draft.bodyId} choices={bodies.data} choiceLabel={name} onChange={(v) => set({ bodyId: v })} />
        <button type="submit" className="btn btn--secondary" data-testid="stats-show">
          {t('petitionStats.show')}
        </button>
      </form>
      {invalid && (
        <p className="form-error" role="alert" data-testid="stats-invalid">
          {t('petitionStats.invalidRange')}
        </p>
      )}

      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState message={problemMessage(stats.error, t)} onRetry={() => stats.refetch()} />
      ) : s ? (
        <>
          <p className="ui-meta" data-testid="stats-as-of">
            {t('petitionStats.asOf', { from: formatDay(s.from, lang), to: formatDay(s.to, lang), asOf: formatDay(s.asOf, lang) })}
          </p>
          <ul className="ui-stats pt-stats" data-testid="stats-totals">
            {TOTALS.map(([key, label]) => (
              <li key={key} data-testid={`stats-${key}`} className={key === 'overdue' && s.totals.overdue > 0 ? 'is-danger' : undefined}>
                <strong>{n(s.totals[key])}</strong>
                {t(label)}
              </li>
            ))}
            <li data-testid="stats-documents">
              <strong>{n(s.documents.total)}</strong>
              {t('petitionStats.documents')}
            </li>
          </ul>

          <div className="ui-grid">
            <BarChart
              title={t('petitionStats.byKind')}
              testId="chart-by-kind"
              bars={s.byKind.map((k) => ({ key: k.kind, label: petitionKindLabel(k.kind, t), value: k.counts.received }))}
            />
            <BarChart
              title={t('petitionStats.byChannel')}
              testId="chart-by-channel"
              bars={s.byChannel.map((c) => ({ key: c.channel, label: petitionChannelLabel(c.channel, t), value: c.counts.received }))}
            />
            <BarChart
              title={t('petitionStats.byOffice')}
              testId="chart-by-office"
              bars={s.byOffice.map((o) => ({ key: o.id ?? 'none', label: o.name, value: o.counts.received }))}
            />
            <MonthColumns
              title={t('petitionStats.byMonthChart')}
              testId="chart-by-month"
              columns={s.byMonth.map((m) => ({ key: m.month, label: month(m.month), value: m.counts.received, overdue: m.counts.overdue }))}
            />
          </div>

          <CountsTable
            title={t('petitionStats.byKind')}
            testId="stats-by-kind"
            rows={s.byKind.map((k) => ({ key: k.kind, name: petitionKindLabel(k.kind, t), counts: k.counts }))}
          />
          <CountsTable
            title={t('petitionStats.byChannel')}
            testId="stats-by-channel"
            rows={s.byChannel.map((c) => ({ key: c.channel, name: petitionChannelLabel(c.channel, t), counts: c.counts }))}
          />
          <CountsTable
            title={t('petitionStats.byOffice')}
            testId="stats-by-office"
            withDocuments
            rows={s.byOffice.map((o) => ({ key: o.id ?? 'none', name: o.name, counts: o.counts, documents: o.documents }))}
          />
          <CountsTable
            title={t('petitionStats.byBody')}
            testId="stats-by-body"
            withDocuments
            rows={s.byBody.map((b) => ({ key: b.id ?? 'none', name: b.id ? b.name : t('petitionStats.noBody'), counts: b.counts, documents: b.documents }))}
          />
          <CountsTable title={t('petitionStats.byMonth')} testId="stats-by-month" rows={s.byMonth.map((m) => ({ key: m.month, name: month(m.month), counts: m.counts }))} />

          <section>
            <h2 className="card__title">{t('petitionStats.documentsByKind')}</h2>
            <div className="ui-table-wrap">
              <table className="ui-table pt-table" data-testid="stats-documents-by-kind">
                <tbody>
                  {s.documents.byKind.map((d) => (
                    <tr key={d.kind}>
                      <td>{documentKindLabel(d.kind, t)}</td>
                      <td className="num">{n(d.documents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}

function CountsTable({ title, rows, testId, withDocuments = false }: { title: string; rows: Row[]; testId: string; withDocuments?: boolean }) {
  const { lang, t } = useI18n();
  const n = (value: number) => formatNumber(value, lang);
  return (
    <section>
      <h2 className="card__title">{title}</h2>
      {rows.length === 0 ? (
        <p className="ui-meta">{t('petitionStats.none')}</p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table pt-table" data-testid={testId}>
            <thead>
              <tr>
                <th />
                {COLUMNS.map(([key, label]) => (
                  <th key={key} className="num">
                    {t(label)}
                  </th>
                ))}
                {withDocuments && <th className="num">{t('petitionStats.documents')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid="stats-row" data-key={r.key}>
                  <td>{r.name}</td>
                  {COLUMNS.map(([key]) => (
                    <td key={key} className="num" data-column={key}>
                      {n(r.counts[key])}
                    </td>
                  ))}
                  {withDocuments && <td className="num">{n(r.documents ?? 0)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
