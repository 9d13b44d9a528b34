import type { MessageKey, TranslateFn } from '@/lib/i18n/types';
import type { FindingSection, ReviewKind, ReviewStatus, SectionKey } from '../api/types';

export const REVIEW_KINDS: readonly ReviewKind[] = ['ANNUAL', 'INTERIM', 'FINAL'];
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['DRAFT', 'FINALISED'];
/** The parts of the report, in its order: I. results, II. shortcomings and causes, III. lessons, IV. directions and proposals. */
export const FINDING_SECTIONS: readonly FindingSection[] = ['RESULT', 'SHORTCOMING', 'LESSON', 'PROPOSAL'];
export const FIGURE_SECTIONS: readonly SectionKey[] = ['MEETINGS', 'CALENDARS', 'CONCLUSIONS', 'PETITIONS'];

const KIND_KEYS: Record<ReviewKind, MessageKey> = {
  ANNUAL: 'reviewKind.ANNUAL',
  INTERIM: 'reviewKind.INTERIM',
  FINAL: 'reviewKind.FINAL',
};

const STATUS_KEYS: Record<ReviewStatus, MessageKey> = {
  DRAFT: 'reviewStatus.DRAFT',
  FINALISED: 'reviewStatus.FINALISED',
};

const FINDING_SECTION_KEYS: Record<FindingSection, MessageKey> = {
  RESULT: 'findingSection.RESULT',
  SHORTCOMING: 'findingSection.SHORTCOMING',
  LESSON: 'findingSection.LESSON',
  PROPOSAL: 'findingSection.PROPOSAL',
};

const FIGURE_SECTION_KEYS: Record<SectionKey, MessageKey> = {
  MEETINGS: 'figureSection.MEETINGS',
  CALENDARS: 'figureSection.CALENDARS',
  CONCLUSIONS: 'figureSection.CONCLUSIONS',
  PETITIONS: 'figureSection.PETITIONS',
};

/** The derived status of a proposal's task (a plain string in the contract), with the conclusions' wording. */
const TASK_STATUS_KEYS: Record<string, MessageKey> = {
  DONE_ON_TIME: 'taskStatus.DONE_ON_TIME',
  DONE_LATE: 'taskStatus.DONE_LATE',
  IN_PROGRESS: 'taskStatus.IN_PROGRESS',
  EXTENDED: 'taskStatus.EXTENDED',
  OVERDUE: 'taskStatus.OVERDUE',
  CANCELLED: 'taskStatus.CANCELLED',
};

// Unknown values (a newer server) are shown as they are rather than breaking the page.
function label<K extends string>(keys: Record<K, MessageKey>, value: K, t: TranslateFn): string {
  const key = keys[value] as MessageKey | undefined;
  return key ? t(key) : value;
}

export const reviewKindLabel = (k: ReviewKind, t: TranslateFn) => label(KIND_KEYS, k, t);
export const reviewStatusLabel = (s: ReviewStatus, t: TranslateFn) => label(STATUS_KEYS, s, t);
export const findingSectionLabel = (s: FindingSection, t: TranslateFn) => label(FINDING_SECTION_KEYS, s, t);
export const figureSectionLabel = (s: SectionKey, t: TranslateFn) => label(FIGURE_SECTION_KEYS, s, t);
export const taskStatusLabel = (s: string, t: TranslateFn) => label(TASK_STATUS_KEYS, s, t);
