import { Link, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useConclusion } from '../api/get-conclusion';
import { useConclusionTasks } from '../api/get-conclusion-tasks';
import { StackedBar, StackedLegend } from '../components/stacked-bar';
import { StatusCountChips } from '../components/status-chip';
import { TaskTable } from '../components/task-table';
import { kindLabel } from '../utils/labels';
import '../components/conclusion.css';

/** /conclusions/:id — a notice, the counts of its tasks by status, and its tasks. */
export function ConclusionRoute() {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const document = useConclusion(id);
  const tasks = useConclusionTasks(id);

  if (document.isPending) return <LoadingState />;
  if (document.isError) return <ErrorState message={problemMessage(document.error, t)} onRetry={() => document.refetch()} />;
  const doc = document.data;

  return (
    <div className="page">
      <div className="page__head">
        <Link to="/conclusions">← {t('conclusion.back')}</Link>
        <h1 className="page__title" data-testid="conclusion-heading">
          {t('conclusion.heading', { kind: kindLabel(doc.kind, t), number: doc.number })}
        </h1>
      </div>
      <section className="card">
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
        </dl>
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
