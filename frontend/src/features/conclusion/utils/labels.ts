import type { MessageKey, TranslateFn } from '@/lib/i18n/types';
import type { DocumentKind, ReportingCycle, TaskStatus, UnitRole } from '../api/types';

export const TASK_STATUSES: readonly TaskStatus[] = ['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'EXTENDED', 'OVERDUE', 'CANCELLED'];
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'CONCLUDING_NOTICE',
  'RESOLUTION',
  'DIRECTIVE',
  'PLAN',
  'OFFICIAL_LETTER',
  'OTHER',
];
export const REPORTING_CYCLES: readonly ReportingCycle[] = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'];

const STATUS_KEYS: Record<TaskStatus, MessageKey> = {
  DONE_ON_TIME: 'taskStatus.DONE_ON_TIME',
  DONE_LATE: 'taskStatus.DONE_LATE',
  IN_PROGRESS: 'taskStatus.IN_PROGRESS',
  EXTENDED: 'taskStatus.EXTENDED',
  OVERDUE: 'taskStatus.OVERDUE',
  CANCELLED: 'taskStatus.CANCELLED',
};

const KIND_KEYS: Record<DocumentKind, MessageKey> = {
  CONCLUDING_NOTICE: 'documentKind.CONCLUDING_NOTICE',
  RESOLUTION: 'documentKind.RESOLUTION',
  DIRECTIVE: 'documentKind.DIRECTIVE',
  PLAN: 'documentKind.PLAN',
  OFFICIAL_LETTER: 'documentKind.OFFICIAL_LETTER',
  OTHER: 'documentKind.OTHER',
};

const ROLE_KEYS: Record<UnitRole, MessageKey> = { LEAD: 'unitRole.LEAD', COORDINATING: 'unitRole.COORDINATING' };

const CYCLE_KEYS: Record<ReportingCycle, MessageKey> = {
  MONTHLY: 'reportingCycle.MONTHLY',
  QUARTERLY: 'reportingCycle.QUARTERLY',
  HALF_YEARLY: 'reportingCycle.HALF_YEARLY',
  YEARLY: 'reportingCycle.YEARLY',
};

const EVENT_KEYS: Record<string, MessageKey> = {
  CREATED: 'taskEvent.CREATED',
  PROGRESS_REPORTED: 'taskEvent.PROGRESS_REPORTED',
  COMPLETION_PROPOSED: 'taskEvent.COMPLETION_PROPOSED',
  COMPLETION_CONFIRMED: 'taskEvent.COMPLETION_CONFIRMED',
  COMPLETION_RETURNED: 'taskEvent.COMPLETION_RETURNED',
  EXTENSION_REQUESTED: 'taskEvent.EXTENSION_REQUESTED',
  EXTENSION_APPROVED: 'taskEvent.EXTENSION_APPROVED',
  EXTENSION_REFUSED: 'taskEvent.EXTENSION_REFUSED',
  CANCELLED: 'taskEvent.CANCELLED',
  URGED: 'taskEvent.URGED',
};

// Unknown values (a newer server) are shown as they are rather than breaking the page.
export function statusLabel(status: TaskStatus, t: TranslateFn): string {
  const key = STATUS_KEYS[status] as MessageKey | undefined;
  return key ? t(key) : status;
}

export function kindLabel(kind: DocumentKind, t: TranslateFn): string {
  const key = KIND_KEYS[kind] as MessageKey | undefined;
  return key ? t(key) : kind;
}

export function unitRoleLabel(role: UnitRole, t: TranslateFn): string {
  const key = ROLE_KEYS[role] as MessageKey | undefined;
  return key ? t(key) : role;
}

export function cycleLabel(cycle: ReportingCycle, t: TranslateFn): string {
  const key = CYCLE_KEYS[cycle] as MessageKey | undefined;
  return key ? t(key) : cycle;
}

export function eventLabel(kind: string, t: TranslateFn): string {
  const key = EVENT_KEYS[kind];
  return key ? t(key) : kind;
}
