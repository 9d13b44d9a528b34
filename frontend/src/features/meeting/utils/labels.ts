import type { MessageKey, TranslateFn } from '@/lib/i18n/types';
import type { Confidentiality, InviteeKind, MeetingAction, MeetingFormat, MeetingStatus, Reply, TaskCategory } from '../api/types';

export const MEETING_STATUSES: readonly MeetingStatus[] = ['PLANNED', 'INVITED', 'HELD', 'CLOSED', 'POSTPONED', 'CANCELLED'];
export const MEETING_FORMATS: readonly MeetingFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
export const CONFIDENTIALITIES: readonly Confidentiality[] = ['INTERNAL', 'PUBLIC'];
export const TASK_CATEGORIES: readonly TaskCategory[] = [
  'HALL',
  'SOUND_AND_SCREENS',
  'DOCUMENTS',
  'RECEPTION',
  'SECURITY',
  'PRESS',
  'CONNECTION',
  'OTHER',
];
export const INVITEE_KINDS: readonly InviteeKind[] = ['BODY', 'UNIT', 'PERSON'];
export const REPLIES: readonly Exclude<Reply, 'PENDING'>[] = ['ATTEND', 'ABSENT', 'SUBSTITUTE'];

const STATUS_KEYS: Record<MeetingStatus, MessageKey> = {
  PLANNED: 'meetingStatus.PLANNED',
  INVITED: 'meetingStatus.INVITED',
  HELD: 'meetingStatus.HELD',
  CLOSED: 'meetingStatus.CLOSED',
  POSTPONED: 'meetingStatus.POSTPONED',
  CANCELLED: 'meetingStatus.CANCELLED',
};

const FORMAT_KEYS: Record<MeetingFormat, MessageKey> = {
  IN_PERSON: 'meetingFormat.IN_PERSON',
  ONLINE: 'meetingFormat.ONLINE',
  HYBRID: 'meetingFormat.HYBRID',
};

const CONFIDENTIALITY_KEYS: Record<Confidentiality, MessageKey> = {
  PUBLIC: 'confidentiality.PUBLIC',
  INTERNAL: 'confidentiality.INTERNAL',
};

export const ACTION_KEYS: Record<MeetingAction, MessageKey> = {
  EDIT: 'meetingAction.EDIT',
  INVITE: 'meetingAction.INVITE',
  POSTPONE: 'meetingAction.POSTPONE',
  CANCEL: 'meetingAction.CANCEL',
  HOLD: 'meetingAction.HOLD',
  TAKE_ATTENDANCE: 'meetingAction.TAKE_ATTENDANCE',
  WRITE_MINUTES: 'meetingAction.WRITE_MINUTES',
  CLOSE: 'meetingAction.CLOSE',
  NOTIFY_OUTCOME: 'meetingAction.NOTIFY_OUTCOME',
  MANAGE_BRIDGE_POINTS: 'meetingAction.MANAGE_BRIDGE_POINTS',
};

const CATEGORY_KEYS: Record<TaskCategory, MessageKey> = {
  HALL: 'taskCategory.HALL',
  SOUND_AND_SCREENS: 'taskCategory.SOUND_AND_SCREENS',
  DOCUMENTS: 'taskCategory.DOCUMENTS',
  RECEPTION: 'taskCategory.RECEPTION',
  SECURITY: 'taskCategory.SECURITY',
  PRESS: 'taskCategory.PRESS',
  CONNECTION: 'taskCategory.CONNECTION',
  OTHER: 'taskCategory.OTHER',
};

const INVITEE_KIND_KEYS: Record<InviteeKind, MessageKey> = {
  PERSON: 'inviteeKind.PERSON',
  BODY: 'inviteeKind.BODY',
  UNIT: 'inviteeKind.UNIT',
};

const REPLY_KEYS: Record<Reply, MessageKey> = {
  PENDING: 'reply.PENDING',
  ATTEND: 'reply.ATTEND',
  ABSENT: 'reply.ABSENT',
  SUBSTITUTE: 'reply.SUBSTITUTE',
};

/** The steps of the history (a plain string in the contract). */
const EVENT_KEYS: Record<string, MessageKey> = {
  CREATE: 'meetingEvent.CREATE',
  UPDATE: 'meetingEvent.UPDATE',
  INVITE: 'meetingEvent.INVITE',
  POSTPONE: 'meetingEvent.POSTPONE',
  CANCEL: 'meetingEvent.CANCEL',
  HOLD: 'meetingEvent.HOLD',
  CLOSE: 'meetingEvent.CLOSE',
};

// Unknown values (a newer server) are shown as they are rather than breaking the page.
function label<K extends string>(keys: Record<K, MessageKey>, value: K, t: TranslateFn): string {
  const key = keys[value] as MessageKey | undefined;
  return key ? t(key) : value;
}

export const meetingStatusLabel = (s: MeetingStatus, t: TranslateFn) => label(STATUS_KEYS, s, t);
export const meetingFormatLabel = (f: MeetingFormat, t: TranslateFn) => label(FORMAT_KEYS, f, t);
export const confidentialityLabel = (c: Confidentiality, t: TranslateFn) => label(CONFIDENTIALITY_KEYS, c, t);
export const meetingActionLabel = (a: MeetingAction, t: TranslateFn) => label(ACTION_KEYS, a, t);
export const taskCategoryLabel = (c: TaskCategory, t: TranslateFn) => label(CATEGORY_KEYS, c, t);
export const inviteeKindLabel = (k: InviteeKind, t: TranslateFn) => label(INVITEE_KIND_KEYS, k, t);
export const replyLabel = (r: Reply, t: TranslateFn) => label(REPLY_KEYS, r, t);
export const meetingEventLabel = (a: string, t: TranslateFn) => label(EVENT_KEYS, a, t);
