import { describe, expect, it } from 'vitest';
import { clash } from '../testing/fixtures';
import { proposedLink, titleKey } from './detail-link';

describe('proposedLink', () => {
  const monthly = clash({ otherItemId: 'i-month', otherPeriodKind: 'MONTH', otherTitle: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh' });

  it('proposes the longer period item with the same title and leader', () => {
    expect(proposedLink([monthly], 'hoi nghi  Ban Chấp hành Đảng bộ tỉnh.', 'WEEK')?.otherItemId).toBe('i-month');
  });

  it('does not propose another title, the same kind, a shorter kind, a venue clash or a dismissed one', () => {
    expect(proposedLink([monthly], 'Tiếp công dân', 'WEEK')).toBeNull();
    expect(proposedLink([monthly], monthly.otherTitle!, 'MONTH')).toBeNull();
    expect(proposedLink([{ ...monthly, otherPeriodKind: 'WEEK' }], monthly.otherTitle!, 'MONTH')).toBeNull();
    expect(proposedLink([{ ...monthly, kind: 'VENUE' }], monthly.otherTitle!, 'WEEK')).toBeNull();
    expect(proposedLink([monthly], monthly.otherTitle!, 'WEEK', ['i-month'])).toBeNull();
    expect(proposedLink([{ ...monthly, otherTitle: null }], 'x', 'WEEK')).toBeNull();
  });

  it('compares titles without diacritics, case, spacing or punctuation', () => {
    expect(titleKey('Đối thoại  với Doanh nghiệp!')).toBe('doi thoai voi doanh nghiep');
  });
});
