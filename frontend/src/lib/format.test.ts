import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatTime, isIsoDate, TIME_ZONE, vietnamDateTime } from './format';

describe('date formatting in Asia/Ho_Chi_Minh', () => {
  it('uses Vietnam time', () => {
    expect(TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('formats Vietnamese style dd/MM/yyyy HH:mm, crossing midnight in UTC+7', () => {
    expect(formatDateTime('2026-11-23T17:30:00Z', 'vi')).toBe('24/11/2026 00:30');
    expect(formatDateTime(new Date('2026-01-05T01:05:00Z'), 'vi')).toBe('05/01/2026 08:05');
  });

  it('is Vietnamese by default', () => {
    expect(formatDateTime('2026-11-23T17:30:00Z')).toBe('24/11/2026 00:30');
  });

  it('formats English in en-GB style in the same zone', () => {
    expect(formatDateTime('2026-11-23T17:30:00Z', 'en')).toBe('24/11/2026, 00:30');
  });

  it('formats dates and long dates', () => {
    expect(formatDate('2026-11-23T17:30:00Z', 'vi')).toBe('24/11/2026');
    expect(formatLongDate('2026-11-23T17:30:00Z', 'vi')).toBe('Thứ Ba, ngày 24/11/2026');
    expect(formatLongDate('2026-11-23T17:30:00Z', 'en')).toBe('Tuesday, 24/11/2026');
  });

  it('returns an empty string for an invalid date', () => {
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('times of day in Vietnam', () => {
  it('shows HH:mm in Vietnam whatever the browser zone, and builds +07:00 instants', () => {
    expect(formatTime('2026-11-24T01:05:00Z')).toBe('08:05');
    expect(formatTime('2026-11-23T17:30:00Z')).toBe('00:30');
    expect(formatTime('nope')).toBe('');
    expect(vietnamDateTime('2026-11-27', '08:00')).toBe('2026-11-27T08:00:00+07:00');
  });
});

describe('isIsoDate', () => {
  it('takes a day of the calendar typed yyyy-mm-dd and nothing else', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
