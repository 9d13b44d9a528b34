import { Link } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useProgrammeDeadlines } from '../api/get-programme-deadlines';
import type { DeadlineRow } from '../api/types';
import { periodKindLabel } from '../utils/labels';
import { periodLabel } from '../utils/period';
import { DeadlineStateChip, ProgrammeStatusChip } from './status-chip';
import './calendar.css';

function daysText(row: DeadlineRow, t: ReturnType<typeof useI18n>['t']): string {
  if (row.state === 'SUBMITTED_ON_TIME' || row.state === 'SUBMITTED_LATE') return '';
  if (row.daysLeft > 0) return t('deadlines.daysLeft', { days: row.daysLeft });
  if (row.daysLeft === 0) return t('deadlines.dueToday');
  return t('deadlines.overdueDays', { days: -row.daysLeft });
}

/**
 * "Theo dõi hạn gửi chương trình": for every calendar and period kind, the last period (sent on time or late?)
 * and the next one due (how many days are left).
 */
export function DeadlineBoard({ today }: { today: string }) {
  const { lang, t } = useI18n();
  const board = useProgrammeDeadlines(today);
  return (
    <section className="card" aria-labelledby="deadlines-title" data-testid="deadline-board">
      <h2 id="deadlines-title" className="card__title">
        {t('deadlines.title')}
      </h2>
      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <ErrorState message={problemMessage(board.error, t)} onRetry={() => board.refetch()} />
      ) : board.data.rows.length === 0 ? (
        <p className="field__hint">{t('deadlines.empty')}</p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table cal-table">
            <thead>
              <tr>
                <th>{t('deadlines.calendar')}</th>
                <th>{t('deadlines.office')}</th>
                <th>{t('deadlines.period')}</th>
                <th>{t('deadlines.deadline')}</th>
                <th>{t('deadlines.state')}</th>
                <th>{t('deadlines.programme')}</th>
              </tr>
            </thead>
            <tbody>
              {board.data.rows.map((row) => (
                <tr
                  key={`${row.calendarId}-${row.periodKind}-${row.periodStart}`}
                  data-testid="deadline-row"
                  data-state={row.state}
                >
                  <td>{row.calendarName}</td>
                  <td>{row.officeName}</td>
                  <td className="nowrap">
                    {periodLabel(row.periodKind, row.periodStart, lang)}
                    <div className="ui-meta">{periodKindLabel(row.periodKind, t)}</div>
                  </td>
                  <td className="nowrap">
                    {formatDate(`${row.deadline}T12:00:00Z`, lang)}
                    <div className="ui-meta" data-testid="deadline-days">
                      {daysText(row, t)}
                    </div>
                  </td>
                  <td>
                    <DeadlineStateChip state={row.state} />
                    {row.submittedAt && (
                      <div className="ui-meta">{t('deadlines.submittedAt', { time: formatDateTime(row.submittedAt, lang) })}</div>
                    )}
                  </td>
                  <td>
                    {row.programmeId ? (
                      <Link to={`/calendar/programmes/${row.programmeId}`} data-testid="deadline-programme">
                        {row.status ? <ProgrammeStatusChip status={row.status} testId="deadline-programme-status" /> : t('deadlines.open')}
                      </Link>
                    ) : (
                      <span className="ui-meta">{t('deadlines.noProgramme')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
