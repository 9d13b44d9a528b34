import type { Language } from '@/lib/i18n/types';

/** Every date in the app is shown in Vietnam's time zone, whatever the browser's. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });
    cache.set(key, f);
  }
  return f;
}

function parts(date: Date, locale: string, options: Intl.DateTimeFormatOptions) {
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter(locale, options).formatToParts(date)) out[part.type] = part.value;
  return out;
}

const DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** vi: "24/11/2026 00:30"; en: "24/11/2026, 00:30" (en-GB). */
export function formatDateTime(value: DateInput, lang: Language = 'vi'): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  if (lang === 'en') return formatter(LOCALE.en, DATE_TIME).format(date);
  // Intl's vi-VN puts the time first; the administrative style is dd/MM/yyyy HH:mm.
  const p = parts(date, LOCALE.vi, DATE_TIME);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** dd/MM/yyyy in both languages. */
export function formatDate(value: DateInput, lang: Language = 'vi'): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, LOCALE[lang], DATE);
  return `${p.day}/${p.month}/${p.year}`;
}

/** vi: "Thứ Ba, ngày 24/11/2026"; en: "Tuesday, 24/11/2026". */
export function formatLongDate(value: DateInput, lang: Language = 'vi'): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const weekday = formatter(LOCALE[lang], { weekday: 'long' }).format(date);
  const day = formatDate(date, lang);
  if (lang === 'vi') return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ngày ${day}`;
  return `${weekday}, ${day}`;
}

const ISO_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** The calendar day in Vietnam as yyyy-MM-dd (what date inputs and the API's `format: date` use). */
export function isoDate(value: DateInput = new Date()): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, 'en-GB', ISO_DATE);
  return `${p.year}-${p.month}-${p.day}`;
}

/** yyyy-MM-dd plus (or minus) whole days, on the calendar (no time zone involved). */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return '';
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** HH:mm in Vietnam (both languages). */
export function formatTime(value: DateInput): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return formatter('en-GB', TIME_OF_DAY).format(date);
}

// Vietnam keeps UTC+07:00 all year (no daylight saving time): a wall-clock time there has one offset.
export const VIETNAM_OFFSET = '+07:00';

/** yyyy-MM-dd + HH:mm on Vietnam's wall clock → RFC 3339 with +07:00 (what the API's date-time fields take). */
export function vietnamDateTime(day: string, time: string): string {
  return `${day}T${time}:00${VIETNAM_OFFSET}`;
}

/** A date typed in ISO form (yyyy-mm-dd) that exists in the calendar ("2026-02-31" does not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
