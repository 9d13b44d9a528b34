import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { clash } from '../testing/fixtures';
import { clashText, distinctClashes, leaderMap } from './clash-text';
import { formatWhen, toOffsetDateTime, wallClock } from './datetime';
import { mondayOf, nextPeriodStart, periodEndOf, periodLabel, periodStartOf } from './period';
import { leaders } from '../testing/fixtures';

describe('periods', () => {
  it('names a period as people do, in Vietnamese and English', () => {
    expect(periodLabel('MONTH', '2026-12-01', 'vi')).toBe('Tháng 12/2026');
    expect(periodLabel('MONTH', '2027-01-01', 'vi')).toBe('Tháng 01/2027');
    expect(periodLabel('QUARTER', '2027-01-01', 'vi')).toBe('Quý I/2027');
    expect(periodLabel('QUARTER', '2026-10-01', 'vi')).toBe('Quý IV/2026');
    expect(periodLabel('WEEK', '2026-11-23', 'vi')).toBe('Tuần 23/11–29/11/2026');
    expect(periodLabel('WEEK', '2026-12-28', 'vi')).toBe('Tuần 28/12/2026–03/01/2027');
    expect(periodLabel('YEAR', '2027-01-01', 'vi')).toBe('Năm 2027');
    expect(periodLabel('MONTH', '2026-12-01', 'en')).toBe('December 2026');
    expect(periodLabel('QUARTER', '2027-04-01', 'en')).toBe('Q2 2027');
    expect(periodLabel('WEEK', '2026-11-23', 'en')).toBe('Week 23/11–29/11/2026');
    expect(periodLabel('YEAR', '2027-01-01', 'en')).toBe('Year 2027');
  });

  it('finds the first day of the period containing a day (Monday for a week)', () => {
    expect(periodStartOf('WEEK', '2026-11-26')).toBe('2026-11-23'); // a Thursday
    expect(periodStartOf('WEEK', '2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(periodStartOf('WEEK', '2026-11-23')).toBe('2026-11-23');
    expect(periodStartOf('WEEK', '2027-01-01')).toBe('2026-12-28');
    expect(periodStartOf('MONTH', '2026-12-17')).toBe('2026-12-01');
    expect(periodStartOf('QUARTER', '2026-08-31')).toBe('2026-07-01');
    expect(periodStartOf('QUARTER', '2026-12-31')).toBe('2026-10-01');
    expect(periodStartOf('YEAR', '2027-06-15')).toBe('2027-01-01');
    expect(mondayOf('2026-11-24')).toBe('2026-11-23');
  });

  it('finds the last day of a period and the next period to prepare', () => {
    expect(periodEndOf('MONTH', '2027-02-01')).toBe('2027-02-28');
    expect(periodEndOf('QUARTER', '2026-10-01')).toBe('2026-12-31');
    expect(periodEndOf('WEEK', '2026-12-28')).toBe('2027-01-03');
    expect(periodEndOf('YEAR', '2027-01-01')).toBe('2027-12-31');
    expect(nextPeriodStart('MONTH', '2026-12-15')).toBe('2027-01-01');
    expect(nextPeriodStart('QUARTER', '2026-11-24')).toBe('2027-01-01');
    expect(nextPeriodStart('WEEK', '2026-11-24')).toBe('2026-11-30');
    expect(nextPeriodStart('YEAR', '2026-11-24')).toBe('2027-01-01');
  });
});

describe('times in Vietnam', () => {
  const t = translator('vi');
  it('sends wall-clock times with +07:00 and shows them in Vietnam whatever the browser zone', () => {
    expect(toOffsetDateTime('2026-12-10', '08:00')).toBe('2026-12-10T08:00:00+07:00');
    expect(wallClock('2026-12-10T01:00:00Z')).toBe('2026-12-10T08:00:00');
    expect(formatWhen('2026-12-10T08:00:00+07:00', '2026-12-10T11:00:00+07:00', false, t, 'vi')).toBe('08:00–11:00 ngày 10/12/2026');
    expect(formatWhen('2026-12-10T14:00:00+07:00', '2026-12-11T11:00:00+07:00', false, t, 'vi')).toBe(
      '14:00 ngày 10/12/2026 – 11:00 ngày 11/12/2026',
    );
    expect(formatWhen('2026-12-10T00:00:00+07:00', '2026-12-11T00:00:00+07:00', true, t, 'vi')).toBe('cả ngày 10/12/2026');
    expect(formatWhen('2026-12-10T00:00:00+07:00', '2026-12-12T00:00:00+07:00', true, t, 'vi')).toBe(
      'cả ngày, từ 10/12/2026 đến 11/12/2026',
    );
  });
});

describe('clash sentences', () => {
  it('names the leader with their title, the other activity, its body and its time', () => {
    const text = clashText(clash(), translator('vi'), 'vi', leaderMap(leaders));
    expect(text).toBe(
      'Trùng lịch: Đ/c Nguyễn Văn A (Bí thư Tỉnh ủy) đã có lịch «Hội nghị Ban Thường vụ Tỉnh ủy» (Thường trực Tỉnh ủy) 08:00–11:00 ngày 10/12/2026.',
    );
    expect(clashText(clash({ otherTitle: null }), translator('vi'), 'vi')).toBe(
      'Trùng lịch: Đ/c Nguyễn Văn A đã có lịch một hoạt động đang dự thảo (Thường trực Tỉnh ủy) 08:00–11:00 ngày 10/12/2026.',
    );
    expect(
      clashText(clash({ kind: 'LOCALITY', severity: 'WARNING', shared: [{ id: 'u-1', name: 'Phường Cầu Giấy' }] }), translator('vi'), 'vi'),
    ).toBe('Cùng địa bàn: Phường Cầu Giấy đã có lịch «Hội nghị Ban Thường vụ Tỉnh ủy» (Thường trực Tỉnh ủy) 08:00–11:00 ngày 10/12/2026.');
    expect(clashText(clash(), translator('en'), 'en', leaderMap(leaders))).toBe(
      'Clash: Nguyễn Văn A (Provincial Party Secretary) already has “Hội nghị Ban Thường vụ Tỉnh ủy” (Thường trực Tỉnh ủy) 08:00–11:00 on 10/12/2026.',
    );
  });

  it('lists a clash seen from both sides once', () => {
    const a = clash({ itemId: 'i-1', otherItemId: 'i-2' });
    const b = clash({ itemId: 'i-2', otherItemId: 'i-1' });
    const venue = clash({ itemId: 'i-1', otherItemId: 'i-2', kind: 'VENUE' });
    expect(distinctClashes([a, b, venue])).toEqual([a, venue]);
  });
});
