import { useRef, useState, type FormEvent } from 'react';
import { problemMessage } from '@/lib/api/problem-message';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useCreateConclusion } from '../api/create-conclusion';
import { useBodies } from '../api/get-bodies';
import { useUnits } from '../api/get-units';
import type { DocumentKind, ReportingCycle, Unit } from '../api/types';
import {
  emptyDocument,
  emptyTask,
  shownFields,
  toRequest,
  validate,
  type DocumentDraft,
  type TaskDraft,
} from '../utils/document-draft';
import { errorFor, fieldErrorsOf, unmatchedErrors, type FieldErrors } from '../utils/field-errors';
import { isIsoDate } from '../utils/format';
import { newIdempotencyKey } from '../utils/idempotency';
import { DOCUMENT_KINDS, REPORTING_CYCLES, cycleLabel, kindLabel } from '../utils/labels';
import { FormField } from './form-field';
import './conclusion.css';

type Props = {
  onCreated: (id: string) => void;
  onCancel?: () => void;
  /** for tests: the day the form starts from */
  today?: string;
};

export function ConclusionForm({ onCreated, onCancel, today = isoDate() }: Props) {
  const { lang, t } = useI18n();
  const [draft, setDraft] = useState<DocumentDraft>(() => emptyDocument(today));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateConclusion();
  const bodies = useBodies();
  const unitsOn = isIsoDate(draft.issuedOn) ? draft.issuedOn : today;
  const units = useUnits(unitsOn);

  const errors: FieldErrors = clientErrors ?? (create.isError ? fieldErrorsOf(create.error) : {});
  const leftover = unmatchedErrors(errors, shownFields(draft.tasks.length));
  const summary = clientErrors
    ? t('conclusionForm.checkFields')
    : create.isError
      ? problemMessage(create.error, t)
      : null;

  function set<K extends keyof DocumentDraft>(key: K, value: DocumentDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  function setTask(index: number, patch: Partial<TaskDraft>) {
    setDraft((d) => ({ ...d, tasks: d.tasks.map((task, i) => (i === index ? { ...task, ...patch } : task)) }));
  }

  function addTask() {
    setDraft((d) => ({ ...d, tasks: [...d.tasks, emptyTask()] }));
  }

  function removeTask(index: number) {
    // the server's field paths (tasks[2]…) no longer match the tasks shown
    create.reset();
    setClientErrors(null);
    setDraft((d) => ({ ...d, tasks: d.tasks.filter((_, i) => i !== index) }));
  }

  /** Once the errors are shown, moves to the first field that has one. */
  function focusFirstInvalid() {
    setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found = validate(draft, t);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      focusFirstInvalid();
      return;
    }
    setClientErrors(null);
    const body = toRequest(draft);
    const json = JSON.stringify(body);
    // a retry of the same submission keeps its key, so the server records it once
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    create.mutate({ body, idempotencyKey: attempt.current.key }, { onSuccess: onCreated, onError: focusFirstInvalid });
  }

  const unitList: Unit[] = units.data ?? [];
  const bodyList = bodies.data ?? [];

  return (
    <form ref={formRef} className="page" onSubmit={submit} noValidate data-testid="conclusion-form">
      <section className="card">
        <h2 className="card__title">{t('conclusionForm.document')}</h2>
        <div className="form-grid">
          <FormField id="conclusion-kind" label={t('conclusionForm.kind')} error={errorFor(errors, 'kind')}>
            {(control) => (
              <select {...control} value={draft.kind} onChange={(e) => set('kind', e.target.value as DocumentKind)}>
                {DOCUMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabel(kind, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="conclusion-number" label={t('conclusionForm.number')} error={errorFor(errors, 'number')}>
            {(control) => (
              <input {...control} value={draft.number} maxLength={60} onChange={(e) => set('number', e.target.value)} />
            )}
          </FormField>
          <FormField id="conclusion-issued-on" label={t('conclusionForm.issuedOn')} error={errorFor(errors, 'issuedOn')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.issuedOn}
                max={today}
                onChange={(e) => set('issuedOn', e.target.value)}
              />
            )}
          </FormField>
          <FormField id="conclusion-body" label={t('conclusionForm.body')} error={errorFor(errors, 'issuingBodyId')}>
            {(control) => (
              <select {...control} value={draft.issuingBodyId} onChange={(e) => set('issuingBodyId', e.target.value)}>
                <option value="">{t('common.select')}</option>
                {bodyList.map((body) => (
                  <option key={body.id} value={body.id}>
                    {lang === 'en' ? body.nameEn : body.nameVi}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="conclusion-signer" label={t('conclusionForm.signer')} error={errorFor(errors, 'signer')}>
            {(control) => (
              <input {...control} value={draft.signer} maxLength={200} onChange={(e) => set('signer', e.target.value)} />
            )}
          </FormField>
          <FormField
            id="conclusion-summary"
            label={t('conclusionForm.summary')}
            error={errorFor(errors, 'summary')}
            className="span-all"
          >
            {(control) => (
              <textarea {...control} value={draft.summary} maxLength={4000} onChange={(e) => set('summary', e.target.value)} />
            )}
          </FormField>
        </div>
      </section>

      <section className="card">
        <h2 className="card__title">{t('conclusionForm.tasks')}</h2>
        <div className="page">
          {draft.tasks.map((task, index) => (
            <TaskFields
              key={task.key}
              index={index}
              task={task}
              units={unitList}
              errors={errors}
              canRemove={draft.tasks.length > 1}
              onChange={(patch) => setTask(index, patch)}
              onRemove={() => removeTask(index)}
            />
          ))}
          <div>
            <button type="button" className="btn btn--secondary" onClick={addTask} data-testid="conclusion-add-task">
              + {t('conclusionForm.addTask')}
            </button>
          </div>
        </div>
      </section>

      {summary && (
        <div className="form-error" role="alert" data-testid="conclusion-error">
          <p style={{ margin: 0 }}>{summary}</p>
          {leftover.length > 0 && (
            <ul>
              {leftover.map(([field, message]) => (
                <li key={field}>
                  {field}: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={create.isPending} data-testid="conclusion-submit">
          {create.isPending ? t('conclusionForm.submitting') : t('conclusionForm.submit')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

type TaskFieldsProps = {
  index: number;
  task: TaskDraft;
  units: Unit[];
  errors: FieldErrors;
  canRemove: boolean;
  onChange: (patch: Partial<TaskDraft>) => void;
  onRemove: () => void;
};

function TaskFields({ index, task, units, errors, canRemove, onChange, onRemove }: TaskFieldsProps) {
  const { t } = useI18n();
  const id = (field: string) => `task-${index}-${field}`;
  const error = (field: string) => errorFor(errors, `tasks[${index}].${field}`);
  const timelineError = [error('deadline'), error('reportingCycle')].filter(Boolean).join('; ') || undefined;
  const unitsError = error('units');
  const others = units.filter((u) => u.id !== task.leadUnitId);
  const n = index + 1;

  function toggleCoordinating(unitId: string, checked: boolean) {
    const ids = new Set(task.coordinatingUnitIds);
    if (checked) ids.add(unitId);
    else ids.delete(unitId);
    onChange({ coordinatingUnitIds: [...ids] });
  }

  return (
    <fieldset className="task-fieldset" data-testid="task-fieldset" data-index={index}>
      <legend>{t('conclusionForm.task', { n })}</legend>
      {canRemove && (
        <div className="task-fieldset__head">
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={onRemove}
            data-testid={id('remove')}
            aria-label={t('conclusionForm.removeTask', { n })}
          >
            {t('conclusionForm.removeTask', { n })}
          </button>
        </div>
      )}
      <div className="form-grid">
        <FormField id={id('content')} label={t('conclusionForm.content')} error={error('content')} className="span-all">
          {(control) => (
            <textarea {...control} value={task.content} maxLength={4000} onChange={(e) => onChange({ content: e.target.value })} />
          )}
        </FormField>
        <FormField
          id={id('expected-result')}
          label={t('conclusionForm.expectedResult')}
          error={error('expectedResult')}
          className="span-all"
        >
          {(control) => (
            <textarea
              {...control}
              value={task.expectedResult}
              maxLength={2000}
              onChange={(e) => onChange({ expectedResult: e.target.value })}
            />
          )}
        </FormField>
        <FormField id={id('lead')} label={t('conclusionForm.lead')} error={unitsError}>
          {(control) => (
            <select
              {...control}
              value={task.leadUnitId}
              onChange={(e) =>
                onChange({
                  leadUnitId: e.target.value,
                  // a unit is lead or coordinating, never both
                  coordinatingUnitIds: task.coordinatingUnitIds.filter((u) => u !== e.target.value),
                })
              }
            >
              <option value="">{t('common.select')}</option>
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('focal-officer')} label={t('conclusionForm.focalOfficer')} error={error('focalOfficer')}>
          {(control) => (
            <input
              {...control}
              value={task.focalOfficer}
              maxLength={200}
              onChange={(e) => onChange({ focalOfficer: e.target.value })}
            />
          )}
        </FormField>
        <div className="field span-all" role="group" aria-labelledby={id('coordinating-label')}>
          <span id={id('coordinating-label')} style={{ fontWeight: 600 }}>
            {t('conclusionForm.coordinating')}
          </span>
          {others.length === 0 ? (
            <p className="field__hint">{t('conclusionForm.noCoordinating')}</p>
          ) : (
            <ul className="checklist" data-testid={id('coordinating')}>
              {others.map((unit) => (
                <li key={unit.id}>
                  <label>
                    <input
                      type="checkbox"
                      value={unit.id}
                      checked={task.coordinatingUnitIds.includes(unit.id)}
                      onChange={(e) => toggleCoordinating(unit.id, e.target.checked)}
                    />
                    {unit.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="field field--check span-all">
          <input
            id={id('ongoing')}
            data-testid={id('ongoing')}
            type="checkbox"
            checked={task.ongoing}
            onChange={(e) => onChange({ ongoing: e.target.checked })}
          />
          <label htmlFor={id('ongoing')}>{t('conclusionForm.ongoing')}</label>
        </div>
        {task.ongoing ? (
          <FormField id={id('cycle')} label={t('conclusionForm.cycle')} error={timelineError}>
            {(control) => (
              <select
                {...control}
                value={task.reportingCycle}
                onChange={(e) => onChange({ reportingCycle: e.target.value as ReportingCycle | '' })}
              >
                <option value="">{t('common.select')}</option>
                {REPORTING_CYCLES.map((cycle) => (
                  <option key={cycle} value={cycle}>
                    {cycleLabel(cycle, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : (
          <FormField id={id('deadline')} label={t('conclusionForm.deadline')} error={timelineError}>
            {(control) => (
              <input {...control} type="date" value={task.deadline} onChange={(e) => onChange({ deadline: e.target.value })} />
            )}
          </FormField>
        )}
      </div>
    </fieldset>
  );
}
