import { formatDate, formatTime, isIsoDate, isoDate, vietnamDateTime } from '@/lib/format';
import type { Language, TranslateFn } from '@/lib/i18n/types';

/** One definition for every form: `@/lib/format`. */
export { isIsoDate };

export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A calendar day of the API (yyyy-MM-dd) as dd/MM/yyyy: noon UTC is the same day in Vietnam. */
export function formatDay(day: string | null | undefined, lang: Language): string {
  return day ? formatDate(`${day}T12:00:00Z`, lang) : '';
}

/** Calendar days from `from` to `to` (both yyyy-MM-dd): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day and time (Vietnam) of an instant, as the date and time inputs edit them. */
export function dayAndTime(value: string): { day: string; time: string } {
  return { day: isoDate(value), time: formatTime(value) };
}

/** A day and a time from the inputs → RFC 3339 (+07:00), or null while one of them is not valid. */
export function instantOf(day: string, time: string): string | null {
  return isIsoDate(day) && isTime(time) ? vietnamDateTime(day, time) : null;
}

/** When a session takes place: vi "08:00–11:30 ngày 27/11/2026", "08:00 ngày 27/11/2026 – 17:00 ngày 28/11/2026". */
export function formatWhen(startsAt: string, endsAt: string, t: TranslateFn, lang: Language): string {
  if (isoDate(endsAt) === isoDate(startsAt)) {
    return t('petitionWhen.sameDay', { from: formatTime(startsAt), to: formatTime(endsAt), date: formatDate(startsAt, lang) });
  }
  return t('petitionWhen.range', {
    fromTime: formatTime(startsAt),
    fromDate: formatDate(startsAt, lang),
    toTime: formatTime(endsAt),
    toDate: formatDate(endsAt, lang),
  });
}

const NUMBER = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

export function formatNumber(value: number, lang: Language): string {
  return NUMBER[lang].format(value);
}
