import type { MeResponse, Role } from '@/lib/api/types';
import type { ConclusionDocument, ConclusionTask, TaskStatus } from '../api/types';

const OFFICE_ROLES: readonly Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];
const OFFICE_LEADERS: readonly Role[] = ['OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

/** Staff of an office: record notices, follow tasks up on the board, urge units. */
export function isOfficeStaff(me: MeResponse): boolean {
  return OFFICE_ROLES.includes(me.role) && me.office !== null;
}

/** Staff of the office that recorded the document: correct its details, add tasks to it. */
export function canManageDocument(me: MeResponse, document: ConclusionDocument): boolean {
  return isOfficeStaff(me) && me.office?.id === document.officeId;
}

export function isUnitOfficer(me: MeResponse): boolean {
  return me.role === 'UNIT_OFFICER' && me.unit !== null;
}

export function isFinished(status: TaskStatus): boolean {
  return status === 'DONE_ON_TIME' || status === 'DONE_LATE' || status === 'CANCELLED';
}

/** The lead unit can still act on it: not done, not cancelled, not waiting for the office's confirmation. */
export function isOpen(task: ConclusionTask): boolean {
  return !isFinished(task.status) && !task.awaitingConfirmation;
}

export type TaskAction =
  | 'progress'
  | 'propose'
  | 'extension'
  | 'confirm'
  | 'return'
  | 'approveExtension'
  | 'refuseExtension'
  | 'cancel';

/** What the signed-in user may do with the task now (mirrors the server's rules; the server has the last word). */
export function allowedTaskActions(me: MeResponse, task: ConclusionTask): TaskAction[] {
  const actions: TaskAction[] = [];
  if (isUnitOfficer(me) && me.unit) {
    const lead = me.unit.id === task.leadUnit.id;
    const coordinating = task.coordinatingUnits.some((u) => u.id === me.unit?.id);
    if ((lead || coordinating) && isOpen(task)) actions.push('progress');
    if (lead && isOpen(task)) {
      actions.push('propose');
      if (task.deadline && !task.pendingExtension) actions.push('extension');
    }
  }
  if (isOfficeStaff(me) && me.office && me.office.id === task.followingOfficeId) {
    if (task.awaitingConfirmation && !isFinished(task.status)) actions.push('confirm', 'return');
    if (OFFICE_LEADERS.includes(me.role)) {
      if (task.pendingExtension && isOpen(task)) actions.push('approveExtension', 'refuseExtension');
      if (!isFinished(task.status)) actions.push('cancel');
    }
  }
  return actions;
}
