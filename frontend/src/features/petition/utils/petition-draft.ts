import { errorFor, type FieldErrors } from '@/lib/api/field-errors';
import type { TranslateFn } from '@/lib/i18n/types';
import type { PetitionChannel, PetitionKind, PetitionRequest, UploadedAttachment } from '../api/types';
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

export type AttachmentDraft = {
  id: string;
  fileName: string;
  sizeBytes: number;
  /**
   * the scan shows a petitioner's handwriting or identity: sent in identityScanIds instead of attachmentIds, the server
   * takes it out of the attachment store and seals it like the identity (only an assigned handler opens it, with a reason)
   */
  identityScan: boolean;
};

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
  'identityScanIds',
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

/**
 * A file just uploaded. A denunciation's scans show the denouncer's handwriting, so they start marked as such (the user may
 * unmark one); the mark is the file's own from then on, a later change of the kind does not flip it.
 */
export function uploadedFile(stored: UploadedAttachment, kind: PetitionKind): AttachmentDraft {
  return { id: stored.id, fileName: stored.fileName, sizeBytes: stored.sizeBytes, identityScan: kind === 'DENUNCIATION' };
}

/**
 * The server's errors on the files: an error on `identityScanIds[i]` goes to the file that the i-th sealed id of the request
 * sent (`sentScanIds`) names; the others (`attachmentIds…`, a bare `identityScanIds`, a file removed since) to the whole list.
 */
export function fileErrorsOf(
  errors: FieldErrors,
  sentScanIds: readonly string[],
  attachments: readonly AttachmentDraft[],
): { byFile: Record<string, string>; list: string | undefined } {
  const byFile: Record<string, string> = {};
  const list: string[] = [];
  const plain = errorFor(errors, 'attachmentIds');
  if (plain) list.push(plain);
  for (const [field, message] of Object.entries(errors)) {
    if (field !== 'identityScanIds' && !field.startsWith('identityScanIds[') && !field.startsWith('identityScanIds.')) continue;
    const index = /^identityScanIds\[(\d+)\]/.exec(field)?.[1];
    const id = index === undefined ? undefined : sentScanIds[Number(index)];
    if (id !== undefined && attachments.some((a) => a.id === id)) byFile[id] = byFile[id] ? `${byFile[id]}; ${message}` : message;
    else list.push(message);
  }
  return { byFile, list: list.length ? list.join('; ') : undefined };
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
    // a file goes in exactly one of the two lists
    attachmentIds: draft.attachments.filter((a) => !a.identityScan).map((a) => a.id),
    identityScanIds: draft.attachments.filter((a) => a.identityScan).map((a) => a.id),
  };
}
