import type { CalendarItemsQuery, ClashesQuery, ClashCheckRequest, LeadersQuery, ProgrammesQuery } from './types';

export const calendarKeys = {
  all: ['calendar'] as const,
  programmes: () => [...calendarKeys.all, 'programmes'] as const,
  programmeList: (query: ProgrammesQuery) => [...calendarKeys.programmes(), 'list', query] as const,
  programme: (id: string) => [...calendarKeys.programmes(), 'detail', id] as const,
  programmeItems: (id: string) => [...calendarKeys.programmes(), 'items', id] as const,
  amendments: (id: string) => [...calendarKeys.programmes(), 'amendments', id] as const,
  deadlines: (on: string) => [...calendarKeys.programmes(), 'deadlines', on] as const,
  items: () => [...calendarKeys.all, 'items'] as const,
  itemRange: (query: CalendarItemsQuery) => [...calendarKeys.items(), 'range', query] as const,
  clashes: () => [...calendarKeys.all, 'clashes'] as const,
  clashList: (query: ClashesQuery) => [...calendarKeys.clashes(), 'list', query] as const,
  clashCheck: (request: ClashCheckRequest) => [...calendarKeys.all, 'clash-check', request] as const,
  reference: () => [...calendarKeys.all, 'reference'] as const,
  calendars: () => [...calendarKeys.reference(), 'calendars'] as const,
  leaders: (query: LeadersQuery) => [...calendarKeys.reference(), 'leaders', query] as const,
  bodies: () => [...calendarKeys.reference(), 'bodies'] as const,
  offices: () => [...calendarKeys.reference(), 'offices'] as const,
};
