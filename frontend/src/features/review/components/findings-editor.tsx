import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { FormField } from '@/components/ui/form-field';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '@/lib/api/field-errors';
import { problemMessage } from '@/lib/api/problem-message';
import { useI18n, useT } from '@/lib/i18n';
import { shownByTheMutation } from '@/lib/mutations';
import { useAddFinding } from '../api/add-finding';
import { useDeleteFinding } from '../api/delete-finding';
import type { Finding, FindingRequest, FindingSection, ProposalTask, Review } from '../api/types';
import { useUpdateFinding } from '../api/update-finding';
import { formatDay } from '../utils/format';
import { isStale } from '../utils/errors';
import { FINDING_SECTIONS, findingSectionLabel } from '../utils/labels';
import { can } from '../utils/permissions';
import { ConvertForm } from './convert-form';
import { TaskStatusChip } from './status-chip';
import './review.css';

const ROMAN: Record<FindingSection, string> = { RESULT: 'I', SHORTCOMING: 'II', LESSON: 'III', PROPOSAL: 'IV' };

/** One form open at a time: a new finding of a part, a finding being rewritten, or a proposal becoming a task. */
type Open = { kind: 'add'; section: FindingSection } | { kind: 'edit'; finding: Finding } | { kind: 'convert'; finding: Finding } | null;

/**
 * "Nội dung đánh giá": the four parts of the report in its order — results, shortcomings with their causes, lessons,
 * directions and proposals. The host office writes, rewrites and removes findings while the review is a draft (EDIT); a
 * proposal shows its task's progress, or becomes a task (CONVERT_PROPOSAL).
 */
