import { addDaysIso } from '@/lib/format';
import type { TranslateFn } from '@/lib/i18n/types';
import type { ClashCheckRequest, ItemRequest, PeriodKind, Programme, ProgrammeItem, Ref, Visibility } from '../api/types';
import { formTimes, isTime, toOffsetDateTime } from './datetime';
import type { FieldErrors } from '@/lib/api/field-errors';
import { isIsoDate } from './period';

/** What the item form edits; times are Vietnam's wall clock. */
export type ItemDraft = {
  title: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  venue: string;
  locality: Ref | null;
  leaderIds: string[];
  participantBodyIds: string[];
  participantUnits: Ref[];
  /** one person per line */
  participantPersons: string;
  servingOfficeId: string;
  visibility: Visibility;
  notes: string;
  amendmentReason: string;
  /** the longer period's item this one details (chi tiết hóa), and its title when known */
  detailsItemId: string | null;
  detailsTitle: string | null;
};

/** A new item: on the programme's first day (or today, if that falls in the period), 08:00–11:00, served by its office. */
export function emptyDraft(programme: Programme, today: string): ItemDraft {
  const day = today >= programme.periodStart && today <= programme.periodEnd ? today : programme.periodStart;
  return {
    title: '',
    allDay: false,
    startDate: day,
    startTime: '08:00',
    endDate: day,
    endTime: '11:00',
    venue: '',
    locality: null,
    leaderIds: [],
    participantBodyIds: [],
    participantUnits: [],
    participantPersons: '',
    servingOfficeId: programme.officeId,
    visibility: 'INTERNAL',
    notes: '',
    amendmentReason: '',
    detailsItemId: null,
    detailsTitle: null,
  };
}

export function draftOf(item: ProgrammeItem): ItemDraft {
  return {
    title: item.title,
    allDay: item.allDay,
    ...formTimes(item.startsAt, item.endsAt, item.allDay),
    venue: item.venue ?? '',
    locality: item.localityUnitId ? { id: item.localityUnitId, name: item.localityName ?? '' } : null,
    leaderIds: item.leaders.map((l) => l.id),
    participantBodyIds: item.participantBodies.map((b) => b.id),
    participantUnits: item.participantUnits.map((u) => ({ id: u.id, name: u.name })),
    participantPersons: item.participantPersons.join('\n'),
    servingOfficeId: item.servingOfficeId,
    visibility: item.visibility,
    notes: item.notes ?? '',
    amendmentReason: '',
    detailsItemId: item.detailsItemId,
    detailsTitle: null,
  };
}

/** startsAt/endsAt of the draft, or null while a date or time is not valid yet. An all-day item ends at midnight after its last day. */
export function instantsOf(draft: ItemDraft): { startsAt: string; endsAt: string } | null {
  if (!isIsoDate(draft.startDate) || !isIsoDate(draft.endDate)) return null;
  if (draft.allDay) {
    return { startsAt: toOffsetDateTime(draft.startDate, '00:00'), endsAt: toOffsetDateTime(addDaysIso(draft.endDate, 1), '00:00') };
  }
  if (!isTime(draft.startTime) || !isTime(draft.endTime)) return null;
  return { startsAt: toOffsetDateTime(draft.startDate, draft.startTime), endsAt: toOffsetDateTime(draft.endDate, draft.endTime) };
}

/** The end comes after the start (comparable as text: same offset, same format). */
function ordered(instants: { startsAt: string; endsAt: string }): boolean {
  return instants.endsAt > instants.startsAt;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function personsOf(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The body of POST …/items and PUT /programme-items/{id}; the amendment reason only for a published programme. */
export function toItemRequest(draft: ItemDraft, amend: boolean): ItemRequest {
  const instants = instantsOf(draft);
  if (!instants) throw new Error('toItemRequest: the draft has no valid times');
  return {
    title: draft.title.trim(),
    startsAt: instants.startsAt,
    endsAt: instants.endsAt,
    allDay: draft.allDay,
    venue: orNull(draft.venue),
    localityUnitId: draft.locality?.id ?? null,
    leaderIds: draft.leaderIds,
    participantBodyIds: draft.participantBodyIds,
    participantUnitIds: draft.participantUnits.map((u) => u.id),
    participantPersons: personsOf(draft.participantPersons),
    servingOfficeId: draft.servingOfficeId,
    visibility: draft.visibility,
    notes: orNull(draft.notes),
    detailsItemId: draft.detailsItemId,
    ...(amend ? { amendmentReason: draft.amendmentReason.trim() } : {}),
  };
}

/** What the live clash check sends, or null when the times are not valid (nothing is checked then). */
export function toClashCheck(draft: ItemDraft, periodKind: PeriodKind, excludeItemId?: string): ClashCheckRequest | null {
  const instants = instantsOf(draft);
  if (!instants || !ordered(instants)) return null;
  return {
    periodKind,
    startsAt: instants.startsAt,
    endsAt: instants.endsAt,
    allDay: draft.allDay,
    venue: orNull(draft.venue),
    localityUnitId: draft.locality?.id ?? null,
    leaderIds: draft.leaderIds,
    participantBodyIds: draft.participantBodyIds,
    participantUnitIds: draft.participantUnits.map((u) => u.id),
    ...(excludeItemId ? { excludeItemId } : {}),
    ...(draft.detailsItemId ? { detailsItemId: draft.detailsItemId } : {}),
  };
}

/** The fields shown next to their controls; the server's names. */
export const ITEM_FIELDS: readonly string[] = [
  'title',
  'startsAt',
  'endsAt',
  'venue',
  'localityUnitId',
  'leaderIds',
  'participantBodyIds',
  'participantUnitIds',
  'participantPersons',
  'servingOfficeId',
  'visibility',
  'notes',
  'amendmentReason',
  'detailsItemId',
];

/** What the form checks before sending (the server checks the period, the references and more). */
export function validateItem(draft: ItemDraft, t: TranslateFn, amend: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('itemForm.required');
  if (!draft.title.trim()) errors.title = required;
  if (!isIsoDate(draft.startDate) || (!draft.allDay && !isTime(draft.startTime))) errors.startsAt = required;
  if (!isIsoDate(draft.endDate) || (!draft.allDay && !isTime(draft.endTime))) errors.endsAt = required;
  const instants = instantsOf(draft);
  if (instants && !ordered(instants)) errors.endsAt = t('itemForm.endBeforeStart');
  if (!draft.servingOfficeId) errors.servingOfficeId = required;
  if (amend && !draft.amendmentReason.trim()) errors.amendmentReason = t('itemForm.amendmentRequired');
  return errors;
}
