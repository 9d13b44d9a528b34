import type { MeResponse } from '@/lib/api/types';
import type { Unit } from '@/lib/api/units';
import { specialist, unitOfficer as baseUnitOfficer } from '@/testing/fixtures';
import type { Figure, Finding, Office, Review, ReviewFigures, ReviewRotation, ReviewSummary } from '../api/types';

export const VPUB_OFFICE = specialist.office!.id;
export const VPTU_OFFICE = '00000000-0000-0000-0000-0000000000b2';
export const VPDB_OFFICE = '00000000-0000-0000-0000-0000000000b3';

/** A specialist of the Party Committee Office: hosts the reviews of these tests. */
export const vptuSpecialist: MeResponse = {
  ...specialist,
  id: 'user-vptu',
  fullName: 'Lê Thị Hoa',
  office: { ...specialist.office!, id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU' },
};
/** A leader of the Party Committee Office: finalises them. */
export const vptuLeader: MeResponse = { ...vptuSpecialist, id: 'user-vptu-leader', fullName: 'Hoàng Văn Tổng Hợp', role: 'OFFICE_LEADER' };
export const ubndSpecialist: MeResponse = specialist;
export const unitOfficer: MeResponse = baseUnitOfficer;

export const offices: Office[] = [
  { id: VPTU_OFFICE, code: 'VPTU', kind: 'PARTY_COMMITTEE_OFFICE', nameVi: 'Văn phòng Tỉnh ủy', nameEn: 'Party Committee Office', shortName: 'VPTU', email: null, active: true, version: 0 },
  { ...specialist.office!, id: VPUB_OFFICE, nameVi: 'Văn phòng UBND tỉnh', shortName: 'VP UBND' },
  {
    active: true,
    email: null,
    version: 0,
    id: VPDB_OFFICE,
    code: 'VPDB',
    kind: 'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE',
    nameVi: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    nameEn: "Office of the NA Delegation and People's Council",
    shortName: 'VPĐB',
  },
];

const ref = (o: Office) => ({ id: o.id, code: o.code, name: o.nameVi, shortName: o.shortName });
export const VPTU = ref(offices[0]!);
export const VPUB = ref(offices[1]!);
export const VPDB = ref(offices[2]!);

export const units: Unit[] = [
  { id: 'u-stc', code: 'STC', name: 'Sở Tài chính', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: '2026-01-01T00:00:00+07:00' } as Unit,
];

export function page<T>(items: T[], totalPages = 1, pageNo = 0) {
  return { items, page: pageNo, size: 20, totalItems: items.length, totalPages };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'f-1',
    section: 'RESULT',
    position: 1,
    content: 'Phối hợp chặt chẽ trong phục vụ các hội nghị lớn của tỉnh',
    cause: null,
    task: null,
    version: 0,
    updatedAt: '2026-01-10T09:00:00+07:00',
    ...overrides,
  };
}

export function review(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r-1',
    number: '1/2026',
    kind: 'ANNUAL',
    title: 'Đánh giá công tác phối hợp năm 2025',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    hostOffice: VPTU,
    participatingOffices: [VPUB, VPDB],
    meetingId: null,
    status: 'DRAFT',
    finalisedAt: null,
    finalisedBy: null,
    findings: [
      finding(),
      finding({
        id: 'f-2',
        section: 'SHORTCOMING',
        content: 'Thông tin lịch họp lớn đôi khi gửi muộn',
        cause: 'Chưa có đầu mối trao đổi lịch thường xuyên',
      }),
      finding({ id: 'f-3', section: 'PROPOSAL', content: 'Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý' }),
    ],
    allowedActions: ['EDIT', 'CONVERT_PROPOSAL'],
    version: 3,
    createdAt: '2026-01-05T08:00:00+07:00',
    updatedAt: '2026-01-10T09:00:00+07:00',
    ...overrides,
  };
}

