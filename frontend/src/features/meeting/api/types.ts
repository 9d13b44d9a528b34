// Aliases of the generated OpenAPI types (src/lib/api/schema.d.ts) for the meetings feature. Like src/lib/api/types.ts
// they are taken from the operations (path + method), so a renamed schema in the contract does not break them. Never
// hand-write API shapes.
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';

export type MeetingPage = OkBody<paths['/api/v1/meetings']['get']>;
export type MeetingSummary = MeetingPage['items'][number];
export type MeetingsQuery = Query<paths['/api/v1/meetings']['get']>;
export type Meeting = OkBody<paths['/api/v1/meetings/{id}']['get']>;
export type MeetingRequest = RequestBody<paths['/api/v1/meetings']['post']>;
export type CreatedMeeting = CreatedBody<paths['/api/v1/meetings']['post']>;
export type MeetingEvent = OkBody<paths['/api/v1/meetings/{id}/history']['get']>[number];
export type Postponement = RequestBody<paths['/api/v1/meetings/{id}/postponement']['post']>;
export type Cancellation = RequestBody<paths['/api/v1/meetings/{id}/cancellation']['post']>;

export type MeetingKind = OkBody<paths['/api/v1/meeting-kinds']['get']>[number];
export type LeaderPage = OkBody<paths['/api/v1/leaders']['get']>;
export type Leader = LeaderPage['items'][number];
export type LeadershipBody = OkBody<paths['/api/v1/bodies']['get']>[number];
export type Office = OkBody<paths['/api/v1/offices']['get']>[number];
export type Unit = OkBody<paths['/api/v1/units']['get']>['items'][number];

export type MeetingTask = OkBody<paths['/api/v1/meeting-tasks/{taskId}']['get']>;
export type MeetingTaskPage = OkBody<paths['/api/v1/meeting-tasks']['get']>;
export type MeetingTasksQuery = Query<paths['/api/v1/meeting-tasks']['get']>;
export type MeetingTaskRequest = RequestBody<paths['/api/v1/meetings/{id}/tasks']['post']>;
export type TaskCompletion = RequestBody<paths['/api/v1/meeting-tasks/{taskId}/completion']['post']>;

export type AgendaItem = OkBody<paths['/api/v1/meetings/{id}/agenda']['get']>[number];
export type AgendaItemRequest = RequestBody<paths['/api/v1/meetings/{id}/agenda']['post']>;

export type MeetingDocument = OkBody<paths['/api/v1/meetings/{id}/documents']['get']>[number];
export type DocumentVersion = MeetingDocument['versions'][number];
export type MeetingDocumentRequest = RequestBody<paths['/api/v1/meetings/{id}/documents']['post']>;
export type DocumentVersionRequest = RequestBody<paths['/api/v1/meetings/{id}/documents/{documentId}/versions']['post']>;
export type UploadedAttachment = CreatedBody<paths['/api/v1/attachments']['post']>;
export type Attachment = OkBody<paths['/api/v1/attachments/{id}']['get']>;

export type Invitee = OkBody<paths['/api/v1/meetings/{id}/invitees']['get']>[number];
export type InviteeRequest = RequestBody<paths['/api/v1/meetings/{id}/invitees']['post']>;
export type InviteeReply = RequestBody<paths['/api/v1/meetings/{id}/invitees/{inviteeId}/reply']['post']>;
export type AttendanceRequest = RequestBody<paths['/api/v1/meetings/{id}/invitees/attendance']['put']>;
export type AttendanceEntry = AttendanceRequest['entries'][number];

export type Minutes = OkBody<paths['/api/v1/meetings/{id}/minutes']['get']>;
export type MinutesRequest = RequestBody<paths['/api/v1/meetings/{id}/minutes']['put']>;
export type OutcomeNotice = OkBody<paths['/api/v1/meetings/{id}/outcome-notices']['get']>[number];
export type OutcomeNoticeRequest = RequestBody<paths['/api/v1/meetings/{id}/outcome-notices']['post']>;

export type MeetingStatus = Meeting['status'];
export type MeetingFormat = Meeting['format'];
export type Confidentiality = Meeting['confidentiality'];
export type MeetingAction = Meeting['allowedActions'][number];
export type MeetingClash = Meeting['clashes'][number];
export type MeetingCounts = Meeting['counts'];
export type TaskCategory = MeetingTask['category'];
export type TaskScope = NonNullable<MeetingTasksQuery['scope']>;
export type InviteeKind = Invitee['kind'];
export type Reply = Invitee['reply'];
export type NamedRef = Meeting['kind'];

export type BridgePointPage = OkBody<paths['/api/v1/meetings/{id}/bridge-points']['get']>;
export type BridgePoint = BridgePointPage['items'][number];
export type BridgePointRequest = RequestBody<paths['/api/v1/meetings/{id}/bridge-points']['post']>;
export type BridgePointImportQuery = Query<paths['/api/v1/meetings/{id}/bridge-points/import']['post']>;
export type ImportMode = NonNullable<BridgePointImportQuery['mode']>;
export type BridgePointImportResult = OkBody<paths['/api/v1/meetings/{id}/bridge-points/import']['post']>;
export type TemplateFormat = NonNullable<Query<paths['/api/v1/meetings/{id}/bridge-points/template']['get']>['format']>;

export type MeetingStatistics = OkBody<paths['/api/v1/meeting-statistics']['get']>;
export type StatisticsQuery = Query<paths['/api/v1/meeting-statistics']['get']>;
