import type { Language } from '@/lib/i18n/types';

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
