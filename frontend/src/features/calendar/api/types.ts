// Aliases of the generated OpenAPI types (src/lib/api/schema.d.ts) for the calendars feature. Like
// src/lib/api/types.ts they are taken from the operations (path + method), so a renamed schema in the contract
// does not break them. Never hand-write API shapes.
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';

export type Calendar = OkBody<paths['/api/v1/calendars']['get']>[number];
export type LeaderPage = OkBody<paths['/api/v1/leaders']['get']>;
export type Leader = LeaderPage['items'][number];
export type LeadersQuery = Query<paths['/api/v1/leaders']['get']>;

export type ProgrammePage = OkBody<paths['/api/v1/programmes']['get']>;
export type ProgrammesQuery = Query<paths['/api/v1/programmes']['get']>;
export type Programme = OkBody<paths['/api/v1/programmes/{id}']['get']>;
export type ProgrammeRequest = RequestBody<paths['/api/v1/programmes']['post']>;
export type ReturnRequest = RequestBody<paths['/api/v1/programmes/{id}/return']['post']>;
export type ApprovalRequest = RequestBody<paths['/api/v1/programmes/{id}/approval']['post']>;
export type Amendment = OkBody<paths['/api/v1/programmes/{id}/amendments']['get']>[number];

export type ItemPage = OkBody<paths['/api/v1/programmes/{id}/items']['get']>;
export type ProgrammeItem = ItemPage['items'][number];
export type ItemRequest = RequestBody<paths['/api/v1/programmes/{id}/items']['post']>;
export type ItemWrite = CreatedBody<paths['/api/v1/programmes/{id}/items']['post']>;
export type Ref = ProgrammeItem['participantUnits'][number];

export type ClashCheckRequest = RequestBody<paths['/api/v1/clash-checks']['post']>;
export type ClashList = OkBody<paths['/api/v1/clashes']['get']>;
export type Clash = ClashList['clashes'][number];
export type ClashesQuery = Query<paths['/api/v1/clashes']['get']>;
export type ClashAcceptanceRequest = RequestBody<paths['/api/v1/clash-acceptances']['post']>;
export type ClashMergeRequest = RequestBody<paths['/api/v1/clash-merges']['post']>;

export type CalendarItemsQuery = Query<paths['/api/v1/calendar-items']['get']>;
export type WeeklyScheduleQuery = Query<paths['/api/v1/calendar-items/weekly-schedule']['get']>;
export type ScheduleFormat = NonNullable<WeeklyScheduleQuery['format']>;

export type DeadlineBoard = OkBody<paths['/api/v1/programme-deadlines']['get']>;
export type DeadlineRow = DeadlineBoard['rows'][number];

export type LeadershipBody = OkBody<paths['/api/v1/bodies']['get']>[number];
export type Office = OkBody<paths['/api/v1/offices']['get']>[number];
export type Unit = OkBody<paths['/api/v1/units']['get']>['items'][number];

export type PeriodKind = Programme['periodKind'];
export type ProgrammeStatus = Programme['status'];
export type ProgrammeAction = Programme['allowedActions'][number];
export type Visibility = ProgrammeItem['visibility'];
export type ClashKind = Clash['kind'];
export type ClashSeverity = Clash['severity'];
/** SUBMITTED_ON_TIME | SUBMITTED_LATE | DUE | OVERDUE (a plain string in the contract) */
export type DeadlineState = DeadlineRow['state'];
/** ADDED | CHANGED | CANCELLED (a plain string in the contract) */
export type AmendmentChange = Amendment['change'];
