import type { MeResponse } from '@/lib/api/types';
import { specialist, unitOfficer as baseUnitOfficer } from '@/testing/fixtures';
import type {
  AgendaItem,
  Invitee,
  Leader,
  LeadershipBody,
  Meeting,
  MeetingDocument,
  MeetingKind,
  MeetingSummary,
  MeetingTask,
  Minutes,
  Office,
  Unit,
} from '../api/types';

export const VPUB_OFFICE = specialist.office!.id;
export const VPTU_OFFICE = '00000000-0000-0000-0000-0000000000b2';
export const VPDB_OFFICE = '00000000-0000-0000-0000-0000000000b3';

/** A specialist of the Party Committee Office: hosts the meetings of these tests. */
export const vptuSpecialist: MeResponse = {
  ...specialist,
  id: 'user-vptu',
  fullName: 'Lê Thị Hoa',
  office: { ...specialist.office!, id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office' },
};
export const vptuLeader: MeResponse = { ...vptuSpecialist, id: 'user-vptu-leader', fullName: 'Hoàng Văn Tổng Hợp', role: 'OFFICE_LEADER' };
/** A specialist of the People's Committee Office: supports them. */
export const ubndSpecialist: MeResponse = specialist;
export const unitOfficer: MeResponse = baseUnitOfficer;

export const kinds: MeetingKind[] = [
  { id: 'k-tt', code: 'STANDING_BOARD', nameVi: 'Hội nghị Thường trực Thành ủy', nameEn: 'Standing-board meeting', system: true },
  { id: 'k-cd', code: 'THEMATIC_CONFERENCE', nameVi: 'Hội nghị chuyên đề', nameEn: 'Thematic conference', system: true },
];

export const bodies: LeadershipBody[] = [
  { id: 'b-tttu', officeId: VPTU_OFFICE, code: 'TTTU', nameVi: 'Thường trực Tỉnh ủy', nameEn: 'Standing Board of the Provincial Party Committee', active: true, version: 0 },
  { id: 'b-ubnd', officeId: VPUB_OFFICE, code: 'UBND', nameVi: 'Ủy ban nhân dân tỉnh', nameEn: "Provincial People's Committee", active: true, version: 0 },
];

export const leaders: Leader[] = [
  { id: 'l-bt', fullName: 'Nguyễn Văn An', titleVi: 'Bí thư Tỉnh ủy', titleEn: 'Provincial Party Secretary', bodyId: 'b-tttu', bodyName: 'Thường trực Tỉnh ủy', protocolOrder: 0, active: true, version: 0 },
  { id: 'l-pbt', fullName: 'Trần Thị Bình', titleVi: 'Phó Bí thư Tỉnh ủy', titleEn: 'Deputy Secretary', bodyId: 'b-tttu', bodyName: 'Thường trực Tỉnh ủy', protocolOrder: 0, active: true, version: 0 },
];

export const offices: Office[] = [
  { id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU', email: null, active: true, version: 0 },
  { ...specialist.office!, id: VPUB_OFFICE, nameVi: 'Văn phòng UBND tỉnh' },
  { id: VPDB_OFFICE, code: 'VPDB', kind: 'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', nameVi: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', nameEn: 'Office of the NA Delegation and People\'s Council', shortName: 'VPĐB', email: null, active: true, version: 0 },
];

export const units: Unit[] = [
  {
    id: 'u-stc',
    code: 'STC',
    name: 'Sở Tài chính',
    kind: 'DEPARTMENT',
    validFrom: '2020-01-01',
    validTo: null,
    version: 0,
    updatedAt: '2026-01-01T00:00:00+07:00',
  } as Unit,
];

export function page<T>(items: T[], totalPages = 1, pageNo = 0) {
  return { items, page: pageNo, size: 20, totalItems: items.length, totalPages };
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm-1',
    kind: { id: 'k-tt', name: 'Hội nghị Thường trực Thành ủy' },
    kindCode: 'STANDING_BOARD',
    title: 'Hội nghị Thường trực Tỉnh ủy tháng 11',
    startsAt: '2026-11-27T08:00:00+07:00',
    endsAt: '2026-11-27T11:30:00+07:00',
    venue: 'Phòng họp số 1, Tỉnh ủy',
    format: 'IN_PERSON',
    body: { id: 'b-tttu', name: 'Thường trực Tỉnh ủy' },
    hostOffice: { id: VPTU_OFFICE, name: 'Văn phòng Tỉnh ủy' },
    status: 'PLANNED',
    confidentiality: 'INTERNAL',
    version: 2,
    updatedAt: '2026-11-24T09:00:00+07:00',
    leaders: [{ id: 'l-bt', fullName: 'Nguyễn Văn An', title: 'Bí thư Tỉnh ủy' }],
    supportingOffices: [{ id: VPUB_OFFICE, name: 'Văn phòng UBND tỉnh' }],
    statusReason: null,
    description: null,
    calendarItemId: 'ci-1',
    counts: {
      tasks: 0,
      openTasks: 0,
      overdueTasks: 0,
      invitees: 0,
      attending: 0,
      absent: 0,
      substitutes: 0,
      pendingReplies: 0,
      attended: 0,
      agendaItems: 0,
      documents: 0,
      bridgePoints: 0,
      expectedDelegates: 0,
      actualDelegates: 0,
    },
    clashes: [],
    conclusions: [],
    documentsVisible: true,
    allowedActions: ['EDIT', 'POSTPONE', 'CANCEL', 'INVITE'],
    createdAt: '2026-11-20T09:00:00+07:00',
    ...overrides,
  };
}

export function summary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  const m = meeting();
  return {
    id: m.id,
    kind: m.kind,
    kindCode: m.kindCode,
    title: m.title,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    venue: m.venue,
    format: m.format,
    body: m.body,
    hostOffice: m.hostOffice,
    status: m.status,
    confidentiality: m.confidentiality,
    version: m.version,
    updatedAt: m.updatedAt,
    ...overrides,
  };
}

