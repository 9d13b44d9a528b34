import { addDaysIso, isIsoDate } from '@/lib/format';
import type { Language } from '@/lib/i18n/types';
import type { PeriodKind } from '../api/types';

export const PERIOD_KINDS: readonly PeriodKind[] = ['YEAR', 'QUARTER', 'MONTH', 'WEEK'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? NaN, m ?? NaN, d ?? NaN];
}

/** One definition for every form: `@/lib/format`. */
export { isIsoDate };

/** The Monday of the (ISO) week of a day. */
export function mondayOf(day: string): string {
  const [y, m, d] = parts(day);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDaysIso(day, -((weekday + 6) % 7));
}

/** The first day of the period of `kind` that contains `day` (what POST /programmes expects as periodStart). */
export function periodStartOf(kind: PeriodKind, day: string): string {
  const [y, m] = parts(day);
  switch (kind) {
    case 'YEAR':
      return iso(y, 1, 1);
    case 'QUARTER':
      return iso(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
    case 'MONTH':
      return iso(y, m, 1);
    case 'WEEK':
      return mondayOf(day);
  }
}

/** The last day of the period that starts on `start`. */
export function periodEndOf(kind: PeriodKind, start: string): string {
  const [y, m, d] = parts(start);
  switch (kind) {
    case 'YEAR':
      return iso(y, 12, 31);
    case 'QUARTER':
      return iso(y, m + 3, 0);
    case 'MONTH':
      return iso(y, m + 1, 0);
    case 'WEEK':
      return iso(y, m, d + 6);
  }
}

/** The first day of the period after the one containing `today` (the programme being prepared now). */
export function nextPeriodStart(kind: PeriodKind, today: string): string {
  const start = periodStartOf(kind, today);
  return addDaysIso(periodEndOf(kind, start), 1);
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTH_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The period as people name it: vi "Năm 2027", "Quý I/2027", "Tháng 12/2026", "Tuần 23/11–29/11/2026";
 * en "Year 2027", "Q1 2027", "December 2026", "Week 23/11–29/11/2026".
 */
export function periodLabel(kind: PeriodKind, start: string, lang: Language): string {
  const [y, m, d] = parts(start);
  if (Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d)) return start;
  switch (kind) {
    case 'YEAR':
      return lang === 'vi' ? `Năm ${y}` : `Year ${y}`;
    case 'QUARTER': {
      const q = Math.floor((m - 1) / 3);
      return lang === 'vi' ? `Quý ${ROMAN[q]}/${y}` : `Q${q + 1} ${y}`;
    }
    case 'MONTH':
      return lang === 'vi' ? `Tháng ${pad(m)}/${y}` : MONTH_EN.format(new Date(Date.UTC(y, m - 1, 1)));
    case 'WEEK': {
      const [ey, em, ed] = parts(periodEndOf('WEEK', start));
      const from = ey === y ? `${pad(d)}/${pad(m)}` : `${pad(d)}/${pad(m)}/${y}`;
      const range = `${from}–${pad(ed)}/${pad(em)}/${ey}`;
      return lang === 'vi' ? `Tuần ${range}` : `Week ${range}`;
    }
  }
}
