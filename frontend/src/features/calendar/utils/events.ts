import type { EventInput } from '@fullcalendar/core';
import { isoDate } from '@/lib/format';
import type { ProgrammeItem } from '../api/types';
import { wallClock } from './datetime';

/**
 * FullCalendar has no named time zones without a date library; Vietnam keeps +07:00 all year, so the calendar
 * runs in UTC and is given Vietnam's wall-clock times: what it shows is Vietnam's time in any browser.
 */
export function toEvent(item: ProgrammeItem): EventInput {
  return {
    id: item.id,
    title: item.title,
    start: item.allDay ? isoDate(item.startsAt) : wallClock(item.startsAt),
    end: item.allDay ? isoDate(item.endsAt) : wallClock(item.endsAt),
    allDay: item.allDay,
    backgroundColor: item.color,
    borderColor: item.color,
    classNames: item.cancelled ? ['is-cancelled'] : [],
    extendedProps: { itemId: item.id },
  };
}
