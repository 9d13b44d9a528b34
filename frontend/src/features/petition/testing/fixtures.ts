import type { MeResponse } from '@/lib/api/types';
import { admin as baseAdmin, specialist, unitOfficer as baseUnitOfficer } from '@/testing/fixtures';
import type {
  DisclosureEntry,
  DuplicateCandidate,
  LeadershipBody,
  Office,
  Petition,
  PetitionStatistics,
  PetitionSummary,
  ReceptionSession,
  StatisticsCounts,
  UnitAssignment,
  UploadedAttachment,
  VoterRecommendation,
} from '../api/types';

export const VPTU_OFFICE = '00000000-0000-0000-0000-0000000000b2';
export const VPUB_OFFICE = specialist.office!.id;

/** A specialist of the Party Committee Office: handles the petitions of these tests. */
export const vptuSpecialist: MeResponse = {
  ...specialist,
  id: 'user-vptu',
  fullName: 'Lê Thị Hoa',
  office: { ...specialist.office!, id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office' },
};
/** A leader of the same office: assigns the handlers, sees the identities only as redacted. */
export const vptuLeader: MeResponse = { ...vptuSpecialist, id: 'user-vptu-leader', fullName: 'Hoàng Văn Tổng Hợp', role: 'OFFICE_LEADER' };
export const unitOfficer: MeResponse = baseUnitOfficer;
export const admin: MeResponse = baseAdmin;

export const bodies: LeadershipBody[] = [
  { id: 'b-tttu', officeId: VPTU_OFFICE, code: 'TTTU', nameVi: 'Thường trực Tỉnh ủy', nameEn: 'Standing Board of the Provincial Party Committee', active: true, version: 0 },
  { id: 'b-ubnd', officeId: VPUB_OFFICE, code: 'UBND', nameVi: 'Ủy ban nhân dân tỉnh', nameEn: "Provincial People's Committee", active: true, version: 0 },
];

export const offices: Office[] = [
  { id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU', email: null, active: true, version: 0 },
  { ...specialist.office!, id: VPUB_OFFICE, nameVi: 'Văn phòng UBND tỉnh' },
];

export function page<T>(items: T[], totalPages = 1, pageNo = 0) {
  return { items, page: pageNo, size: 20, totalItems: items.length, totalPages };
}

export function summary(overrides: Partial<PetitionSummary> = {}): PetitionSummary {
  return {
    id: 'p-1',
    number: '12/2026',
    kind: 'COMPLAINT',
    channel: 'POST',
    receivedOn: '2026-11-16',
    subject: 'Khiếu nại quyết định thu hồi đất tại phường Cầu Giấy',
    status: 'RECEIVED',
    petitionerCount: 1,
    anonymous: false,
    crowd: false,
    dueOn: '2026-11-27',
    daysLeft: 3,
    overdue: false,
    version: 1,
    updatedAt: '2026-11-16T09:00:00+07:00',
    ...overrides,
  };
}

/** The denouncer of the tests: a name that must never be on the page unless disclosed. */
export const DENOUNCER = 'Phạm Văn Tố Giác';

export function petition(overrides: Partial<Petition> = {}): Petition {
  return {
    id: 'p-1',
    number: '12/2026',
    officeId: VPTU_OFFICE,
    kind: 'DENUNCIATION',
    channel: 'E_PORTAL',
    receivedOn: '2026-11-20',
    subject: 'Tố cáo cán bộ địa chính phường nhận tiền',
    content: 'Tôi tố cáo cán bộ địa chính phường đã nhận tiền để làm sổ đỏ nhanh.',
    contestedAct: null,
    addressedTo: 'Thường trực Tỉnh ủy',
    addressedBodyId: 'b-tttu',
    transferredFrom: null,
    status: 'RECEIVED',
    petitionerCount: 1,
    anonymous: false,
    crowd: false,
    trackingCode: 'TC-7Q2K9',
    petitioners: [{ position: 1, representative: false, redacted: true, identity: null }],
    handlers: [],
    attachmentIds: [],
    identityScans: 0,
    handling: {
      eligible: null,
      ineligibleReason: null,
      complexity: 'NORMAL',
      remoteArea: false,
      round: null,
      classifiedAt: null,
      firstDueOn: '2026-12-01',
      firstDueRule: 'Luật Tố cáo 2018, khoản 1 Điều 24',
      resolutionDueOn: null,
      resolutionMaxOn: null,
      resolutionDueRule: null,
      dueOn: '2026-12-01',
      daysLeft: 7,
      overdue: false,
      documents: [],
      forwardings: [],
      unitAssignments: [],
    },
    caseId: null,
    flags: [],
    allowedActions: [],
    version: 1,
    createdAt: '2026-11-20T09:00:00+07:00',
    updatedAt: '2026-11-20T09:00:00+07:00',
    ...overrides,
  };
}

export function duplicate(overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return {
    petitionId: 'p-0',
    number: '3/2026',
    kind: 'DENUNCIATION',
    receivedOn: '2026-09-02',
    subject: 'Tố cáo cán bộ địa chính phường',
    status: 'FORWARDED',
    caseId: null,
    samePetitioner: true,
    similarity: 0.82,
    ...overrides,
  };
}

/** A file as POST /attachments answers for it: a scan of a petition, or an enclosure. */
export function uploaded(overrides: Partial<UploadedAttachment> = {}): UploadedAttachment {
  return {
    id: 'u-1',
    fileName: 'don-to-cao.pdf',
    contentType: 'application/pdf',
    sizeBytes: 245_760,
    sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
    createdAt: '2026-11-24T09:00:00+07:00',
    ...overrides,
  };
}

/** Problem details with per-field errors, as the server answers 400 for an invalid body. */
export function validationProblem(status: number, detail: string, errors: { field: string; message: string }[]) {
  return new Response(
    JSON.stringify({ type: 'urn:lienthong:problem:validation', title: 'Invalid request', status, detail, instance: '/api/v1/petitions', requestId: null, errors }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function counts(overrides: Partial<StatisticsCounts> = {}): StatisticsCounts {
  return {
    received: 0,
    eligible: 0,
    notEligible: 0,
    unclassified: 0,
    awaitingHandling: 0,
    accepted: 0,
    inResolution: 0,
    forwarded: 0,
    guided: 0,
    filed: 0,
    resolved: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    firstStepOnTime: 0,
    firstStepLate: 0,
    overdue: 0,
    crowd: 0,
    ...overrides,
  };
}

export function statistics(): PetitionStatistics {
  const total = counts({
    received: 979,
    eligible: 120,
    notEligible: 801,
    unclassified: 58,
    awaitingHandling: 58,
    accepted: 60,
    inResolution: 12,
    forwarded: 698,
    guided: 103,
    filed: 72,
    resolved: 48,
    resolvedOnTime: 45,
    resolvedLate: 3,
    firstStepOnTime: 900,
    firstStepLate: 21,
    overdue: 7,
    crowd: 14,
  });
  return {
    from: '2026-01-01',
    to: '2026-11-24',
    officeId: null,
    bodyId: null,
    asOf: '2026-11-24',
    totals: total,
    documents: {
      total: 861,
      byKind: [
        { kind: 'FORWARDING_LETTER', name: 'Công văn chuyển đơn', documents: 698 },
        { kind: 'GUIDANCE_LETTER', name: 'Văn bản hướng dẫn', documents: 103 },
        { kind: 'ACCEPTANCE_NOTICE', name: 'Thông báo thụ lý', documents: 60 },
        { kind: 'FILING_NOTE', name: 'Phiếu lưu đơn', documents: 0 },
        { kind: 'RESOLUTION_DECISION', name: 'Quyết định giải quyết', documents: 0 },
      ],
      byOffice: [],
    },
    byKind: [
      { kind: 'COMPLAINT', name: 'Khiếu nại', counts: counts({ received: 512, forwarded: 400, overdue: 5 }) },
      { kind: 'DENUNCIATION', name: 'Tố cáo', counts: counts({ received: 201, forwarded: 150, overdue: 2 }) },
      { kind: 'RECOMMENDATION', name: 'Kiến nghị', counts: counts({ received: 166, forwarded: 100 }) },
      { kind: 'REFLECTION', name: 'Phản ánh', counts: counts({ received: 100, forwarded: 48 }) },
    ],
    byChannel: [
      { channel: 'POST', name: 'Qua bưu điện', counts: counts({ received: 700 }) },
      { channel: 'IN_PERSON', name: 'Trực tiếp', counts: counts({ received: 179 }) },
      { channel: 'VOTER_MEETING', name: 'Tiếp xúc cử tri', counts: counts({ received: 0 }) },
      { channel: 'E_PORTAL', name: 'Cổng thông tin điện tử', counts: counts({ received: 100 }) },
      { channel: 'TRANSFERRED', name: 'Cơ quan khác chuyển đến', counts: counts({ received: 0 }) },
    ],
    byOffice: [{ id: VPTU_OFFICE, name: 'Văn phòng Tỉnh ủy', counts: total, documents: 861 }],
    byBody: [
      { id: 'b-tttu', name: 'Thường trực Tỉnh ủy', counts: counts({ received: 900, forwarded: 650 }), documents: 800 },
      { id: null, name: '', counts: counts({ received: 79, forwarded: 48 }), documents: 61 },
    ],
    byMonth: [
      { month: '2026-10', counts: counts({ received: 90, overdue: 3 }) },
      { month: '2026-11', counts: counts({ received: 60, overdue: 4 }) },
    ],
  };
}

export function disclosure(overrides: Partial<DisclosureEntry> = {}): DisclosureEntry {
  return {
    id: 'd-1',
    petitionId: 'p-1',
    petitionNumber: '12/2026',
    userId: 'user-vptu',
    userName: 'Lê Thị Hoa',
    reason: 'Cần liên hệ người tố cáo để làm rõ nội dung tố cáo',
    disclosedAt: '2026-11-24T14:05:00+07:00',
    ...overrides,
  };
}

export function unitAssignment(overrides: Partial<UnitAssignment> = {}): UnitAssignment {
  return {
    id: 'ua-1',
    petitionId: 'p-1',
    petitionNumber: '12/2026',
    petitionSubject: 'Tố cáo cán bộ địa chính phường nhận tiền',
    unitId: 'u-pcg',
    unitName: 'Phường Cầu Giấy',
    request: 'Xác minh việc cấp giấy chứng nhận quyền sử dụng đất cho hộ ông Nguyễn Văn A.',
    dueOn: '2026-11-30',
    result: null,
    reportedAt: null,
    ...overrides,
  };
}

export function receptionSession(overrides: Partial<ReceptionSession> = {}): ReceptionSession {
  return {
    id: 's-1',
    kind: 'REGULAR',
    hostOffice: { id: VPTU_OFFICE, name: 'Văn phòng Tỉnh ủy' },
    body: { id: 'b-tttu', name: 'Thường trực Tỉnh ủy' },
    leaders: [{ id: 'l-bt', fullName: 'Nguyễn Văn An', title: 'Bí thư Tỉnh ủy' }],
    occasion: null,
    startsAt: '2026-11-24T08:00:00+07:00',
    endsAt: '2026-11-24T11:30:00+07:00',
    venue: 'Trụ sở Tiếp công dân tỉnh',
    publicSession: true,
    status: 'PLANNED',
    citizensCount: null,
    version: 3,
    updatedAt: '2026-11-20T09:00:00+07:00',
    participatingOffices: [],
    cancelReason: null,
    outcome: null,
    issuesRaised: null,
    heldAt: null,
    calendarItemId: 'ci-1',
    petitionCount: 0,
    clashes: [],
    allowedActions: ['EDIT', 'HOLD', 'CANCEL', 'RECORD_PETITION'],
    createdAt: '2026-11-10T09:00:00+07:00',
    ...overrides,
  };
}

export function recommendation(overrides: Partial<VoterRecommendation> = {}): VoterRecommendation {
  return {
    id: 'r-1',
    number: '5/2026',
    gatheredBy: 'NA_DELEGATION',
    meetingDate: '2026-10-15',
    content: 'Đề nghị sớm nâng cấp tuyến đường tỉnh 419 qua xã Tân Lập.',
    topic: 'Giao thông',
    assignedUnit: null,
    assignedAuthority: null,
    dueOn: null,
    status: 'GATHERED',
    overdue: false,
    published: false,
    version: 0,
    updatedAt: '2026-10-16T09:00:00+07:00',
    office: { id: 'o-vpdb', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' },
    meetingPlace: 'Nhà văn hóa xã Tân Lập',
    delegates: 'Đại biểu Trần Văn B',
    note: null,
    sharedMatter: false,
    assignedOn: null,
    dueRule: null,
    answer: null,
    answeredOn: null,
    answerDocumentNumber: null,
    answeredByName: null,
    answeredOnTime: null,
    publishedAt: null,
    allowedActions: ['EDIT', 'ASSIGN'],
    createdAt: '2026-10-16T09:00:00+07:00',
    ...overrides,
  };
}
