import { formatDate, formatTime, isIsoDate, isoDate, vietnamDateTime } from '@/lib/format';
import type { Language, TranslateFn } from '@/lib/i18n/types';

/** One definition for every form: `@/lib/format`. */
export { isIsoDate };

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** The day and time (Vietnam) of an instant, as the date and time inputs edit them. */
export function dayAndTime(value: string): { day: string; time: string } {
  return { day: isoDate(value), time: formatTime(value) };
}

/** A day and a time from the inputs → RFC 3339 (+07:00), or null while one of them is not valid. */
export function instantOf(day: string, time: string): string | null {
  return isIsoDate(day) && isTime(time) ? vietnamDateTime(day, time) : null;
}

/** Vietnam's wall clock of an instant, without offset ("2026-12-10T08:00:00"): FullCalendar runs in UTC with these. */
export function wallClock(value: string): string {
  return `${isoDate(value)}T${formatTime(value)}:00`;
}

/**
 * When a meeting takes place: vi "08:00–11:30 ngày 27/11/2026", "08:00 ngày 27/11/2026 – 17:00 ngày 28/11/2026"; en alike.
 */
export function formatWhen(startsAt: string, endsAt: string, t: TranslateFn, lang: Language): string {
  if (isoDate(endsAt) === isoDate(startsAt)) {
    return t('meetingWhen.sameDay', { from: formatTime(startsAt), to: formatTime(endsAt), date: formatDate(startsAt, lang) });
  }
  return t('meetingWhen.range', {
    fromTime: formatTime(startsAt),
    fromDate: formatDate(startsAt, lang),
    toTime: formatTime(endsAt),
    toDate: formatDate(endsAt, lang),
  });
}

/** A slot of the agenda: "08:00–08:45", "08:00" or "". */
export function formatSlot(startsAt: string | null, endsAt: string | null): string {
  if (startsAt && endsAt) return `${formatTime(startsAt)}–${formatTime(endsAt)}`;
  if (startsAt) return formatTime(startsAt);
  return '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of the month of `day` (yyyy-MM-dd). */
export function monthOf(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return { from: `${y}-${pad(m ?? 1)}-01`, to: `${y}-${pad(m ?? 1)}-${pad(last)}` };
}
