import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useDownloadUrgingLetter } from '../api/download-urging-letter';
import { useUrgingLetters } from '../api/get-urging-letters';
import { usePrepareUrgingLetter } from '../api/prepare-urging-letter';
import { useSendUrgingLetter } from '../api/send-urging-letter';
import type { ConclusionTask } from '../api/types';

type UnitOverdue = { id: string; name: string; count: number };

function unitsOf(tasks: ConclusionTask[]): UnitOverdue[] {
  const byUnit = new Map<string, UnitOverdue>();
  for (const task of tasks) {
    const entry = byUnit.get(task.leadUnit.id) ?? { id: task.leadUnit.id, name: task.leadUnit.name, count: 0 };
    entry.count++;
    byUnit.set(task.leadUnit.id, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

/** "Đôn đốc": prepare a letter per unit with overdue tasks, download it (DOCX), record that it was sent. */
export function UrgingPanel({ overdueTasks }: { overdueTasks: ConclusionTask[] }) {
  const { lang, t } = useI18n();
  const letters = useUrgingLetters();
  const prepare = usePrepareUrgingLetter();
  const download = useDownloadUrgingLetter();
  const send = useSendUrgingLetter();
  const units = unitsOf(overdueTasks);
  const letterError = download.isError ? download.error : send.isError ? send.error : null;

  return (
    <section className="card" aria-labelledby="urging-title" data-testid="urging-panel">
      <h2 id="urging-title" className="card__title">
        {t('urging.title')}
      </h2>

      <h3 className="card__title" style={{ fontSize: '1rem' }}>
        {t('urging.units')}
      </h3>
      {units.length === 0 ? (
        <p className="field__hint" data-testid="urging-no-units">
          {t('urging.noUnits')}
        </p>
      ) : (
        <div>
          {units.map((unit) => {
            const failed = prepare.isError && prepare.variables?.unitId === unit.id;
            return (
              <div key={unit.id} className="urging-row" data-testid="urging-unit" data-unit-id={unit.id}>
                <div className="urging-row__main">
                  <strong>{unit.name}</strong>
                  <span className="urging-row__meta">{t('urging.overdueCount', { count: unit.count })}</span>
                  {failed && (
                    <span className="field__error" role="alert" data-testid="urging-error">
                      {problemMessage(prepare.error, t)}
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="btn btn--primary btn--small"
                  data-testid="urging-prepare"
                  disabled={prepare.isPending}
                  onClick={() => prepare.mutate({ unitId: unit.id })}
                >
                  {t('urging.prepare')}
                </button>
              </div>
            );
          })}
        </div>
      )}

      <h3 className="card__title" style={{ fontSize: '1rem', marginTop: '1rem' }}>
        {t('urging.letters')}
      </h3>
      {letterError && (
        <p className="form-error" role="alert" data-testid="urging-letter-error">
          {problemMessage(letterError, t)}
        </p>
      )}
      {letters.isPending ? (
        <LoadingState />
      ) : letters.isError ? (
        <ErrorState message={problemMessage(letters.error, t)} onRetry={() => letters.refetch()} />
      ) : letters.data.items.length === 0 ? (
        <p className="field__hint" data-testid="urging-no-letters">
          {t('urging.noLetters')}
        </p>
      ) : (
        <div data-testid="urging-letters">
          {letters.data.items.map((letter) => (
            <div key={letter.id} className="urging-row" data-testid="urging-letter" data-letter-id={letter.id}>
              <div className="urging-row__main">
                <strong>{letter.unit.name}</strong>
                <span className="urging-row__meta">
                  {t('urging.preparedOn', { date: formatDate(letter.preparedOn, lang) })} ·{' '}
                  {t('urging.taskCount', { count: letter.taskIds.length })} ·{' '}
                  <span data-testid="urging-letter-status">
                    {letter.sentAt
                      ? t('urging.sent', { reference: letter.reference ?? '', time: formatDateTime(letter.sentAt, lang) })
                      : t('urging.notSent')}
                  </span>
                </span>
              </div>
              <div className="actions-bar">
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  data-testid="urging-download"
                  disabled={download.isPending && download.variables?.id === letter.id}
                  onClick={() => download.mutate(letter)}
                >
                  {t('urging.download')}
                </button>
                {!letter.sentAt && (
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    data-testid="urging-send"
                    disabled={send.isPending && send.variables === letter.id}
                    onClick={() => send.mutate(letter.id)}
                  >
                    {t('urging.send')}
                  </button>
                )}
              </div>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
