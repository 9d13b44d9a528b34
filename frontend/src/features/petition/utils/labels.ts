import type { MessageKey, TranslateFn } from '@/lib/i18n/types';
import type {
  Complexity,
  IneligibleReason,
  PetitionAction,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
  ReceptionSessionKind,
  ReceptionSessionStatus,
  Round,
  VoterMeetingHost,
  VoterRecommendationStatus,
} from '../api/types';

export const PETITION_KINDS: readonly PetitionKind[] = ['COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'REFLECTION'];
export const PETITION_CHANNELS: readonly PetitionChannel[] = ['POST', 'IN_PERSON', 'VOTER_MEETING', 'E_PORTAL', 'TRANSFERRED'];
/** The channels an office records itself (the e-portal's petitions arrive through its own endpoint). */
export const INTAKE_CHANNELS: readonly PetitionChannel[] = ['POST', 'IN_PERSON', 'VOTER_MEETING', 'TRANSFERRED'];
export const PETITION_STATUSES: readonly PetitionStatus[] = ['RECEIVED', 'ACCEPTED', 'FORWARDED', 'GUIDED', 'FILED', 'RESOLVED'];
export const INELIGIBLE_REASONS: readonly IneligibleReason[] = [
  'OUTSIDE_COMPETENCE',
  'ANONYMOUS',
  'UNCLEAR',
  'ALREADY_RESOLVED',
  'SKIPS_LEVEL',
  'WITHDRAWN',
  'OTHER',
];
export const COMPLEXITIES: readonly Complexity[] = ['NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX'];
export const ROUNDS: readonly Round[] = ['FIRST', 'SECOND'];
export const RECEPTION_KINDS: readonly ReceptionSessionKind[] = ['REGULAR', 'JOINT'];
export const RECEPTION_STATUSES: readonly ReceptionSessionStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];
export const VOTER_HOSTS: readonly VoterMeetingHost[] = ['NA_DELEGATION', 'PEOPLES_COUNCIL', 'JOINT'];
export const VOTER_STATUSES: readonly VoterRecommendationStatus[] = ['GATHERED', 'ASSIGNED', 'ANSWERED'];

const KIND_KEYS: Record<PetitionKind, MessageKey> = {
  COMPLAINT: 'petitionKind.COMPLAINT',
  DENUNCIATION: 'petitionKind.DENUNCIATION',
  RECOMMENDATION: 'petitionKind.RECOMMENDATION',
  REFLECTION: 'petitionKind.REFLECTION',
};

const CHANNEL_KEYS: Record<PetitionChannel, MessageKey> = {
  POST: 'petitionChannel.POST',
  IN_PERSON: 'petitionChannel.IN_PERSON',
  VOTER_MEETING: 'petitionChannel.VOTER_MEETING',
  E_PORTAL: 'petitionChannel.E_PORTAL',
  TRANSFERRED: 'petitionChannel.TRANSFERRED',
};

const STATUS_KEYS: Record<PetitionStatus, MessageKey> = {
  RECEIVED: 'petitionStatus.RECEIVED',
  ACCEPTED: 'petitionStatus.ACCEPTED',
  FORWARDED: 'petitionStatus.FORWARDED',
  GUIDED: 'petitionStatus.GUIDED',
  FILED: 'petitionStatus.FILED',
  RESOLVED: 'petitionStatus.RESOLVED',
};

/** The flags of a petition (plain strings in the contract). */
const FLAG_KEYS: Record<string, MessageKey> = {
  CROWD: 'petitionFlag.CROWD',
  REPEATED: 'petitionFlag.REPEATED',
  LONG_STANDING: 'petitionFlag.LONG_STANDING',
  SKIPS_LEVEL: 'petitionFlag.SKIPS_LEVEL',
  ANONYMOUS: 'petitionFlag.ANONYMOUS',
};

const ACTION_KEYS: Record<PetitionAction, MessageKey> = {
  ASSIGN_HANDLER: 'petitionAction.ASSIGN_HANDLER',
  REVEAL_IDENTITY: 'petitionAction.REVEAL_IDENTITY',
  CLASSIFY: 'petitionAction.CLASSIFY',
  ACCEPT: 'petitionAction.ACCEPT',
  FORWARD: 'petitionAction.FORWARD',
  GUIDE: 'petitionAction.GUIDE',
  FILE: 'petitionAction.FILE',
  RESOLVE: 'petitionAction.RESOLVE',
  ASSIGN_UNIT: 'petitionAction.ASSIGN_UNIT',
};

const REASON_KEYS: Record<IneligibleReason, MessageKey> = {
  ANONYMOUS: 'ineligibleReason.ANONYMOUS',
  UNCLEAR: 'ineligibleReason.UNCLEAR',
  ALREADY_RESOLVED: 'ineligibleReason.ALREADY_RESOLVED',
  OUTSIDE_COMPETENCE: 'ineligibleReason.OUTSIDE_COMPETENCE',
  SKIPS_LEVEL: 'ineligibleReason.SKIPS_LEVEL',
  WITHDRAWN: 'ineligibleReason.WITHDRAWN',
  OTHER: 'ineligibleReason.OTHER',
};

