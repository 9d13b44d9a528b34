import type { MeResponse } from '@/lib/api/types';
import { specialist } from '@/testing/fixtures';
import type { Calendar, Clash, Leader, LeadershipBody, Office, Programme, ProgrammeItem } from '../api/types';

export const UBND_OFFICE = specialist.office!.id;
export const VPTU_OFFICE = '00000000-0000-0000-0000-0000000000b2';

/** A specialist of the People's Committee Office (owns the UBND calendar). */
export const ubndSpecialist: MeResponse = specialist;
export const ubndLeader: MeResponse = { ...specialist, id: 'user-ubnd-leader', role: 'OFFICE_LEADER' };
export const vptuSpecialist: MeResponse = {
  ...specialist,
  id: 'user-vptu',
  office: { ...specialist.office!, id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy' },
};
export const vptuLeader: MeResponse = { ...vptuSpecialist, id: 'user-vptu-leader', role: 'OFFICE_LEADER' };

export const calendars: Calendar[] = [
  {
    id: 'cal-ubnd',
    bodyId: 'b-ubnd',
    bodyName: 'Ủy ban nhân dân tỉnh',
    bodyNameEn: "Provincial People's Committee",
    officeId: UBND_OFFICE,
    officeName: 'Văn phòng UBND tỉnh',
    nameVi: 'Lịch công tác Ủy ban nhân dân tỉnh',
    nameEn: "Work calendar: Provincial People's Committee",
    color: '#1d4ed8',
  },
  {
    id: 'cal-tttu',
    bodyId: 'b-tttu',
    bodyName: 'Thường trực Tỉnh ủy',
    bodyNameEn: 'Standing Board of the Provincial Party Committee',
    officeId: VPTU_OFFICE,
    officeName: 'Văn phòng Tỉnh ủy',
    nameVi: 'Lịch công tác Thường trực Tỉnh ủy',
    nameEn: 'Work calendar: Standing Board of the Provincial Party Committee',
    color: '#b3261e',
  },
];

export const leaders: Leader[] = [
  { id: 'l-bt', fullName: 'Nguyễn Văn A', titleVi: 'Bí thư Tỉnh ủy', titleEn: 'Provincial Party Secretary', bodyId: 'b-tttu', bodyName: 'Thường trực Tỉnh ủy', protocolOrder: 0, active: true, version: 0 },
  { id: 'l-ct', fullName: 'Trần Thị B', titleVi: 'Chủ tịch UBND tỉnh', titleEn: "Chair of the Provincial People's Committee", bodyId: 'b-ubnd', bodyName: 'Ủy ban nhân dân tỉnh', protocolOrder: 0, active: true, version: 0 },
];

export const bodies: LeadershipBody[] = [
  { id: 'b-ubnd', officeId: UBND_OFFICE, code: 'UBND', nameVi: 'Ủy ban nhân dân tỉnh', nameEn: "Provincial People's Committee", active: true, version: 0 },
  { id: 'b-tttu', officeId: VPTU_OFFICE, code: 'TTTU', nameVi: 'Thường trực Tỉnh ủy', nameEn: 'Standing Board of the Provincial Party Committee', active: true, version: 0 },
];

export const offices: Office[] = [
  { ...specialist.office!, id: UBND_OFFICE },
  { id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU', email: null, active: true, version: 0 },
];

export function page<T>(items: T[], totalPages = 1, pageNo = 0) {
  return { items, page: pageNo, size: 100, totalItems: items.length, totalPages };
}

export function programme(overrides: Partial<Programme> = {}): Programme {
  return {
    id: 'p-1',
    calendarId: 'cal-ubnd',
    calendarName: 'Lịch công tác Ủy ban nhân dân tỉnh',
    bodyId: 'b-ubnd',
    bodyName: 'Ủy ban nhân dân tỉnh',
    officeId: UBND_OFFICE,
    officeName: 'Văn phòng UBND tỉnh',
    periodKind: 'MONTH',
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
    title: 'Chương trình công tác tháng 12/2026 của UBND tỉnh',
    status: 'DRAFT',
    deadline: '2026-11-25',
    submittedAt: null,
    submittedOnTime: null,
    returnComment: null,
    decisionReference: null,
    decidedOn: null,
    approvedAt: null,
    publishedAt: null,
    revision: 0,
    itemCount: 0,
    version: 1,
    updatedAt: '2026-11-20T09:00:00+07:00',
    allowedActions: ['EDIT_ITEMS'],
    ...overrides,
  };
}

export function item(overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  return {
    id: 'i-1',
    programmeId: 'p-1',
    calendarId: 'cal-ubnd',
    bodyId: 'b-ubnd',
    bodyName: 'Ủy ban nhân dân tỉnh',
    color: '#1d4ed8',
    periodKind: 'MONTH',
    programmeStatus: 'DRAFT',
    title: 'Làm việc với Sở Tài chính',
    startsAt: '2026-12-10T09:00:00+07:00',
    endsAt: '2026-12-10T10:30:00+07:00',
    allDay: false,
    venue: 'Trụ sở UBND tỉnh',
    localityUnitId: null,
    localityName: null,
    leaders: [{ id: 'l-ct', fullName: 'Trần Thị B', titleVi: 'Chủ tịch UBND tỉnh' }],
    participantBodies: [],
    participantUnits: [],
    participantPersons: [],
    servingOfficeId: UBND_OFFICE,
    servingOfficeName: 'Văn phòng UBND tỉnh',
    visibility: 'INTERNAL',
    notes: null,
    meetingId: null,
    detailsItemId: null,
    cancelled: false,
    cancelReason: null,
    sequence: 0,
    version: 2,
    updatedAt: '2026-11-20T09:00:00+07:00',
    ...overrides,
  };
}

export function clash(overrides: Partial<Clash> = {}): Clash {
  return {
    kind: 'LEADER',
    severity: 'CONFLICT',
    itemId: null,
    itemTitle: null,
    otherItemId: 'i-tu',
    otherTitle: 'Hội nghị Ban Thường vụ Tỉnh ủy',
    otherBodyName: 'Thường trực Tỉnh ủy',
    otherStartsAt: '2026-12-10T08:00:00+07:00',
    otherEndsAt: '2026-12-10T11:00:00+07:00',
    otherProgrammeStatus: 'SUBMITTED',
    periodKind: 'MONTH',
    programmeId: null,
    programmeTitle: null,
    otherPeriodKind: 'MONTH',
    otherProgrammeId: 'p-tu',
    otherProgrammeTitle: 'Chương trình công tác tháng 12/2026 của Thường trực Tỉnh ủy',
    shared: [{ id: 'l-bt', name: 'Nguyễn Văn A' }],
    message: 'Đ/c Nguyễn Văn A đã có lịch khác',
    accepted: false,
    acceptanceNote: null,
    ...overrides,
  };
}

export { stubObjectUrls } from '@/testing/object-urls';
