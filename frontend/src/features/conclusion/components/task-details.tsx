import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { ConclusionTask, Office } from '../api/types';
import { DeadlineText } from './deadline-text';
import { ProgressBar } from './progress-bar';

type Row = { label: string; value: ReactNode; testId: string };

/** The "5 rõ" of a task and where it stands. */
export function TaskDetails({ task, offices }: { task: ConclusionTask; offices: Office[] }) {
  const { lang, t } = useI18n();
  const office = offices.find((o) => o.id === task.followingOfficeId);
  const rows: Row[] = [
    {
      label: t('task.document'),
      value: (
        <Link to={`/conclusions/${task.documentId}`}>
          {t('task.documentRef', { number: task.documentNumber, date: formatDate(task.documentIssuedOn, lang) })}
        </Link>
      ),
      testId: 'task-document',
    },
    { label: t('task.content'), value: task.content, testId: 'task-content' },
    { label: t('task.expectedResult'), value: task.expectedResult, testId: 'task-expected-result' },
    { label: t('task.lead'), value: task.leadUnit.name, testId: 'task-lead' },
  ];
  if (task.coordinatingUnits.length > 0) {
    rows.push({
      label: t('task.coordinating'),
      value: task.coordinatingUnits.map((u) => u.name).join(', '),
      testId: 'task-coordinating',
    });
  }
  rows.push({ label: t('task.focalOfficer'), value: task.focalOfficer, testId: 'task-focal-officer' });
  rows.push({
    label: t('task.deadline'),
    value: (
      <>
        <DeadlineText task={task} />
        {task.originalDeadline && task.deadline && task.originalDeadline !== task.deadline && (
          <span className="field__hint"> ({t('task.originalDeadline', { date: formatDate(task.originalDeadline, lang) })})</span>
        )}
      </>
    ),
    testId: 'task-deadline',
  });
  if (office) {
    rows.push({
      label: t('task.followingOffice'),
      value: lang === 'en' ? office.nameEn : office.nameVi,
      testId: 'task-office',
    });
  }
  rows.push({
    label: t('task.progress'),
    value: <ProgressBar percent={task.progressPercent} testId="task-progress" />,
    testId: 'task-progress-row',
  });
  if (task.completionProposedOn && task.awaitingConfirmation) {
    rows.push({
      label: t('task.completionProposedOn'),
      value: formatDate(task.completionProposedOn, lang),
      testId: 'task-proposed-on',
    });
  }
  if (task.completedOn) {
    rows.push({ label: t('task.completedOn'), value: formatDate(task.completedOn, lang), testId: 'task-completed-on' });
  }
  if (task.cancelReason) {
    rows.push({ label: t('task.cancelReason'), value: task.cancelReason, testId: 'task-cancel-reason' });
  }

  return (
    <section className="card" aria-label={t('task.title', { position: task.position })}>
      <dl className="facts">
        {rows.map((row) => (
          <div className="facts__row" key={row.testId}>
            <dt>{row.label}</dt>
            <dd data-testid={row.testId}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {task.pendingExtension && (
        <div className="notice" data-testid="task-pending-extension" style={{ marginTop: '1rem' }}>
          <strong>{t('task.pendingExtension')}</strong>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('task.requestedDeadline')}</dt>
              <dd>{formatDate(task.pendingExtension.requestedDeadline, lang)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('task.reason')}</dt>
              <dd>{task.pendingExtension.reason}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('task.requestedAt')}</dt>
              <dd>{formatDateTime(task.pendingExtension.requestedAt, lang)}</dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