export function task(overrides: Partial<MeetingTask> = {}): MeetingTask {
  return {
    id: 't-1',
    meetingId: 'm-1',
    meetingTitle: 'Hội nghị Thường trực Tỉnh ủy tháng 11',
    meetingStartsAt: '2026-11-27T08:00:00+07:00',
    meetingStatus: 'INVITED',
    hostOffice: { id: VPTU_OFFICE, name: 'Văn phòng Tỉnh ủy' },
    category: 'SOUND_AND_SCREENS',
    title: 'Chuẩn bị âm thanh, màn hình',
    assigneeOffice: { id: VPUB_OFFICE, name: 'Văn phòng UBND tỉnh' },
    assigneeUnit: null,
    dueAt: '2026-11-26T16:00:00+07:00',
    note: null,
    done: false,
    doneAt: null,
    doneByName: null,
    doneNote: null,
    overdue: false,
    canComplete: true,
    version: 0,
    ...overrides,
  };
}

export function agendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 'a-1',
    meetingId: 'm-1',
    position: 1,
    title: 'Báo cáo tình hình kinh tế – xã hội tháng 11',
    presenter: 'Giám đốc Sở Tài chính',
    startsAt: '2026-11-27T08:00:00+07:00',
    endsAt: '2026-11-27T08:45:00+07:00',
    notes: null,
    version: 0,
    ...overrides,
  };
}

export function meetingDocument(overrides: Partial<MeetingDocument> = {}): MeetingDocument {
  return {
    id: 'd-1',
    meetingId: 'm-1',
    agendaItemId: null,
    title: 'Dự thảo báo cáo',
    versions: [
      {
        version: 1,
        attachmentId: 'att-1',
        fileName: 'bao-cao.pdf',
        contentType: 'application/pdf',
        sizeBytes: 482_113,
        note: null,
        uploadedByName: 'Lê Thị Hoa',
        uploadedAt: '2026-11-24T15:00:00+07:00',
      },
    ],
    updatedAt: '2026-11-24T15:00:00+07:00',
    ...overrides,
  };
}

export function invitee(overrides: Partial<Invitee> = {}): Invitee {
  return {
    id: 'i-1',
    meetingId: 'm-1',
    kind: 'UNIT',
    name: 'Sở Tài chính',
    personTitle: null,
    userId: null,
    bodyId: null,
    unitId: 'u-stc',
    email: null,
    reply: 'PENDING',
    replyReason: null,
    substituteName: null,
    repliedAt: null,
    repliedByName: null,
    attended: null,
    attendanceNote: null,
    canReply: false,
    ...overrides,
  };
}

export function minutes(overrides: Partial<Minutes> = {}): Minutes {
  return {
    meetingId: 'm-1',
    content: 'Hội nghị đã nghe báo cáo tình hình kinh tế – xã hội tháng 11.',
    attachmentIds: [],
    writtenByName: 'Lê Thị Hoa',
    writtenAt: '2026-11-27T15:00:00+07:00',
    approvedByName: null,
    approvedAt: null,
    version: 0,
    ...overrides,
  };
}

/** Problem details with per-field errors, as the server answers 422 (and 400 for a malformed body). */
export function validationProblem(status: number, detail: string, errors: { field: string; message: string }[]) {
  return new Response(
    JSON.stringify({ type: 'urn:lienthong:problem:unprocessable', title: 'Request cannot be processed', status, detail, instance: '/api/v1/meetings', requestId: null, errors }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
