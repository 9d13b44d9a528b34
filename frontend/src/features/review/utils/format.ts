import { formatDate } from '@/lib/format';
import type { Language } from '@/lib/i18n/types';

const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const NUMBER = { vi: new Intl.NumberFormat(LOCALE.vi), en: new Intl.NumberFormat(LOCALE.en) };
const SIGNED = {
  vi: new Intl.NumberFormat(LOCALE.vi, { signDisplay: 'exceptZero' }),
  en: new Intl.NumberFormat(LOCALE.en, { signDisplay: 'exceptZero' }),
};
const SHARE = {
  vi: new Intl.NumberFormat(LOCALE.vi, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE.en, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const SIGNED_SHARE = {
  vi: new Intl.NumberFormat(LOCALE.vi, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  en: new Intl.NumberFormat(LOCALE.en, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
};

/** A count: vi "1.380", en "1,380". */
export function formatNumber(value: number, lang: Language): string {
  return NUMBER[lang].format(value);
}

/** A count with its share of its basis figure, when it has one: vi "550 (94,0%)", en "550 (94.0%)". */
export function formatValue(value: number, percent: number | null, lang: Language): string {
  const n = formatNumber(value, lang);
  return percent === null ? n : `${n} (${SHARE[lang].format(percent)}%)`;
}

/** The change against the previous period: vi "+22 (+22,4%)", "-3", "0"; the share is left out when the previous value was 0. */
export function formatChange(change: number, changePercent: number | null, lang: Language): string {
  const n = SIGNED[lang].format(change);
  return changePercent === null ? n : `${n} (${SIGNED_SHARE[lang].format(changePercent)}%)`;
}

/** A calendar day of the API (yyyy-MM-dd) as dd/MM/yyyy. */
export function formatDay(iso: string | null | undefined, lang: Language): string {
  return iso ? formatDate(`${iso}T12:00:00+07:00`, lang) : '';
}

/** A period: "01/01/2025 – 31/12/2025". */
export function formatPeriod(from: string, to: string, lang: Language): string {
  return `${formatDay(from, lang)} – ${formatDay(to, lang)}`;
}

/** A review number as part of a file name: "1/2026" → "1-2026" (ASCII, no diacritics). */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return slug || 'ky-danh-gia';
}
