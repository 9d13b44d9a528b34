import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { formatDate, isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useConclusion } from '../api/get-conclusion';
import { useConclusionTasks } from '../api/get-conclusion-tasks';
import { AddTaskForm } from '../components/add-task-form';
import { AttachmentList } from '../components/attachment-list';
import { EditDetailsForm } from '../components/edit-details-form';
import { StackedBar, StackedLegend } from '../components/stacked-bar';
import { StatusCountChips } from '../components/status-chip';
import { TaskTable } from '../components/task-table';
import { kindLabel } from '../utils/labels';
import { canManageDocument } from '../utils/permissions';
import '../components/conclusion.css';

type Done = 'saved' | 'added' | null;

/**
 * /conclusions/:id — a notice, the counts of its tasks by status, and its tasks. The office
 * that recorded it may correct its details and add tasks.
 */
export function ConclusionRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  const document = useConclusion(id);
  const tasks = useConclusionTasks(id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<Done>(null);

  if (document.isPending) return <LoadingState />;
  if (document.isError) return <ErrorState message={problemMessage(document.error, t)} onRetry={() => document.refetch()} />;
  const doc = document.data;
  const manage = canManageDocument(me, doc);

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/conclusions">← {t('conclusion.back')}</Link>
        <h1 className="page__title" data-testid="conclusion-heading">
          {t('conclusion.heading', { kind: kindLabel(doc.kind, t), number: doc.number })}
        </h1>
      </div>

      {manage && (
        <div className="actions-bar" data-testid="conclusion-actions">
          <button
            type="button"
            className={editing ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={editing}
            data-testid="conclusion-edit-open"
            onClick={() => {
              setDone(null);
              setEditing(!editing);
            }}
          >
            {t('conclusion.edit')}
          </button>
          <button
            type="button"
            className={adding ? 'btn btn--primary' : 'btn btn--secondary'}
            aria-expanded={adding}
            data-testid="conclusion-add-task-open"
            onClick={() => {
              setDone(null);
              setAdding(!adding);
            }}
          >
            + {t('conclusion.addTask')}
          </button>
        </div>
      )}
      {done && (
        <p className="notice notice--ok" role="status" data-testid="conclusion-done">
          {done === 'saved' ? t('conclusion.saved') : t('conclusion.taskAdded')}
        </p>
      )}

      <section className="card">
        {manage && editing ? (
          <EditDetailsForm
            key={doc.version}
            document={doc}
            today={today}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setDone('saved');
            }}
            onReload={() => document.refetch()}
          />
        ) : (
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('conclusion.issuedOn')}</dt>
              <dd data-testid="conclusion-issued-on">{formatDate(doc.issuedOn, lang)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('conclusion.body')}</dt>
              <dd data-testid="conclusion-body">{doc.issuingBodyName}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('conclusion.signer')}</dt>
              <dd data-testid="conclusion-signer">{doc.signer}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('conclusion.summary')}</dt>
              <dd data-testid="conclusion-summary">{doc.summary}</dd>
            </div>
            {doc.attachmentIds.length > 0 && (
              <div className="facts__row">
                <dt>{t('attachment.label')}</dt>
                <dd>
                  <AttachmentList ids={doc.attachmentIds} testId="conclusion-attachments" />
                </dd>
              </div>
            )}
          </dl>
        )}
      </section>

      <section className="card" aria-labelledby="conclusion-progress-title">
        <h2 id="conclusion-progress-title" className="card__title">
          {t('conclusion.progress')}
        </h2>
        <p data-testid="conclusion-assigned">{t('conclusion.assigned', { count: doc.tasks.assigned })}</p>
        <StatusCountChips counts={doc.tasks} emptyText={t('conclusions.noTasks')} />
        {doc.tasks.assigned > 0 && (
          <div style={{ marginTop: '0.75rem' }}>
            <StackedBar counts={doc.tasks} />
            <StackedLegend />
          </div>
        )}
      </section>

      <section className="page" aria-labelledby="conclusion-tasks-title">
        <h2 id="conclusion-tasks-title" className="card__title">
          {t('conclusion.tasks')}
        </h2>
        {manage && adding && (
          <AddTaskForm
            document={doc}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              setDone('added');
            }}
          />
        )}
        {tasks.isPending ? (
          <LoadingState />
        ) : tasks.isError ? (
          <ErrorState message={problemMessage(tasks.error, t)} onRetry={() => tasks.refetch()} />
        ) : (
          <TaskTable tasks={tasks.data.items} showPosition emptyText={t('conclusion.noTasks')} testId="conclusion-tasks" />
        )}
      </section>
    </div>
  );
}
