import { Chip, type ChipTone } from '@/components/ui/chip';
import { useT } from '@/lib/i18n';
import type { PetitionStatus, ReceptionSessionStatus, VoterRecommendationStatus } from '../api/types';
import { petitionFlagLabel, petitionStatusLabel, receptionStatusLabel, voterStatusLabel } from '../utils/labels';

const STATUS_TONE: Record<PetitionStatus, ChipTone> = {
  RECEIVED: 'info',
  ACCEPTED: 'progress',
  FORWARDED: 'success',
  GUIDED: 'success',
  FILED: 'neutral',
  RESOLVED: 'success',
};

export function PetitionStatusChip({ status, testId = 'petition-status' }: { status: PetitionStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={STATUS_TONE[status] ?? 'neutral'} data-testid={testId} data-status={status}>
      {petitionStatusLabel(status, t)}
    </Chip>
  );
}

/** What the specialist must notice: a crowd case, a repeated or long-standing one, one that skips levels, an anonymous one. */
const FLAG_TONE: Record<string, ChipTone> = { CROWD: 'danger', REPEATED: 'warning', LONG_STANDING: 'warning', SKIPS_LEVEL: 'warning', ANONYMOUS: 'neutral' };

export function FlagBadges({ flags, testId = 'petition-flags' }: { flags: readonly string[]; testId?: string }) {
  const t = useT();
  if (flags.length === 0) return null;
  return (
    <span className="pt-badges" data-testid={testId}>
      {flags.map((flag) => (
        <Chip key={flag} tone={FLAG_TONE[flag] ?? 'neutral'} data-testid="petition-flag" data-flag={flag}>
          {petitionFlagLabel(flag, t)}
        </Chip>
      ))}
    </span>
  );
}

const RECEPTION_TONE: Record<ReceptionSessionStatus, ChipTone> = { PLANNED: 'info', HELD: 'success', CANCELLED: 'danger' };

export function ReceptionStatusChip({ status, testId = 'session-status' }: { status: ReceptionSessionStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={RECEPTION_TONE[status] ?? 'neutral'} data-testid={testId} data-status={status}>
      {receptionStatusLabel(status, t)}
    </Chip>
  );
}

const VOTER_TONE: Record<VoterRecommendationStatus, ChipTone> = { GATHERED: 'neutral', ASSIGNED: 'info', ANSWERED: 'success' };

export function VoterStatusChip({ status, testId = 'recommendation-status' }: { status: VoterRecommendationStatus; testId?: string }) {
  const t = useT();
  return (
    <Chip tone={VOTER_TONE[status] ?? 'neutral'} data-testid={testId} data-status={status}>
      {voterStatusLabel(status, t)}
    </Chip>
  );
}