export function summary(overrides: Partial<ReviewSummary> = {}): ReviewSummary {
  const r = review();
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    title: r.title,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    hostOffice: r.hostOffice,
    status: r.status,
    finalisedAt: r.finalisedAt,
    version: r.version,
    updatedAt: r.updatedAt,
    ...overrides,
  };
}

const API = '/api/v1';
const MEETINGS = `${API}/meetings?from=2025-01-01&to=2025-12-31&held=true`;

/** A figure with each office's value in the order of `offices`: [VPTU, VP UBND, VPĐB]. */
function figure(key: string, label: string, link: string | null, total: [number, number], byOffice: number[], extra: Partial<Figure> = {}): Figure {
  const ids = [VPTU_OFFICE, VPUB_OFFICE, VPDB_OFFICE];
  const value = (officeId: string | null, now: number, before: number, href: string | null) => ({
    officeId,
    value: now,
    previousValue: before,
    change: now - before,
    changePercent: before === 0 ? null : Math.round(((now - before) * 1000) / before) / 10,
    percent: null,
    link: href,
  });
  return {
    key,
    qualifier: null,
    label,
    basis: null,
    total: value(null, total[0], total[1], link),
    byOffice: byOffice.map((v, i) => value(ids[i]!, v, 0, link ? `${link}${link.includes('?') ? '&' : '?'}officeId=${ids[i]}` : null)),
    ...extra,
  };
}

export function figures(overrides: Partial<ReviewFigures> = {}): ReviewFigures {
  const onTime = figure('PROGRAMMES_ON_TIME', 'Chương trình gửi đúng hạn', `${API}/programmes?deadlineFrom=2025-01-01&deadlineTo=2025-12-31&onTime=true`, [550, 500], [300, 150, 100]);
  onTime.total.percent = 94;
  return {
    reviewId: 'r-1',
    from: '2025-01-01',
    to: '2025-12-31',
    previousFrom: '2024-01-01',
    previousTo: '2024-12-31',
    computedAt: '2026-11-24T09:15:00+07:00',
    frozen: false,
    offices: [VPTU, VPUB, VPDB],
    sections: [
      {
        section: 'MEETINGS',
        available: true,
        note: null,
        figures: [
          figure('MEETINGS_HELD', 'Hội nghị, cuộc họp đã phục vụ', MEETINGS, [1234, 1100], [812, 640, 231]),
          figure('MEETINGS_BY_KIND', 'Hội nghị Thường trực Thành ủy', `${MEETINGS}&kindId=k-tt`, [120, 98], [120, 0, 0], { qualifier: 'STANDING_BOARD' }),
        ],
      },
      {
        section: 'CALENDARS',
        available: true,
        note: null,
        figures: [figure('PROGRAMMES_DUE', 'Chương trình phải gửi', `${API}/programmes?deadlineFrom=2025-01-01&deadlineTo=2025-12-31`, [585, 560], [320, 160, 105]), onTime],
      },
      {
        section: 'CONCLUSIONS',
        available: true,
        note: null,
        figures: [figure('TASKS_ASSIGNED', 'Nhiệm vụ được giao', `${API}/conclusion-tasks?issuedFrom=2025-01-01&issuedTo=2025-12-31`, [40, 45], [20, 12, 8])],
      },
      {
        section: 'PETITIONS',
        available: false,
        note: 'Chưa có số liệu: chức năng đơn thư, tiếp công dân và kiến nghị cử tri chưa được đưa vào sử dụng.',
        figures: [],
      },
    ],
    ...overrides,
  };
}

export const rotation: ReviewRotation = {
  offices: [VPTU, VPDB, VPUB],
  agreed: false,
  lastAnnualReviewId: 'r-0',
  lastHost: VPUB,
  nextHost: VPTU,
};

/** Problem details with per-field errors, as the server answers 400 and 422. */
export function validationProblem(status: number, detail: string, errors: { field: string; message: string }[]) {
  return new Response(
    JSON.stringify({ type: 'urn:lienthong:problem:validation', title: 'Invalid request', status, detail, instance: '/api/v1/reviews', requestId: null, errors }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
