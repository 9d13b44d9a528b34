import type { FieldErrors } from '@/lib/api/field-errors';
import type { TranslateFn } from '@/lib/i18n/types';
import type { Confidentiality, Meeting, MeetingFormat, MeetingRequest } from '../api/types';
import { dayAndTime, instantOf, isIsoDate, isTime } from './datetime';

/** What the meeting form edits; days and times are Vietnam's wall clock. */
export type MeetingDraft = {
  kindId: string;
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  format: MeetingFormat;
  bodyId: string;
  leaderIds: string[];
  supportingOfficeIds: string[];
  confidentiality: Confidentiality;
  description: string;
  /** why an invited meeting changes (told to the invitees); edit only */
  reason: string;
};

/** A new meeting: today (or the chosen day), 08:00–11:00, in person, internal. */
export function emptyDraft(day: string, bodyId = ''): MeetingDraft {
  return {
    kindId: '',
    title: '',
    startDate: day,
    startTime: '08:00',
    endDate: day,
    endTime: '11:00',
    venue: '',
    format: 'IN_PERSON',
    bodyId,
    leaderIds: [],
    supportingOfficeIds: [],
    confidentiality: 'INTERNAL',
    description: '',
    reason: '',
  };
}

export function draftOf(meeting: Meeting): MeetingDraft {
  const start = dayAndTime(meeting.startsAt);
  const end = dayAndTime(meeting.endsAt);
  return {
    kindId: meeting.kind.id,
    title: meeting.title,
    startDate: start.day,
    startTime: start.time,
    endDate: end.day,
    endTime: end.time,
    venue: meeting.venue ?? '',
    format: meeting.format,
    bodyId: meeting.body.id,
    leaderIds: meeting.leaders.map((l) => l.id),
    supportingOfficeIds: meeting.supportingOffices.map((o) => o.id),
    confidentiality: meeting.confidentiality,
    description: meeting.description ?? '',
    reason: '',
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The body of POST /meetings and PUT /meetings/{id}; the host office is the caller's (the server's default). */
export function toMeetingRequest(draft: MeetingDraft, edit: boolean): MeetingRequest {
  const startsAt = instantOf(draft.startDate, draft.startTime);
  const endsAt = instantOf(draft.endDate, draft.endTime);
  if (!startsAt || !endsAt) throw new Error('toMeetingRequest: the draft has no valid times');
  return {
    kindId: draft.kindId,
    title: draft.title.trim(),
    startsAt,
    endsAt,
    venue: orNull(draft.venue),
    format: draft.format,
    bodyId: draft.bodyId,
    leaderIds: draft.leaderIds,
    supportingOfficeIds: draft.supportingOfficeIds,
    confidentiality: draft.confidentiality,
    description: orNull(draft.description),
    ...(edit ? { reason: orNull(draft.reason) } : {}),
  };
}

/** The fields shown next to their controls; the server's names. */
export const MEETING_FIELDS: readonly string[] = [
  'kindId',
  'title',
  'startsAt',
  'endsAt',
  'venue',
  'format',
  'bodyId',
  'leaderIds',
  'hostOfficeId',
  'supportingOfficeIds',
  'confidentiality',
  'description',
  'reason',
];

/** What the form checks before sending (the server checks the references, the length and more). */
export function validateMeeting(draft: MeetingDraft, t: TranslateFn): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('meetingForm.required');
  if (!draft.kindId) errors.kindId = required;
  if (!draft.title.trim()) errors.title = required;
  if (!isIsoDate(draft.startDate) || !isTime(draft.startTime)) errors.startsAt = required;
  if (!isIsoDate(draft.endDate) || !isTime(draft.endTime)) errors.endsAt = required;
  const startsAt = instantOf(draft.startDate, draft.startTime);
  const endsAt = instantOf(draft.endDate, draft.endTime);
  // same offset and format: comparable as text
  if (startsAt && endsAt && endsAt <= startsAt) errors.endsAt = t('meetingForm.endBeforeStart');
  if (!draft.bodyId) errors.bodyId = required;
  return errors;
}
