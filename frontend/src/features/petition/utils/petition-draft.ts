import type { FieldErrors } from '@/lib/api/field-errors';
import type { TranslateFn } from '@/lib/i18n/types';
import type { PetitionChannel, PetitionKind, PetitionRequest } from '../api/types';
import { isIsoDate } from './dates';

export type PetitionerDraft = {
  /** a stable React key for the row */
  key: string;
  fullName: string;
  address: string;
  idNumber: string;
  phone: string;
  representative: boolean;
};

export type AttachmentDraft = { id: string; fileName: string; sizeBytes: number };

/** What the intake form edits (tiếp nhận đơn). */
export type PetitionDraft = {
  channel: PetitionChannel;
  kind: PetitionKind;
  receivedOn: string;
  subject: string;
  content: string;
  contestedAct: string;
  addressedTo: string;
  addressedBodyId: string;
  transferredFrom: string;
  /** đơn nặc danh: no petitioner is given */
  anonymous: boolean;
  petitioners: PetitionerDraft[];
  /** how many people sent it when more than listed (a crowd lists its representatives); empty: as many as listed */
  petitionerCount: string;
  attachments: AttachmentDraft[];
};

/** The fields of the form, as the server names them in its errors. */
export const PETITION_FIELDS = [
  'kind',
  'channel',
  'receivedOn',
  'subject',
  'content',
  'contestedAct',
  'addressedTo',
  'addressedBodyId',
  'transferredFrom',
  'petitioners',
  'petitionerCount',
  'attachmentIds',
] as const;

let rows = 0;

export function emptyPetitioner(): PetitionerDraft {
  rows += 1;
  return { key: `petitioner-${rows}`, fullName: '', address: '', idNumber: '', phone: '', representative: false };
}

export function emptyDraft(today: string, channel: PetitionChannel = 'POST'): PetitionDraft {
  return {
    channel,
    kind: 'COMPLAINT',
    receivedOn: today,
    subject: '',
    content: '',
    contestedAct: '',
    addressedTo: '',
    addressedBodyId: '',
    transferredFrom: '',
    anonymous: false,
    petitioners: [emptyPetitioner()],
    petitionerCount: '',
    attachments: [],
  };
}

/** A crowd (đông người) is five people or more. */
export const CROWD_SIZE = 5;

/**
 * How many representatives a crowd of `count` chooses at most (Decree 75/2012, Decree 64/2014): 1–2 for 5–10 people, up to
 * 5 above 10; none below five.
 */
export function maxRepresentatives(count: number): number {
  if (count < CROWD_SIZE) return 0;
  return count <= 10 ? 2 : 5;
}

/** How many people sent the petition: the count given, or as many as listed. */
export function petitionerCountOf(draft: PetitionDraft): number {
  if (draft.anonymous) return 0;
  const given = Number.parseInt(draft.petitionerCount, 10);
  return draft.petitionerCount.trim() && Number.isFinite(given) ? given : draft.petitioners.length;
}

/** The form's own checks, keyed like the server's field errors; empty when it may be sent. */
export function validatePetition(draft: PetitionDraft, today: string, t: TranslateFn): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('petitionForm.required');
  if (!isIsoDate(draft.receivedOn)) errors.receivedOn = required;
  else if (draft.receivedOn > today) errors.receivedOn = t('petitionForm.receivedInFuture');
  if (!draft.subject.trim()) errors.subject = required;
  if (!draft.content.trim()) errors.content = required;
  if (draft.channel === 'TRANSFERRED' && !draft.transferredFrom.trim()) errors.transferredFrom = t('petitionForm.transferredFromRequired');
  if (draft.anonymous) return errors;

  if (draft.petitioners.length === 0) errors.petitioners = t('petitionForm.petitionersRequired');
  draft.petitioners.forEach((p, i) => {
    if (!p.fullName.trim()) errors[`petitioners[${i}].fullName`] = required;
  });
  const countText = draft.petitionerCount.trim();
  if (countText && (!/^\d+$/.test(countText) || Number(countText) < draft.petitioners.length)) {
    errors.petitionerCount = t('petitionForm.countTooSmall', { listed: draft.petitioners.length });
    return errors;
  }
  const count = petitionerCountOf(draft);
  const representatives = draft.petitioners.filter((p) => p.representative).length;
  const allowed = maxRepresentatives(count);
  if (count >= CROWD_SIZE && (representatives < 1 || representatives > allowed)) {
    errors.petitioners ??= t('petitionForm.crowdRepresentatives', { count, max: allowed, marked: representatives });
  } else if (count < CROWD_SIZE && representatives > 0) {
    errors.petitioners ??= t('petitionForm.noRepresentatives');
  }
  return errors;
}

const orNull = (value: string) => value.trim() || null;

/** The body of POST /petitions (and of a petition recorded at a reception session). */
export function toPetitionRequest(draft: PetitionDraft): PetitionRequest {
  const countText = draft.petitionerCount.trim();
  return {
    kind: draft.kind,
    channel: draft.channel,
    receivedOn: draft.receivedOn,
    subject: draft.subject.trim(),
    content: draft.content.trim(),
    contestedAct: draft.kind === 'COMPLAINT' ? orNull(draft.contestedAct) : null,
    addressedTo: orNull(draft.addressedTo),
    addressedBodyId: draft.addressedBodyId || null,
    transferredFrom: draft.channel === 'TRANSFERRED' ? orNull(draft.transferredFrom) : null,
    petitioners: draft.anonymous
      ? []
      : draft.petitioners.map((p) => ({
          fullName: p.fullName.trim(),
          address: orNull(p.address),
          idNumber: orNull(p.idNumber),
          phone: orNull(p.phone),
          representative: p.representative,
        })),
    petitionerCount: draft.anonymous || !countText ? null : Number(countText),
    attachmentIds: draft.attachments.map((a) => a.id),
  };
}
