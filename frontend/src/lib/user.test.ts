import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api/types';
import { translator } from '@/lib/i18n';
import { admin, specialist, unitOfficer } from '@/testing/fixtures';
import { affiliationName, roleLabel } from './user';

describe('roleLabel', () => {
  const cases: [Role, string, string][] = [
    ['SPECIALIST', 'Chuyên viên', 'Specialist'],
    ['OFFICE_LEADER', 'Lãnh đạo văn phòng', 'Office leader'],
    ['CHIEF_OF_OFFICE', 'Chánh Văn phòng', 'Chief of office'],
    ['UNIT_OFFICER', 'Cán bộ đơn vị', 'Unit officer'],
    ['SYSTEM_ADMIN', 'Quản trị hệ thống', 'System administrator'],
    ['NATIONAL_ADMIN', 'Quản trị quốc gia', 'National administrator'],
  ];
  it.each(cases)('%s → "%s" / "%s"', (role, vi, en) => {
    expect(roleLabel(role, translator('vi'))).toBe(vi);
    expect(roleLabel(role, translator('en'))).toBe(en);
  });
});

describe('affiliationName', () => {
  it('shows the office in the current language', () => {
    expect(affiliationName(specialist, 'vi')).toBe('Văn phòng UBND Thành phố');
    expect(affiliationName(specialist, 'en')).toBe("People's Committee Office");
  });
  it('shows the unit for unit officers', () => {
    expect(affiliationName(unitOfficer, 'vi')).toBe('Sở Tài chính');
    expect(affiliationName(unitOfficer, 'en')).toBe('Sở Tài chính');
  });
  it('shows the jurisdiction for administrators', () => {
    expect(affiliationName(admin, 'en')).toBe('Thành phố Hà Nội');
  });
  it('shows nationwide data for the national administrator', () => {
    expect(affiliationName({ ...admin, role: 'NATIONAL_ADMIN' }, 'vi')).toBe('Dữ liệu dùng chung toàn quốc');
    expect(affiliationName({ ...admin, role: 'NATIONAL_ADMIN' }, 'en')).toBe('Nationwide data');
  });
});
