import type { MeResponse, NotificationResponse, TokenResponse } from '@/lib/api/types';

export function tokens(suffix = '1'): TokenResponse {
  return {
    accessToken: `access-${suffix}`,
    refreshToken: `refresh-${suffix}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshExpiresIn: 86400,
    passwordChangeRequired: false,
  };
}

export const specialist: MeResponse = {
  id: '00000000-0000-0000-0000-000000000001',
  username: 'chuyenvien',
  fullName: 'Nguyễn Thị Hồng',
  role: 'SPECIALIST',
  jurisdiction: { id: '00000000-0000-0000-0000-0000000000a1', code: 'HN', name: 'Thành phố Hà Nội' },
  office: {
    active: true,
    email: null,
    version: 0,
    id: '00000000-0000-0000-0000-0000000000b1',
    code: 'VPUB',
    kind: 'PEOPLES_COMMITTEE_OFFICE',
    nameVi: 'Văn phòng UBND Thành phố',
    nameEn: "People's Committee Office",
    shortName: 'VP UBND',
  },
  unit: null,
  passwordChangeRequired: false,
};

export const unitOfficer: MeResponse = {
  ...specialist,
  id: '00000000-0000-0000-0000-000000000002',
  username: 'canbo',
  fullName: 'Trần Văn Nam',
  role: 'UNIT_OFFICER',
  office: null,
  unit: { id: '00000000-0000-0000-0000-0000000000c1', code: 'SOTC', name: 'Sở Tài chính' },
};

export const admin: MeResponse = {
  ...specialist,
  id: '00000000-0000-0000-0000-000000000003',
  username: 'quantri',
  fullName: 'Lê Quản Trị',
  role: 'SYSTEM_ADMIN',
  office: null,
  unit: null,
};

export const nationalAdmin: MeResponse = {
  ...admin,
  id: '00000000-0000-0000-0000-000000000009',
  username: 'quantri.quocgia',
  fullName: 'Trịnh Quản Trị',
  role: 'NATIONAL_ADMIN',
};

export function notification(overrides: Partial<NotificationResponse> = {}): NotificationResponse {
  return {
    id: '10000000-0000-0000-0000-000000000001',
    kind: 'TASK_ASSIGNED',
    title: 'Giao nhiệm vụ mới',
    body: 'Báo cáo tình hình kinh tế – xã hội quý IV',
    link: null,
    createdAt: '2026-11-23T17:30:00Z',
    read: false,
    ...overrides,
  };
}
