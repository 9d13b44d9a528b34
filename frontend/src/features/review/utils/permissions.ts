import type { MeResponse, Role } from '@/lib/api/types';
import type { Review, ReviewAction } from '../api/types';

const OFFICE_ROLES: readonly Role[] = ['SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE'];

/** Staff of an office: they read every review of the jurisdiction and open the reviews their office hosts. */
export function isOfficeStaff(me: MeResponse): boolean {
  return OFFICE_ROLES.includes(me.role) && me.office !== null;
}

/** Reviews are the offices' own: their staff and the administrators read them; units do not. */
export function canReadReviews(me: MeResponse): boolean {
  return isOfficeStaff(me) || me.role === 'SYSTEM_ADMIN';
}

export function can(review: Review, action: ReviewAction): boolean {
  return review.allowedActions.includes(action);
}