const COMPLEXITY_KEYS: Record<Complexity, MessageKey> = {
  NORMAL: 'complexity.NORMAL',
  COMPLEX: 'complexity.COMPLEX',
  ESPECIALLY_COMPLEX: 'complexity.ESPECIALLY_COMPLEX',
};

const ROUND_KEYS: Record<Round, MessageKey> = { FIRST: 'round.FIRST', SECOND: 'round.SECOND' };

/** The kinds of handling documents (a plain string in the contract). */
const DOCUMENT_KEYS: Record<string, MessageKey> = {
  FORWARDING_LETTER: 'petitionDocument.FORWARDING_LETTER',
  GUIDANCE_LETTER: 'petitionDocument.GUIDANCE_LETTER',
  ACCEPTANCE_NOTICE: 'petitionDocument.ACCEPTANCE_NOTICE',
  FILING_NOTE: 'petitionDocument.FILING_NOTE',
  RESOLUTION_DECISION: 'petitionDocument.RESOLUTION_DECISION',
};

/** The steps of the history (a plain string in the contract). */
const EVENT_KEYS: Record<string, MessageKey> = {
  RECEIVED: 'petitionEvent.RECEIVED',
  HANDLER_ASSIGNED: 'petitionEvent.HANDLER_ASSIGNED',
  CLASSIFIED: 'petitionEvent.CLASSIFIED',
  ACCEPTED: 'petitionEvent.ACCEPTED',
  FORWARDED: 'petitionEvent.FORWARDED',
  GUIDED: 'petitionEvent.GUIDED',
  FILED: 'petitionEvent.FILED',
  RESOLVED: 'petitionEvent.RESOLVED',
  AUTHORITY_REPLIED: 'petitionEvent.AUTHORITY_REPLIED',
  UNIT_ASKED: 'petitionEvent.UNIT_ASKED',
  UNIT_REPORTED: 'petitionEvent.UNIT_REPORTED',
  LINKED_TO_CASE: 'petitionEvent.LINKED_TO_CASE',
};

const RECEPTION_KIND_KEYS: Record<ReceptionSessionKind, MessageKey> = { REGULAR: 'receptionKind.REGULAR', JOINT: 'receptionKind.JOINT' };

const RECEPTION_STATUS_KEYS: Record<ReceptionSessionStatus, MessageKey> = {
  PLANNED: 'receptionStatus.PLANNED',
  HELD: 'receptionStatus.HELD',
  CANCELLED: 'receptionStatus.CANCELLED',
};

const HOST_KEYS: Record<VoterMeetingHost, MessageKey> = {
  NA_DELEGATION: 'voterHost.NA_DELEGATION',
  PEOPLES_COUNCIL: 'voterHost.PEOPLES_COUNCIL',
  JOINT: 'voterHost.JOINT',
};

const VOTER_STATUS_KEYS: Record<VoterRecommendationStatus, MessageKey> = {
  GATHERED: 'voterStatus.GATHERED',
  ASSIGNED: 'voterStatus.ASSIGNED',
  ANSWERED: 'voterStatus.ANSWERED',
};

// Unknown values (a newer server) are shown as they are rather than breaking the page.
function label<K extends string>(keys: Record<K, MessageKey>, value: K, t: TranslateFn): string {
  const key = keys[value] as MessageKey | undefined;
  return key ? t(key) : value;
}

export const petitionKindLabel = (k: PetitionKind, t: TranslateFn) => label(KIND_KEYS, k, t);
export const petitionChannelLabel = (c: PetitionChannel, t: TranslateFn) => label(CHANNEL_KEYS, c, t);
export const petitionStatusLabel = (s: PetitionStatus, t: TranslateFn) => label(STATUS_KEYS, s, t);
export const petitionFlagLabel = (f: string, t: TranslateFn) => label(FLAG_KEYS, f, t);
export const petitionActionLabel = (a: PetitionAction, t: TranslateFn) => label(ACTION_KEYS, a, t);
export const ineligibleReasonLabel = (r: IneligibleReason, t: TranslateFn) => label(REASON_KEYS, r, t);
export const complexityLabel = (c: Complexity, t: TranslateFn) => label(COMPLEXITY_KEYS, c, t);
export const roundLabel = (r: Round, t: TranslateFn) => label(ROUND_KEYS, r, t);
export const documentKindLabel = (k: string, t: TranslateFn) => label(DOCUMENT_KEYS, k, t);
export const petitionEventLabel = (k: string, t: TranslateFn) => label(EVENT_KEYS, k, t);
export const receptionKindLabel = (k: ReceptionSessionKind, t: TranslateFn) => label(RECEPTION_KIND_KEYS, k, t);
export const receptionStatusLabel = (s: ReceptionSessionStatus, t: TranslateFn) => label(RECEPTION_STATUS_KEYS, s, t);
export const voterHostLabel = (h: VoterMeetingHost, t: TranslateFn) => label(HOST_KEYS, h, t);
export const voterStatusLabel = (s: VoterRecommendationStatus, t: TranslateFn) => label(VOTER_STATUS_KEYS, s, t);
