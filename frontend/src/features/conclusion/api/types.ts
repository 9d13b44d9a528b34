// Aliases of the generated OpenAPI types (src/lib/api/schema.d.ts) for the conclusions feature.
// Like src/lib/api/types.ts they are taken from the operations (path + method), so a renamed
// schema in the contract does not break them. Never hand-write API shapes.
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';

export type ConclusionDocumentRequest = RequestBody<paths['/api/v1/conclusions']['post']>;
export type ConclusionTaskRequest = NonNullable<ConclusionDocumentRequest['tasks']>[number];
export type ConclusionTaskUnit = ConclusionTaskRequest['units'][number];
export type ConclusionPage = OkBody<paths['/api/v1/conclusions']['get']>;
export type ConclusionsQuery = Query<paths['/api/v1/conclusions']['get']>;
export type ConclusionDocument = OkBody<paths['/api/v1/conclusions/{id}']['get']>;
export type ConclusionUpdateRequest = RequestBody<paths['/api/v1/conclusions/{id}']['put']>;
/** The body of a PUT: the document's details only — `tasks` stays out (tasks are added with POST …/tasks). */
export type ConclusionDetails = Omit<ConclusionUpdateRequest, 'tasks'> & { tasks?: never };
export type AddTaskRequest = RequestBody<paths['/api/v1/conclusions/{id}/tasks']['post']>;
export type AddedTask = CreatedBody<paths['/api/v1/conclusions/{id}/tasks']['post']>;
export type StatusCounts = ConclusionDocument['tasks'];

export type TaskPage = OkBody<paths['/api/v1/conclusion-tasks']['get']>;
export type TasksQuery = Query<paths['/api/v1/conclusion-tasks']['get']>;
export type ConclusionTask = OkBody<paths['/api/v1/conclusion-tasks/{id}']['get']>;
export type PendingExtension = NonNullable<ConclusionTask['pendingExtension']>;
export type ConclusionTaskEvent = OkBody<paths['/api/v1/conclusion-tasks/{id}/history']['get']>[number];
export type ProgressReport = RequestBody<paths['/api/v1/conclusion-tasks/{id}/progress-reports']['post']>;
export type CompletionProposal = RequestBody<paths['/api/v1/conclusion-tasks/{id}/completion-proposals']['post']>;
export type Decision = RequestBody<paths['/api/v1/conclusion-tasks/{id}/completion-confirmations']['post']>;
export type ReasonedDecision = RequestBody<paths['/api/v1/conclusion-tasks/{id}/completion-returns']['post']>;
export type ExtensionRequest = RequestBody<paths['/api/v1/conclusion-tasks/{id}/extension-requests']['post']>;

export type ConclusionStatistics = OkBody<paths['/api/v1/conclusion-statistics']['get']>;
export type StatisticsQuery = Query<paths['/api/v1/conclusion-statistics']['get']>;
export type UnitStatistics = ConclusionStatistics['byUnit'][number];

export type UrgingLetterPage = OkBody<paths['/api/v1/conclusion-urging-letters']['get']>;
export type UrgingLetter = UrgingLetterPage['items'][number];
export type UrgingLetterRequest = RequestBody<paths['/api/v1/conclusion-urging-letters']['post']>;

export type Attachment = OkBody<paths['/api/v1/attachments/{id}']['get']>;
export type UploadedAttachment = CreatedBody<paths['/api/v1/attachments']['post']>;

export type LeadershipBody = OkBody<paths['/api/v1/bodies']['get']>[number];
export type UnitPage = OkBody<paths['/api/v1/units']['get']>;
export type Unit = UnitPage['items'][number];
export type Office = OkBody<paths['/api/v1/offices']['get']>[number];

export type TaskStatus = ConclusionTask['status'];
export type DocumentKind = ConclusionDocument['kind'];
export type UnitRole = ConclusionTaskUnit['role'];
export type ReportingCycle = NonNullable<ConclusionTaskRequest['reportingCycle']>;
