import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useHistory } from '../api/get-history';
import { petitionEventLabel } from '../utils/labels';
import './petition.css';

/** "Lịch sử xử lý": each step, who took it and when, with its note. */
export function HistoryCard({ petitionId }: { petitionId: string }) {
  const { lang, t } = useI18n();
  const history = useHistory(petitionId);
  return (
    <section className="card" aria-labelledby="history-title" data-testid="petition-history">
      <h2 id="history-title" className="card__title">
        {t('petitionHistory.title')}
      </h2>
      {history.isPending ? (
        <LoadingState />
      ) : history.isError ? (
        <ErrorState message={problemMessage(history.error, t)} onRetry={() => history.refetch()} />
      ) : history.data.length === 0 ? (
        <p className="ui-meta">{t('petitionHistory.empty')}</p>
      ) : (
        <div className="ui-table-wrap">
          <table className="ui-table pt-table" data-testid="history-table">
            <thead>
              <tr>
                <th>{t('petitionHistory.at')}</th>
                <th>{t('petitionHistory.step')}</th>
                <th>{t('petitionHistory.note')}</th>
                <th>{t('petitionHistory.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((e, i) => (
                <tr key={`${e.at}-${i}`} data-testid="history-row" data-kind={e.kind}>
                  <td className="nowrap">{formatDateTime(e.at, lang)}</td>
                  <td>{petitionEventLabel(e.kind, t)}</td>
                  <td className="ui-pre">{e.note ?? ''}</td>
                  <td>{e.actorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
