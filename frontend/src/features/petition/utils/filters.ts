import type { PetitionChannel, PetitionKind, PetitionsQuery, PetitionStatus } from '../api/types';
import { PETITION_CHANNELS, PETITION_KINDS, PETITION_STATUSES } from './labels';
import { isIsoDate } from './dates';

export type Tab = 'mine' | 'all';

/** The filters of the petitions page, kept in the address (so a link or a reload keeps them). */
export type Filters = {
  tab: Tab;
  kind: PetitionKind | '';
  status: PetitionStatus | '';
  channel: PetitionChannel | '';
  receivedFrom: string;
  receivedTo: string;
  overdue: boolean;
  q: string;
  page: number;
};

export function filtersOf(params: URLSearchParams): Filters {
  const from = params.get('receivedFrom') ?? '';
  const to = params.get('receivedTo') ?? '';
  return {
    tab: params.get('tab') === 'all' ? 'all' : 'mine',
    kind: PETITION_KINDS.find((k) => k === params.get('kind')) ?? '',
    status: PETITION_STATUSES.find((s) => s === params.get('status')) ?? '',
    channel: PETITION_CHANNELS.find((c) => c === params.get('channel')) ?? '',
    receivedFrom: isIsoDate(from) ? from : '',
    receivedTo: isIsoDate(to) ? to : '',
    overdue: params.get('overdue') === 'true',
    q: params.get('q') ?? '',
    page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0),
  };
}

/** Back to the address: only what differs from the defaults. */
export function paramsOf(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.tab !== 'mine') p.set('tab', f.tab);
  if (f.kind) p.set('kind', f.kind);
  if (f.status) p.set('status', f.status);
  if (f.channel) p.set('channel', f.channel);
  if (f.receivedFrom) p.set('receivedFrom', f.receivedFrom);
  if (f.receivedTo) p.set('receivedTo', f.receivedTo);
  if (f.overdue) p.set('overdue', 'true');
  if (f.q) p.set('q', f.q);
  if (f.page > 0) p.set('page', String(f.page));
  return p;
}

/**
 * The query of GET /petitions: "Việc của tôi" is the specialist's worklist (mine, open, soonest due first); "Tất cả đơn"
 * every petition of the office with the filters, newest first.
 */
export function toPetitionsQuery(f: Filters): PetitionsQuery {
  if (f.tab === 'mine') return { mine: true, open: true, sort: 'dueOn' };
  return {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.receivedFrom ? { receivedFrom: f.receivedFrom } : {}),
    ...(f.receivedTo ? { receivedTo: f.receivedTo } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}
