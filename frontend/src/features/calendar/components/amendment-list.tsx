import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useAmendments } from '../api/get-amendments';
import type { ProgrammeItem } from '../api/types';
import { amendmentChangeLabel } from '../utils/labels';

/** "Các lần điều chỉnh": what changed after publishing, why, who and when. */
export function AmendmentList({ programmeId, items }: { programmeId: string; items: readonly ProgrammeItem[] }) {
  const { lang, t } = useI18n();
  const amendments = useAmendments(programmeId);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return (
    <section className="card" aria-labelledby="amendments-title" data-testid="amendments">
      <h2 id="amendments-title" className="card__title">
        {t('programme.amendments')}
      </h2>
      {amendments.isPending ? (
        <LoadingState />
      ) : amendments.isError ? (
        <ErrorState message={problemMessage(amendments.error, t)} onRetry={() => amendments.refetch()} />
      ) : amendments.data.length === 0 ? (
        <p className="field__hint">{t('programme.noAmendments')}</p>
      ) : (
        <ol style={{ margin: 0, paddingLeft: '1.2rem' }}>
          {amendments.data.map((a) => (
            <li key={a.revision} data-testid="amendment">
              {t('programme.amendment', {
                revision: a.revision,
                change: amendmentChangeLabel(a.change, t),
                title: titles.get(a.itemId) ?? '',
                reason: a.reason,
                by: a.amendedByName,
                time: formatDateTime(a.amendedAt, lang),
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
