import type { TranslateFn } from '@/lib/i18n/types';
import type { ConclusionDocumentRequest, DocumentKind, ReportingCycle } from '../api/types';
import type { FieldErrors } from './field-errors';
import { isIsoDate } from './format';

export type TaskDraft = {
  key: number;
  content: string;
  expectedResult: string;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  focalOfficer: string;
  deadline: string;
  ongoing: boolean;
  reportingCycle: ReportingCycle | '';
};

export type DocumentDraft = {
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  issuingBodyId: string;
  signer: string;
  summary: string;
  tasks: TaskDraft[];
};

let nextKey = 1;

export function emptyTask(): TaskDraft {
  return {
    key: nextKey++,
    content: '',
    expectedResult: '',
    leadUnitId: '',
    coordinatingUnitIds: [],
    focalOfficer: '',
    deadline: '',
    ongoing: false,
    reportingCycle: '',
  };
}

export function emptyDocument(today: string): DocumentDraft {
  return {
    kind: 'CONCLUDING_NOTICE',
    number: '',
    issuedOn: today,
    issuingBodyId: '',
    signer: '',
    summary: '',
    tasks: [emptyTask()],
  };
}

/** The request: each task has exactly one LEAD unit and its other units COORDINATING. */
export function toRequest(draft: DocumentDraft): ConclusionDocumentRequest {
  return {
    kind: draft.kind,
    number: draft.number.trim(),
    issuedOn: draft.issuedOn,
    issuingBodyId: draft.issuingBodyId,
    signer: draft.signer.trim(),
    summary: draft.summary.trim(),
    tasks: draft.tasks.map((task) => ({
      content: task.content.trim(),
      expectedResult: task.expectedResult.trim(),
      focalOfficer: task.focalOfficer.trim(),
      units: [
        ...(task.leadUnitId ? [{ unitId: task.leadUnitId, role: 'LEAD' as const }] : []),
        ...[...new Set(task.coordinatingUnitIds)]
          .filter((id) => id !== task.leadUnitId)
          .map((unitId) => ({ unitId, role: 'COORDINATING' as const })),
      ],
      deadline: task.ongoing ? null : task.deadline || null,
      reportingCycle: task.ongoing ? task.reportingCycle || null : null,
    })),
  };
}

/** What the form checks before sending (the server checks the same "5 rõ" and more). */
export function validate(draft: DocumentDraft, t: TranslateFn): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('conclusionForm.required');
  if (!draft.number.trim()) errors.number = required;
  if (!isIsoDate(draft.issuedOn)) errors.issuedOn = required;
  if (!draft.issuingBodyId) errors.issuingBodyId = t('conclusionForm.chooseBody');
  if (!draft.signer.trim()) errors.signer = required;
  if (!draft.summary.trim()) errors.summary = required;
  draft.tasks.forEach((task, i) => {
    const p = `tasks[${i}].`;
    if (!task.content.trim()) errors[`${p}content`] = required;
    if (!task.expectedResult.trim()) errors[`${p}expectedResult`] = required;
    if (!task.leadUnitId) errors[`${p}units`] = t('conclusionForm.chooseLead');
    if (!task.focalOfficer.trim()) errors[`${p}focalOfficer`] = required;
    if (task.ongoing ? !task.reportingCycle : !isIsoDate(task.deadline)) {
      errors[`${p}deadline`] = t('conclusionForm.chooseTimeline');
    }
  });
  return errors;
}

const DOCUMENT_FIELDS = ['kind', 'number', 'issuedOn', 'issuingBodyId', 'signer', 'summary'];
const TASK_FIELDS = ['content', 'expectedResult', 'units', 'focalOfficer', 'deadline', 'reportingCycle'];

export function shownFields(taskCount: number): string[] {
  const keys = [...DOCUMENT_FIELDS];
  for (let i = 0; i < taskCount; i++) keys.push(...TASK_FIELDS.map((f) => `tasks[${i}].${f}`));
  return keys;
}
