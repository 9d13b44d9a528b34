import type { TranslateFn } from '@/lib/i18n/types';
import type {
  ConclusionDetails,
  ConclusionDocument,
  ConclusionDocumentRequest,
  ConclusionTaskRequest,
  DocumentKind,
  ReportingCycle,
} from '../api/types';
import type { FieldErrors } from '@/lib/api/field-errors';
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

/** The document's own details: what the recording form and the "edit details" form share. */
export type DocumentDetailsDraft = {
  kind: DocumentKind;
  number: string;
  issuedOn: string;
  issuingBodyId: string;
  signer: string;
  summary: string;
};

export type DocumentDraft = DocumentDetailsDraft & { tasks: TaskDraft[] };

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

/** A task as the API takes it: exactly one LEAD unit, its other units COORDINATING. */
export function toTaskRequest(task: TaskDraft): ConclusionTaskRequest {
  return {
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
  };
}

/** The details being edited, from the document as the API returned it. */
export function detailsOf(document: ConclusionDocument): DocumentDetailsDraft {
  return {
    kind: document.kind,
    number: document.number,
    issuedOn: document.issuedOn,
    issuingBodyId: document.issuingBodyId,
    signer: document.signer,
    summary: document.summary,
  };
}

function toDetailsRequest(details: DocumentDetailsDraft) {
  return {
    kind: details.kind,
    number: details.number.trim(),
    issuedOn: details.issuedOn,
    issuingBodyId: details.issuingBodyId,
    signer: details.signer.trim(),
    summary: details.summary.trim(),
  };
}

/** The request recording a document with its tasks. */
export function toRequest(draft: DocumentDraft): ConclusionDocumentRequest {
  return { ...toDetailsRequest(draft), tasks: draft.tasks.map(toTaskRequest) };
}

/**
 * The body of the PUT correcting a document's details: `tasks` left out, and the meeting
 * and attachments it already has kept (the PUT replaces them).
 */
export function toDetailsUpdate(details: DocumentDetailsDraft, document: ConclusionDocument): ConclusionDetails {
  return { ...toDetailsRequest(details), meetingId: document.meetingId, attachmentIds: document.attachmentIds };
}

/** What the form checks of the document's details before sending. */
export function validateDetails(details: DocumentDetailsDraft, t: TranslateFn): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('conclusionForm.required');
  if (!details.number.trim()) errors.number = required;
  if (!isIsoDate(details.issuedOn)) errors.issuedOn = required;
  if (!details.issuingBodyId) errors.issuingBodyId = t('conclusionForm.chooseBody');
  if (!details.signer.trim()) errors.signer = required;
  if (!details.summary.trim()) errors.summary = required;
  return errors;
}

/** The "5 rõ" of one task; `prefix` is how the server names its fields ("tasks[2]." in a document, "" alone). */
export function validateTask(task: TaskDraft, t: TranslateFn, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('conclusionForm.required');
  if (!task.content.trim()) errors[`${prefix}content`] = required;
  if (!task.expectedResult.trim()) errors[`${prefix}expectedResult`] = required;
  if (!task.leadUnitId) errors[`${prefix}units`] = t('conclusionForm.chooseLead');
  if (!task.focalOfficer.trim()) errors[`${prefix}focalOfficer`] = required;
  if (task.ongoing ? !task.reportingCycle : !isIsoDate(task.deadline)) {
    errors[`${prefix}deadline`] = t('conclusionForm.chooseTimeline');
  }
  return errors;
}

/** What the form checks before sending (the server checks the same "5 rõ" and more). */
export function validate(draft: DocumentDraft, t: TranslateFn): FieldErrors {
  const errors = validateDetails(draft, t);
  draft.tasks.forEach((task, i) => Object.assign(errors, validateTask(task, t, taskPrefix(i))));
  return errors;
}

/** How the server names the fields of the i-th task of a document. */
export function taskPrefix(index: number): string {
  return `tasks[${index}].`;
}

/** The fields each form shows next to its controls (other errors go to the form's summary). */
export const DOCUMENT_FIELDS: readonly string[] = ['kind', 'number', 'issuedOn', 'issuingBodyId', 'signer', 'summary'];
export const TASK_FIELDS: readonly string[] = ['content', 'expectedResult', 'units', 'focalOfficer', 'deadline', 'reportingCycle'];

export function shownFields(taskCount: number): string[] {
  const keys = [...DOCUMENT_FIELDS];
  for (let i = 0; i < taskCount; i++) keys.push(...TASK_FIELDS.map((f) => `${taskPrefix(i)}${f}`));
  return keys;
}
