import type { MeResponse } from '@/lib/api/types';
import { specialist, unitOfficer } from '@/testing/fixtures';
import type {
  Attachment,
  ConclusionDocument,
  ConclusionStatistics,
  ConclusionTask,
  LeadershipBody,
  Office,
  StatusCounts,
  TaskPage,
  Unit,
} from '../api/types';

export const OFFICE_ID = specialist.office!.id;
export const OTHER_OFFICE_ID = '00000000-0000-0000-0000-0000000000b2';

export const units: Unit[] = [
  { id: 'u-gd', code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00', active: true, successorUnitId: null },
  { id: 'u-yt', code: 'SYT', name: 'Sở Y tế', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00', active: true, successorUnitId: null },
  { id: 'u-tc', code: 'STC', name: 'Sở Tài chính', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00', active: true, successorUnitId: null },
];

const ref = (u: Unit) => ({ id: u.id, code: u.code, name: u.name });
export const GD = ref(units[0]!);
export const YT = ref(units[1]!);
export const TC = ref(units[2]!);

export const bodies: LeadershipBody[] = [
  { id: 'b-ubnd', officeId: OFFICE_ID, code: 'UBND', nameVi: 'Ủy ban nhân dân tỉnh', nameEn: "Provincial People's Committee", active: true, version: 0 },
  { id: 'b-tu', officeId: OTHER_OFFICE_ID, code: 'TTTU', nameVi: 'Thường trực Tỉnh ủy', nameEn: 'Standing Board of the Provincial Party Committee', active: true, version: 0 },
];

export const offices: Office[] = [
  { ...specialist.office!, id: OFFICE_ID },
  { id: OTHER_OFFICE_ID, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU', email: null, active: true, version: 0 },
];

/** Officers and staff around one task: led by Sở Giáo dục, coordinated by Sở Y tế, followed by the specialist's office. */
export const leadOfficer: MeResponse = { ...unitOfficer, unit: GD };
export const coordinatingOfficer: MeResponse = { ...unitOfficer, id: 'user-yt', unit: YT };
export const otherUnitOfficer: MeResponse = { ...unitOfficer, id: 'user-tc', unit: TC };
export const officeSpecialist: MeResponse = specialist;
export const officeLeader: MeResponse = { ...specialist, id: 'user-leader', role: 'OFFICE_LEADER' };
export const otherOfficeSpecialist: MeResponse = {
  ...specialist,
  id: 'user-other',
  office: { ...specialist.office!, id: OTHER_OFFICE_ID, nameVi: 'Văn phòng Tỉnh ủy' },
};

export function task(overrides: Partial<ConclusionTask> = {}): ConclusionTask {
  return {
    id: 't-1',
    documentId: 'd-1',
    documentNumber: '125-TB/VPUBND',
    documentIssuedOn: '2026-11-20',
    position: 2,
    content: 'Rà soát quy hoạch mạng lưới trường học',
    expectedResult: 'Quy hoạch được phê duyệt',
    leadUnit: GD,
    coordinatingUnits: [YT],
    focalOfficer: 'Nguyễn Văn Bình',
    focalUserId: null,
    deadline: '2026-12-31',
    originalDeadline: '2026-12-31',
    reportingCycle: null,
    followingOfficeId: OFFICE_ID,
    status: 'IN_PROGRESS',
    awaitingConfirmation: false,
    progressPercent: 40,
    completionProposedOn: null,
    completedOn: null,
    cancelReason: null,
    pendingExtension: null,
    version: 1,
    updatedAt: '2026-11-22T09:00:00+07:00',
    ...overrides,
  };
}

/** A notice recorded by the specialist's office. */
export function conclusionDocument(overrides: Partial<ConclusionDocument> = {}): ConclusionDocument {
  return {
    id: 'd-1',
    kind: 'CONCLUDING_NOTICE',
    number: '125-TB/VPUBND',
    issuedOn: '2026-11-20',
    issuingBodyId: 'b-ubnd',
    issuingBodyName: 'Ủy ban nhân dân tỉnh',
    signer: 'Trần Văn Cường',
    summary: 'Kết luận tại cuộc họp giao ban tháng 11',
    meetingId: null,
    officeId: OFFICE_ID,
    attachmentIds: [],
    tasks: counts({ assigned: 1, inProgress: 1, inProgressPercent: 100 }),
    version: 3,
    updatedAt: '2026-11-20T10:00:00+07:00',
    ...overrides,
  };
}

/** A stored file's metadata (GET /attachments/{id}). */
export function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: 'a-1',
    fileName: 'bien-ban-hop.pdf',
    contentType: 'application/pdf',
    sizeBytes: 183_204,
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    createdAt: '2026-11-20T09:15:00+07:00',
    ...overrides,
  };
}

export function unitPage(items: Unit[] = units) {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: 1 };
}

export function taskPage(items: ConclusionTask[]): TaskPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

export function counts(overrides: Partial<StatusCounts> = {}): StatusCounts {
  return {
    assigned: 0,
    doneOnTime: 0,
    doneLate: 0,
    inProgress: 0,
    extended: 0,
    overdue: 0,
    cancelled: 0,
    doneOnTimePercent: 0,
    doneLatePercent: 0,
    inProgressPercent: 0,
    extendedPercent: 0,
    overduePercent: 0,
    ...overrides,
  };
}

export function statistics(overrides: Partial<ConclusionStatistics> = {}): ConclusionStatistics {
  return {
    from: '2026-01-01',
    to: '2026-11-24',
    asOf: '2026-11-27',
    total: counts({
      assigned: 3,
      doneOnTime: 1,
      inProgress: 1,
      overdue: 1,
      doneOnTimePercent: 33.3,
      inProgressPercent: 33.3,
      overduePercent: 33.3,
    }),
    byUnit: [
      {
        unitId: GD.id,
        unitCode: GD.code,
        unitName: GD.name,
        counts: counts({ assigned: 2, doneOnTime: 1, overdue: 1, doneOnTimePercent: 50, overduePercent: 50 }),
      },
      {
        unitId: YT.id,
        unitCode: YT.code,
        unitName: YT.name,
        counts: counts({ assigned: 1, inProgress: 1, inProgressPercent: 100 }),
      },
    ],
    ...overrides,
  };
}

export { stubObjectUrls } from '@/testing/object-urls';
