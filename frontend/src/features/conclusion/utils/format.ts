import { isIsoDate } from '@/lib/format';
import type { Language } from '@/lib/i18n/types';

const PERCENT: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** A share with one decimal: vi "33,3 %" (decimal comma, space before the sign), en "33.3%". */
export function formatPercent(value: number, lang: Language): string {
  const number = PERCENT[lang].format(Number.isFinite(value) ? value : 0);
  return lang === 'vi' ? `${number} %` : `${number}%`;
}

/** Whole progress percentages: vi "50 %", en "50%". */
export function formatProgress(value: number, lang: Language): string {
  return lang === 'vi' ? `${value} %` : `${value}%`;
}

/** One definition for every form: `@/lib/format`. */
export { isIsoDate };

const SIZE: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A file size in KB under 1 MB, otherwise in MB with one decimal (binary units): vi "1,5 MB", en "1.5 MB". */
export function formatFileSize(bytes: number, lang: Language): string {
  const mib = 1024 * 1024;
  if (bytes >= mib) return `${SIZE[lang].format(Math.round((bytes / mib) * 10) / 10)} MB`;
  const kib = bytes === 0 ? 0 : Math.max(1, Math.round(bytes / 1024));
  return `${SIZE[lang].format(kib)} KB`;
}
