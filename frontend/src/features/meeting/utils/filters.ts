import type { MeetingFormat, MeetingsQuery, MeetingStatus } from '../api/types';
import { MEETING_FORMATS, MEETING_STATUSES } from './labels';
import { isIsoDate } from './datetime';

export type View = 'list' | 'month';

/** The filters of the meetings page, kept in the address (so a link or a reload keeps them). */
export type Filters = {
  view: View;
  from: string;
  to: string;
  kindId: string;
  status: MeetingStatus | '';
  format: MeetingFormat | '';
  q: string;
  page: number;
};

/** Reads the filters from the address; the period starts on the first day of this month unless said otherwise. */
export function filtersOf(params: URLSearchParams, defaultFrom: string): Filters {
  const status = MEETING_STATUSES.find((s) => s === params.get('status')) ?? '';
  const format = MEETING_FORMATS.find((f) => f === params.get('format')) ?? '';
  const from = params.get('from');
  const to = params.get('to') ?? '';
  return {
    view: params.get('view') === 'month' ? 'month' : 'list',
    from: from === null ? defaultFrom : isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    kindId: params.get('kindId') ?? '',
    status,
    format,
    q: params.get('q') ?? '',
    page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0),
  };
}

/** Back to the address: only what differs from the defaults (an empty `from` is kept: "from any day"). */
export function paramsOf(f: Filters, defaultFrom: string): URLSearchParams {
  const p = new URLSearchParams();
  if (f.view !== 'list') p.set('view', f.view);
  if (f.from !== defaultFrom) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.kindId) p.set('kindId', f.kindId);
  if (f.status) p.set('status', f.status);
  if (f.format) p.set('format', f.format);
  if (f.q) p.set('q', f.q);
  if (f.page > 0) p.set('page', String(f.page));
  return p;
}

/** The query of GET /meetings for the filters; `range` (the month shown) replaces the period in the calendar view. */
export function toMeetingsQuery(f: Filters, range?: { from: string; to: string }): MeetingsQuery {
  const from = range ? range.from : f.from;
  const to = range ? range.to : f.to;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(f.kindId ? { kindId: f.kindId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.format ? { format: f.format } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}