export function FindingsEditor({ review }: { review: Review }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const remove = useDeleteFinding();
  const editing = can(review, 'EDIT');
  const converting = can(review, 'CONVERT_PROPOSAL');

  return (
    <section className="card" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title" className="card__title">
        {t('findings.title')}
      </h2>
      {remove.isError && (
        <p className="form-error" role="alert" data-testid="finding-delete-error">
          {isStale(remove.error) ? t('findings.stale') : problemMessage(remove.error, t)}
        </p>
      )}
      {FINDING_SECTIONS.map((section) => {
        const findings = review.findings.filter((f) => f.section === section).sort((a, b) => a.position - b.position);
        const label = findingSectionLabel(section, t);
        return (
          <section key={section} className="rv-part" aria-labelledby={`findings-${section}-title`} data-testid={`findings-${section}`}>
            <h3 id={`findings-${section}-title`}>
              {ROMAN[section]}. {label}
            </h3>
            {findings.length === 0 ? (
              <p className="ui-meta" data-testid="findings-empty">
                {t('findings.empty')}
              </p>
            ) : (
              <ol className="rv-findings">
                {findings.map((finding) => (
                  <li key={finding.id} className="rv-finding" data-testid="finding" data-id={finding.id}>
                    {open?.kind === 'edit' && open.finding.id === finding.id ? (
                      <FindingForm key={`edit-${finding.id}`} review={review} section={section} finding={finding} onDone={() => setOpen(null)} />
                    ) : (
                      <>
                        <p data-testid="finding-content">{finding.content}</p>
                        {finding.cause && (
                          <p className="rv-finding__cause" data-testid="finding-cause">
                            {t('findings.causeIs', { cause: finding.cause })}
                          </p>
                        )}
                        {finding.task && <TaskProgress task={finding.task} />}
                        <div className="ui-actions">
                          {editing && (
                            <>
                              <button
                                type="button"
                                className="btn btn--ghost btn--small"
                                data-testid="finding-edit"
                                onClick={() => setOpen({ kind: 'edit', finding })}
                              >
                                {t('findings.edit')}
                              </button>
                              {!finding.task && (
                                <button
                                  type="button"
                                  className="btn btn--ghost btn--small"
                                  data-testid="finding-delete"
                                  disabled={remove.isPending}
                                  onClick={() => {
                                    remove.reset();
                                    remove.mutate({ reviewId: review.id, findingId: finding.id, version: finding.version });
                                  }}
                                >
                                  {t('findings.delete')}
                                </button>
                              )}
                            </>
                          )}
                          {section === 'PROPOSAL' && !finding.task && converting && (
                            <button
                              type="button"
                              className={open?.kind === 'convert' && open.finding.id === finding.id ? 'btn btn--primary btn--small' : 'btn btn--secondary btn--small'}
                              aria-expanded={open?.kind === 'convert' && open.finding.id === finding.id}
                              data-testid="finding-convert"
                              onClick={() => setOpen(open?.kind === 'convert' && open.finding.id === finding.id ? null : { kind: 'convert', finding })}
                            >
                              {t('findings.convert')}
                            </button>
                          )}
                        </div>
                        {open?.kind === 'convert' && open.finding.id === finding.id && (
                          <ConvertForm review={review} finding={finding} onDone={() => setOpen(null)} />
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {editing && open?.kind === 'add' && open.section === section ? (
              <FindingForm key={`new-${section}`} review={review} section={section} onDone={() => setOpen(null)} />
            ) : (
              editing && (
                <div className="ui-actions" style={{ marginTop: '0.5rem' }}>
                  <button
                    type="button"
                    className="btn btn--secondary btn--small"
                    data-testid={`finding-add-${section}`}
                    aria-label={t('findings.addTo', { section: label })}
                    onClick={() => setOpen({ kind: 'add', section })}
                  >
                    + {t('findings.add')}
                  </button>
                </div>
              )
            )}
          </section>
        );
      })}
    </section>
  );
}

/** A proposal's task as the conclusions follow it up: status, progress, lead unit, deadline, and the task's page. */
function TaskProgress({ task }: { task: ProposalTask }) {
  const { lang, t } = useI18n();
  const percent = lang === 'vi' ? `${task.progressPercent} %` : `${task.progressPercent}%`;
  return (
    <div className="rv-task" data-testid="proposal-task">
      <strong>{t('findings.task')}</strong>
      <TaskStatusChip status={task.status} />
      <span data-testid="proposal-task-progress">{t('findings.taskProgress', { percent })}</span>
      <span data-testid="proposal-task-lead">{t('findings.taskLead', { unit: task.leadUnitName })}</span>
      {task.deadline && <span data-testid="proposal-task-deadline">{t('findings.taskDeadline', { date: formatDay(task.deadline, lang) })}</span>}
      {task.completedOn && <span>{t('findings.taskCompleted', { date: formatDay(task.completedOn, lang) })}</span>}
      <Link to={`/conclusion-tasks/${task.taskId}`} data-testid="proposal-task-link">
        {t('findings.taskLink')}
      </Link>
    </div>
  );
}

const FIELDS = ['section', 'content', 'cause'];

/** Adds a finding at the end of its part, or rewrites one (If-Match); a shortcoming has its cause too. */
function FindingForm({ review, section, finding, onDone }: { review: Review; section: FindingSection; finding?: Finding; onDone: () => void }) {
  const t = useT();
  const add = useAddFinding();
  const update = useUpdateFinding();
  const mutation = finding ? update : add;
  const [content, setContent] = useState(finding?.content ?? '');
  const [cause, setCause] = useState(finding?.cause ?? '');
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const withCause = section === 'SHORTCOMING';
  const stale = isStale(mutation.error);

  const errors = clientErrors ?? (mutation.isError && !stale ? fieldErrorsOf(mutation.error) : {});
  const summary = clientErrors
    ? t('reviewForm.checkFields')
    : mutation.isError
      ? stale
        ? t('findings.stale')
        : problemMessage(mutation.error, t)
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!content.trim()) {
      setClientErrors({ content: t('reviewForm.required') });
      return;
    }
    setClientErrors(null);
    const body: FindingRequest = { section, content: content.trim(), cause: withCause ? cause.trim() || null : null };
    if (finding) update.mutateAsync({ reviewId: review.id, findingId: finding.id, version: finding.version, body }).then(onDone, shownByTheMutation);
    else add.mutateAsync({ reviewId: review.id, body }).then(onDone, shownByTheMutation);
  }

  return (
    <form className="ui-panel" onSubmit={submit} noValidate data-testid="finding-form">
      <h3>{finding ? t('findings.editTitle') : t('findings.newTitle', { section: findingSectionLabel(section, t) })}</h3>
      <FormField id="finding-text" label={t('findings.content')} error={errorFor(errors, 'content')}>
        {(control) => <textarea {...control} rows={3} maxLength={4000} value={content} onChange={(e) => setContent(e.target.value)} />}
      </FormField>
      {withCause && (
        <FormField id="finding-cause-text" label={t('findings.cause')} error={errorFor(errors, 'cause')}>
          {(control) => <textarea {...control} rows={2} maxLength={4000} value={cause} onChange={(e) => setCause(e.target.value)} />}
        </FormField>
      )}
      <FormErrorSummary summary={summary} leftover={unmatchedErrors(errors, FIELDS)} testId="finding-error" />
      <div className="ui-actions">
        <button type="submit" className="btn btn--primary" disabled={mutation.isPending} data-testid="finding-save">
          {mutation.isPending ? t('reviewForm.saving') : t('findings.save')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onDone} data-testid="finding-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
