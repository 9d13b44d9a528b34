import type { MeResponse, Role } from '@/lib/api/types';
import type { Calendar, ProgrammeAction } from '../api/types';

const OFFICE_ROLES: readonly Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

/** Staff of an office: programmes, the deadline board, clashes. */
export function isOfficeStaff(me: MeResponse): boolean {
  return OFFICE_ROLES.includes(me.role) && me.office !== null;
}

/** The calendars whose programmes the user's office drafts (the "new programme" form offers only these). */
export function ownCalendars(me: MeResponse, calendars: readonly Calendar[]): Calendar[] {
  if (!isOfficeStaff(me) || !me.office) return [];
  return calendars.filter((c) => c.officeId === me.office?.id);
}

/** The Party Committee Office consolidates the programmes and decides which clashes may stay. */
export function isPartyCommitteeOfficeStaff(me: MeResponse): boolean {
  return isOfficeStaff(me) && me.office?.kind === 'PARTY_COMMITTEE_OFFICE';
}

const ACTIONS: readonly ProgrammeAction[] = ['EDIT_ITEMS', 'AMEND', 'SUBMIT', 'RETURN', 'CONSOLIDATE', 'APPROVE', 'PUBLISH'];

/** The known actions among the server's `allowedActions` (what THIS user may do now), in a fixed order. */
export function allowedActions(allowed: readonly string[]): ProgrammeAction[] {
  return ACTIONS.filter((a) => allowed.includes(a));
}

/** Items may be added, changed or removed (in a draft or returned programme, or as amendments once published). */
export function canEditItems(allowed: readonly string[]): boolean {
  return allowed.includes('EDIT_ITEMS') || allowed.includes('AMEND');
}
