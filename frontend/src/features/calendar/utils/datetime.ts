import { addDaysIso, formatDate, isoDate, TIME_ZONE } from '@/lib/format';
import type { Language, TranslateFn } from '@/lib/i18n/types';

// Vietnam keeps UTC+07:00 all year (no daylight saving time), so a wall-clock time there has one offset.
export const VIETNAM_OFFSET = '+07:00';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** HH:mm in Vietnam. */
export function timeOf(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return TIME.format(date);
}

/** yyyy-MM-dd + HH:mm in Vietnam → RFC 3339 with the +07:00 offset (what the API takes). */
export function toOffsetDateTime(day: string, time: string): string {
  return `${day}T${time}:00${VIETNAM_OFFSET}`;
}

/** Vietnam's wall clock of an instant, without offset ("2026-12-10T08:00:00"): FullCalendar runs in UTC with these. */
export function wallClock(value: string): string {
  return `${isoDate(value)}T${timeOf(value)}:00`;
}

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** The days and times of an item as its form edits them (an all-day item ends at midnight after its last day). */
export function formTimes(startsAt: string, endsAt: string, allDay: boolean) {
  return {
    startDate: isoDate(startsAt),
    startTime: allDay ? '08:00' : timeOf(startsAt),
    endDate: allDay ? addDaysIso(isoDate(endsAt), -1) : isoDate(endsAt),
    endTime: allDay ? '11:00' : timeOf(endsAt),
  };
}

/**
 * When an activity takes place: vi "08:00–11:00 ngày 10/12/2026", "08:00 ngày 10/12/2026 – 17:00 ngày 11/12/2026",
 * "cả ngày 10/12/2026"; en alike.
 */
export function formatWhen(startsAt: string, endsAt: string, allDay: boolean, t: TranslateFn, lang: Language): string {
  const startDay = isoDate(startsAt);
  if (allDay) {
    const lastDay = addDaysIso(isoDate(endsAt), -1);
    if (lastDay <= startDay) return t('when.allDay', { date: formatDate(startsAt, lang) });
    return t('when.allDayRange', { from: formatDate(startsAt, lang), to: formatDate(`${lastDay}T12:00:00Z`, lang) });
  }
  if (isoDate(endsAt) === startDay) {
    return t('when.sameDay', { from: timeOf(startsAt), to: timeOf(endsAt), date: formatDate(startsAt, lang) });
  }
  return t('when.range', {
    fromTime: timeOf(startsAt),
    fromDate: formatDate(startsAt, lang),
    toTime: timeOf(endsAt),
    toDate: formatDate(endsAt, lang),
  });
}
