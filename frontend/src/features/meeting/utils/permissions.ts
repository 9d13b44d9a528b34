import type { MeResponse, Role } from '@/lib/api/types';
import type { Meeting, MeetingAction } from '../api/types';

const OFFICE_ROLES: readonly Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

/** Staff of an office: they plan the meetings their office hosts and see every meeting of the jurisdiction. */
export function isOfficeStaff(me: MeResponse): boolean {
  return OFFICE_ROLES.includes(me.role) && me.office !== null;
}

/** An officer of a unit: sees the meetings it is invited to or has a preparation task in. */
export function isUnitOfficer(me: MeResponse): boolean {
  return me.role === 'UNIT_OFFICER' && me.unit !== null;
}

/** The header's transitions, in the order they are offered. */
const HEADER_ACTIONS: readonly MeetingAction[] = ['EDIT', 'INVITE', 'HOLD', 'CLOSE', 'POSTPONE', 'CANCEL'];

export function headerActions(meeting: Meeting): MeetingAction[] {
  return HEADER_ACTIONS.filter((a) => meeting.allowedActions.includes(a));
}

export function can(meeting: Meeting, action: MeetingAction): boolean {
  return meeting.allowedActions.includes(action);
}

/**
 * The host plans the agenda, the invitees and the checklist while the meeting is still to come: exactly when the server
 * allows it to EDIT the meeting.
 */
export function canPlan(meeting: Meeting): boolean {
  return can(meeting, 'EDIT');
}

/** Documents are added by the host or a supporting office until the meeting is closed or cancelled (the server checks again). */
export function canAddDocuments(me: MeResponse, meeting: Meeting): boolean {
  if (!isOfficeStaff(me) || !me.office) return false;
  if (meeting.status === 'CANCELLED' || meeting.status === 'CLOSED') return false;
  const office = me.office.id;
  return meeting.hostOffice.id === office || meeting.supportingOffices.some((o) => o.id === office);
}
