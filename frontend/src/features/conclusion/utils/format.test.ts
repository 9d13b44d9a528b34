import { describe, expect, it } from 'vitest';
import { addDaysIso, isoDate } from '@/lib/format';
import { formatFileSize, formatPercent, formatProgress } from './format';

describe('conclusion formats', () => {
  it('formats shares with one decimal: "33,3 %" in Vietnamese, "33.3%" in English', () => {
    expect(formatPercent(33.3, 'vi')).toBe('33,3 %');
    expect(formatPercent(100, 'vi')).toBe('100,0 %');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(66.7, 'en')).toBe('66.7%');
    expect(formatProgress(50, 'vi')).toBe('50 %');
  });

  it('formats file sizes in KB under 1 MB, in MB above', () => {
    expect(formatFileSize(183_204, 'vi')).toBe('179 KB');
    expect(formatFileSize(200, 'en')).toBe('1 KB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatFileSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
  });

  it("takes today's date in Vietnam, whatever the browser's zone", () => {
    // 00:30 on 24 November in Hanoi is still 23 November in Los Angeles (the tests' zone)
    expect(isoDate(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(isoDate(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });

  it('adds calendar days across months and years', () => {
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysIso('2026-11-24', 30)).toBe('2026-12-24');
  });
});
