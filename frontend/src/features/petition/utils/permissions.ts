import type { MeResponse, Role } from '@/lib/api/types';
import type { Petition, PetitionAction } from '../api/types';

const OFFICE_ROLES: readonly Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

/** Staff of an office: they receive and handle the petitions their office receives (the server checks again). */
export function isOfficeStaff(me: MeResponse): boolean {
  return OFFICE_ROLES.includes(me.role) && me.office !== null;
}

/** An officer of a unit: verifies what a petition's office asks, answers the voters' recommendations given to the unit. */
export function isUnitOfficer(me: MeResponse): boolean {
  return me.role === 'UNIT_OFFICER' && me.unit !== null;
}

/** The administrator of the user's own jurisdiction (provincial administrator): its data and its local holidays. */
export function isAdmin(me: MeResponse): boolean {
  return me.role === 'SYSTEM_ADMIN';
}

/** The national administrator: national data — the statutory deadline rules, the national holiday calendar, the jobs. */
export function isNationalAdmin(me: MeResponse): boolean {
  return me.role === 'NATIONAL_ADMIN';
}

export function can(petition: Petition, action: PetitionAction): boolean {
  return petition.allowedActions.includes(action);
}

/** The handling steps, in the order they are offered (assigning handlers and revealing identities have their own places). */
const HANDLING_ACTIONS: readonly PetitionAction[] = ['CLASSIFY', 'ACCEPT', 'FORWARD', 'GUIDE', 'FILE', 'RESOLVE', 'ASSIGN_UNIT'];

export function handlingActions(petition: Petition): PetitionAction[] {
  return HANDLING_ACTIONS.filter((a) => petition.allowedActions.includes(a));
}
