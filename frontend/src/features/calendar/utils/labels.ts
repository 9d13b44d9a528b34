import type { MessageKey, TranslateFn } from '@/lib/i18n/types';
import type {
  AmendmentChange,
  ClashKind,
  ClashSeverity,
  DeadlineState,
  PeriodKind,
  ProgrammeAction,
  ProgrammeStatus,
  Visibility,
} from '../api/types';

export const PROGRAMME_STATUSES: readonly ProgrammeStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONSOLIDATED', 'APPROVED', 'PUBLISHED'];
export const VISIBILITIES: readonly Visibility[] = ['INTERNAL', 'PUBLIC'];

const STATUS_KEYS: Record<ProgrammeStatus, MessageKey> = {
  DRAFT: 'programmeStatus.DRAFT',
  SUBMITTED: 'programmeStatus.SUBMITTED',
  RETURNED: 'programmeStatus.RETURNED',
  CONSOLIDATED: 'programmeStatus.CONSOLIDATED',
  APPROVED: 'programmeStatus.APPROVED',
  PUBLISHED: 'programmeStatus.PUBLISHED',
};

const KIND_KEYS: Record<PeriodKind, MessageKey> = {
  YEAR: 'periodKind.YEAR',
  QUARTER: 'periodKind.QUARTER',
  MONTH: 'periodKind.MONTH',
  WEEK: 'periodKind.WEEK',
};

export const ACTION_KEYS: Record<ProgrammeAction, MessageKey> = {
  EDIT_ITEMS: 'programmeAction.EDIT_ITEMS',
  AMEND: 'programmeAction.AMEND',
  SUBMIT: 'programmeAction.SUBMIT',
  RETURN: 'programmeAction.RETURN',
  CONSOLIDATE: 'programmeAction.CONSOLIDATE',
  APPROVE: 'programmeAction.APPROVE',
  PUBLISH: 'programmeAction.PUBLISH',
};

const CLASH_KIND_KEYS: Record<ClashKind, MessageKey> = {
  LEADER: 'clashKind.LEADER',
  VENUE: 'clashKind.VENUE',
  PARTICIPANT: 'clashKind.PARTICIPANT',
  LOCALITY: 'clashKind.LOCALITY',
};

const SEVERITY_KEYS: Record<ClashSeverity, MessageKey> = {
  CONFLICT: 'clashSeverity.CONFLICT',
  WARNING: 'clashSeverity.WARNING',
};

const VISIBILITY_KEYS: Record<Visibility, MessageKey> = {
  INTERNAL: 'visibility.INTERNAL',
  PUBLIC: 'visibility.PUBLIC',
};

const STATE_KEYS: Record<string, MessageKey> = {
  SUBMITTED_ON_TIME: 'deadlineState.SUBMITTED_ON_TIME',
  SUBMITTED_LATE: 'deadlineState.SUBMITTED_LATE',
  DUE: 'deadlineState.DUE',
  OVERDUE: 'deadlineState.OVERDUE',
};

const CHANGE_KEYS: Record<string, MessageKey> = {
  ADDED: 'amendmentChange.ADDED',
  CHANGED: 'amendmentChange.CHANGED',
  CANCELLED: 'amendmentChange.CANCELLED',
};

// Unknown values (a newer server) are shown as they are rather than breaking the page.
function label<K extends string>(keys: Record<K, MessageKey>, value: K, t: TranslateFn): string {
  const key = keys[value] as MessageKey | undefined;
  return key ? t(key) : value;
}

export const programmeStatusLabel = (s: ProgrammeStatus, t: TranslateFn) => label(STATUS_KEYS, s, t);
export const periodKindLabel = (k: PeriodKind, t: TranslateFn) => label(KIND_KEYS, k, t);
export const actionLabel = (a: ProgrammeAction, t: TranslateFn) => label(ACTION_KEYS, a, t);
export const clashKindLabel = (k: ClashKind, t: TranslateFn) => label(CLASH_KIND_KEYS, k, t);
export const severityLabel = (s: ClashSeverity, t: TranslateFn) => label(SEVERITY_KEYS, s, t);
export const visibilityLabel = (v: Visibility, t: TranslateFn) => label(VISIBILITY_KEYS, v, t);
export const deadlineStateLabel = (s: DeadlineState, t: TranslateFn) => label(STATE_KEYS, s, t);
export const amendmentChangeLabel = (c: AmendmentChange, t: TranslateFn) => label(CHANGE_KEYS, c, t);
