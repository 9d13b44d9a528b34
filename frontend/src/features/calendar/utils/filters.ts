import type { CalendarItemsQuery, PeriodKind, Ref, Visibility } from '../api/types';

export type Filters = {
  bodyId: string;
  officeId: string;
  leaderId: string;
  locality: Ref | null;
  visibility: Visibility | '';
  periodKind: PeriodKind | '';
  q: string;
};

export const NO_FILTERS: Filters = { bodyId: '', officeId: '', leaderId: '', locality: null, visibility: '', periodKind: '', q: '' };

export function toItemsQuery(range: { from: string; to: string }, f: Filters): CalendarItemsQuery {
  return {
    from: range.from,
    to: range.to,
    ...(f.bodyId ? { bodyId: f.bodyId } : {}),
    ...(f.officeId ? { officeId: f.officeId } : {}),
    ...(f.leaderId ? { leaderId: f.leaderId } : {}),
    ...(f.locality ? { localityUnitId: f.locality.id } : {}),
    ...(f.visibility ? { visibility: f.visibility } : {}),
    ...(f.periodKind ? { periodKind: f.periodKind } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}
