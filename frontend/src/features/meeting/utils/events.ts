import type { EventInput } from '@fullcalendar/core';
import type { MeetingStatus, MeetingSummary } from '../api/types';
import { wallClock } from './datetime';

const COLORS: Record<MeetingStatus, string> = {
  PLANNED: '#4c5561',
  INVITED: '#1c4a8f',
  HELD: '#4f2a8a',
  CLOSED: '#17632f',
  POSTPONED: '#b45309',
  CANCELLED: '#9b1111',
};

/**
 * FullCalendar has no named time zones without a date library; Vietnam keeps +07:00 all year, so the calendar runs in
 * UTC and is given Vietnam's wall-clock times: what it shows is Vietnam's time in any browser.
 */
export function toEvent(meeting: MeetingSummary): EventInput {
  const color = COLORS[meeting.status] ?? '#4c5561';
  return {
    id: meeting.id,
    title: meeting.title,
    start: wallClock(meeting.startsAt),
    end: wallClock(meeting.endsAt),
    backgroundColor: color,
    borderColor: color,
    classNames: meeting.status === 'CANCELLED' ? ['is-cancelled'] : [],
  };
}
