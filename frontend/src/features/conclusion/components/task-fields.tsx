import { useI18n } from '@/lib/i18n';
import type { ReportingCycle, Unit } from '../api/types';
import type { TaskDraft } from '../utils/document-draft';
import { errorFor, type FieldErrors } from '@/lib/api/field-errors';
import { REPORTING_CYCLES, cycleLabel } from '../utils/labels';
import { FormField } from '@/components/ui/form-field';

type Props = {
  /** prefix of the controls' ids and data-testids: "task-0" → "task-0-deadline", … */
  idPrefix: string;
  /** how the server names this task's fields: "tasks[0]." within a document, "" for a task added alone */
  errorPrefix: string;
  legend: string;
  task: TaskDraft;
  /** the units that can lead or coordinate it */
  units: Unit[];
  errors: FieldErrors;
  onChange: (patch: Partial<TaskDraft>) => void;
  /** a button removing the task, when it may be removed */
  remove?: { label: string; onRemove: () => void };
};

/** A task's "5 rõ": content, expected result, lead and coordinating units, focal officer, deadline or reporting cycle. */
export function TaskFields({ idPrefix, errorPrefix, legend, task, units, errors, onChange, remove }: Props) {
  const { t } = useI18n();
  const id = (field: string) => `${idPrefix}-${field}`;
  const error = (field: string) => errorFor(errors, `${errorPrefix}${field}`);
  const timelineError = [error('deadline'), error('reportingCycle')].filter(Boolean).join('; ') || undefined;
  const unitsError = error('units');
  const others = units.filter((u) => u.id !== task.leadUnitId);

  function toggleCoordinating(unitId: string, checked: boolean) {
    const ids = new Set(task.coordinatingUnitIds);
    if (checked) ids.add(unitId);
    else ids.delete(unitId);
    onChange({ coordinatingUnitIds: [...ids] });
  }

  return (
    <fieldset className="task-fieldset" data-testid="task-fieldset">
      <legend>{legend}</legend>
      {remove && (
        <div className="task-fieldset__head">
          <button type="button" className="btn btn--secondary btn--small" onClick={remove.onRemove} data-testid={id('remove')}>
            {remove.label}
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
