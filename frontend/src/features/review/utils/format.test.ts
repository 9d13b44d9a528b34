import { describe, expect, it } from 'vitest';
import { fileSlug, formatChange, formatDay, formatPeriod, formatValue } from './format';

describe('figures in Vietnamese style', () => {
  it('writes a value with its share of the basis, one decimal', () => {
    expect(formatValue(550, 94, 'vi')).toBe('550 (94,0%)');
    expect(formatValue(1234, null, 'vi')).toBe('1.234');
    expect(formatValue(1234, 33.3, 'en')).toBe('1,234 (33.3%)');
  });

  it('signs the change, with its percentage when there was something before', () => {
    expect(formatChange(22, 22.4, 'vi')).toBe('+22 (+22,4%)');
    expect(formatChange(-5, -11.1, 'vi')).toBe('-5 (-11,1%)');
    expect(formatChange(0, 0, 'vi')).toBe('0 (0,0%)');
    expect(formatChange(7, null, 'vi')).toBe('+7');
  });

  it('writes days and periods as dd/MM/yyyy', () => {
    expect(formatDay('2025-01-01', 'vi')).toBe('01/01/2025');
    expect(formatPeriod('2025-01-01', '2025-12-31', 'en')).toBe('01/01/2025 – 31/12/2025');
  });

  it('makes file names of review numbers', () => {
    expect(fileSlug('1/2026')).toBe('1-2026');
    expect(fileSlug('12/2026/ĐG-VPTU')).toBe('12-2026-dg-vptu');
    expect(fileSlug('///')).toBe('ky-danh-gia');
  });
});
