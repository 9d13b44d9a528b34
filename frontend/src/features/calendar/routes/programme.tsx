import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate, formatDateTime, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useLeaders } from '../api/get-leaders';
import { useProgramme } from '../api/get-programme';
import { useProgrammeItems } from '../api/get-programme-items';
import type { Clash, ProgrammeItem } from '../api/types';
import { AmendmentList } from '../components/amendment-list';
import { ClashList } from '../components/clash-list';
import { DeleteItemForm } from '../components/delete-item-form';
import { ItemForm } from '../components/item-form';
import { ItemTable } from '../components/item-table';
import { ProgrammeActions } from '../components/programme-actions';
import { OnTimeChip, ProgrammeStatusChip } from '../components/status-chip';
import { leaderMap } from '../utils/clash-text';
import { actionLabel } from '../utils/labels';
import { periodLabel } from '../utils/period';
import { canEditItems } from '../utils/permissions';
import '../components/calendar.css';

type Editing = { mode: 'new' } | { mode: 'edit'; item: ProgrammeItem } | { mode: 'delete'; item: ProgrammeItem } | null;
type Done = { message: string; clashes: Clash[] } | null;

/**
 * /calendar/programmes/:id — a work programme: its state, the transitions the user may make (from the server's
 * `allowedActions`), its activities with the form that warns of clashes as one types, and its amendments.
 */
export function ProgrammeRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const programme = useProgramme(id);
  const items = useProgrammeItems(id);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<Done>(null);
  const editable = programme.data ? canEditItems(programme.data.allowedActions) : false;
  const leaders = useLeaders({}, { enabled: editable });
  const leadersById = useMemo(() => leaderMap(leaders.data), [leaders.data]);

  if (programme.isPending) return <LoadingState />;
  if (programme.isError) return <ErrorState message={problemMessage(programme.error, t)} onRetry={() => programme.refetch()} />;
  const p = programme.data;
  const amend = p.status === 'PUBLISHED';
  const period = periodLabel(p.periodKind, p.periodStart, lang);

  return (
    <div className="page" data-testid="programme" data-programme-id={p.id} data-calendar-id={p.calendarId}>
      <div className="page__head">
        <Link to="/calendar/programmes">← {t('programme.back')}</Link>
        <h1 className="page__title" data-testid="programme-heading">
          {p.title}
        </h1>
        <p className="page__subtitle" data-testid="programme-subtitle">
          {p.calendarName} · {period}
        </p>
      </div>

      <section className="card">
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('programme.status')}</dt>
            <dd>
              <ProgrammeStatusChip status={p.status} />
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('programme.office')}</dt>
            <dd>{p.officeName}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('programme.period')}</dt>
            <dd data-testid="programme-period">
              {period} ({formatDate(`${p.periodStart}T12:00:00Z`, lang)} – {formatDate(`${p.periodEnd}T12:00:00Z`, lang)})
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('programme.deadline')}</dt>
            <dd data-testid="programme-deadline">{formatDate(`${p.deadline}T12:00:00Z`, lang)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('programme.submittedAt')}</dt>
            <dd>
              {p.submittedAt ? `${formatDateTime(p.submittedAt, lang)} ` : ''}
              <OnTimeChip submittedOnTime={p.submittedAt ? p.submittedOnTime : null} />
            </dd>
          </div>
          {p.returnComment && p.status === 'RETURNED' && (
            <div className="facts__row">
              <dt>{t('programme.returnComment')}</dt>
              <dd data-testid="programme-return-comment">{p.returnComment}</dd>
            </div>
          )}
          {p.decisionReference && (
            <div className="facts__row">
              <dt>{t('programme.decision')}</dt>
              <dd data-testid="programme-decision">
                {p.decidedOn
                  ? t('programme.decisionValue', { reference: p.decisionReference, date: formatDate(`${p.decidedOn}T12:00:00Z`, lang) })
                  : p.decisionReference}
              </dd>
            </div>
          )}
          {p.publishedAt && (
            <div className="facts__row">
              <dt>{t('programme.publishedAt')}</dt>
              <dd>{formatDateTime(p.publishedAt, lang)}</dd>
            </div>
          )}
          <div className="facts__row">
            <dt>{t('programme.revision')}</dt>
            <dd data-testid="programme-revision">{p.revision}</dd>
          </div>
        </dl>
      </section>

      <ProgrammeActions
        key={`${p.id}-${p.version}`}
        programme={p}
        today={today}
        onDone={(action) => setDone({ message: t('programme.transitionDone', { action: actionLabel(action, t) }), clashes: [] })}
      />

      {done && (
        <div data-testid="programme-done">
          <p className="ui-notice" role="status">
            {done.message}
          </p>
          {done.clashes.length > 0 && (
            <div role="alert" data-testid="saved-clashes" style={{ marginTop: '0.5rem' }}>
              <p style={{ margin: '0 0 0.4rem', fontWeight: 700 }}>{t('clash.savedTitle')}</p>
              <ClashList clashes={done.clashes} leaders={leadersById} testId="saved-clash-list" />
            </div>
          )}
        </div>
      )}

      <section className="page" aria-labelledby="programme-items-title">
        <div className="page__head--row">
          <h2 id="programme-items-title" className="card__title">
            {t('programme.items')}
          </h2>
          {editable && (
            <button
              type="button"
              className={editing?.mode === 'new' ? 'btn btn--primary' : 'btn btn--secondary'}
              aria-expanded={editing?.mode === 'new'}
              data-testid="item-add"
              onClick={() => {
                setDone(null);
                setEditing(editing?.mode === 'new' ? null : { mode: 'new' });
              }}
            >
              + {amend ? t('programme.addAmendment') : t('programme.addItem')}
            </button>
          )}
        </div>
        {editable && (editing?.mode === 'new' || editing?.mode === 'edit') && (
          <ItemForm
            key={editing.mode === 'edit' ? `${editing.item.id}-${editing.item.version}` : 'new'}
            programme={p}
            item={editing.mode === 'edit' ? editing.item : undefined}
            today={today}
            onClose={() => setEditing(null)}
            onSaved={(clashes) => {
              setEditing(null);
              setDone({ message: t('programme.itemSaved'), clashes });
            }}
            onReload={async () => {
              const fresh = await items.refetch();
              if (editing.mode === 'edit') {
                const again = fresh.data?.find((i) => i.id === editing.item.id);
                setEditing(again ? { mode: 'edit', item: again } : null);
              }
            }}
          />
        )}
        {editable && editing?.mode === 'delete' && (
          <DeleteItemForm
            item={editing.item}
            programmeId={p.id}
            amend={amend}
            onClose={() => setEditing(null)}
            onDeleted={() => {
              setEditing(null);
              setDone({ message: amend ? t('programme.itemCancelled') : t('programme.itemDeleted'), clashes: [] });
            }}
          />
        )}
        {items.isPending ? (
          <LoadingState />
        ) : items.isError ? (
          <ErrorState message={problemMessage(items.error, t)} onRetry={() => items.refetch()} />
        ) : (
          <ItemTable
            items={items.data}
            editable={editable}
            onEdit={(item) => {
              setDone(null);
              setEditing({ mode: 'edit', item });
            }}
            onDelete={(item) => {
              setDone(null);
              setEditing({ mode: 'delete', item });
            }}
            emptyText={t('programme.noItems')}
          />
        )}
      </section>

      {(p.status === 'PUBLISHED' || p.revision > 0) && <AmendmentList programmeId={p.id} items={items.data ?? []} />}
    </div>
  );
}
