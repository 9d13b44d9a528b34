// Aliases of the generated OpenAPI types (src/lib/api/schema.d.ts) for the petitions feature: petitions (đơn thư), their
// handling, reception sessions (tiếp công dân), voters' recommendations (kiến nghị cử tri) and the statistics. Like
// src/lib/api/types.ts they are taken from the operations (path + method), so a renamed schema in the contract does not
// break them. Never hand-write API shapes.
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';

export type PetitionPage = OkBody<paths['/api/v1/petitions']['get']>;
export type PetitionSummary = PetitionPage['items'][number];
export type PetitionsQuery = Query<paths['/api/v1/petitions']['get']>;
export type Petition = OkBody<paths['/api/v1/petitions/{id}']['get']>;
export type PetitionRequest = RequestBody<paths['/api/v1/petitions']['post']>;
export type CreatedPetition = CreatedBody<paths['/api/v1/petitions']['post']>;
export type PetitionerRequest = NonNullable<PetitionRequest['petitioners']>[number];
export type Petitioner = Petition['petitioners'][number];
export type Identity = NonNullable<Petitioner['identity']>;
export type PetitionHandler = Petition['handlers'][number];
export type Handling = Petition['handling'];
export type PetitionDocument = Handling['documents'][number];
export type Forwarding = Handling['forwardings'][number];
export type UnitAssignment = Handling['unitAssignments'][number];
export type PetitionEvent = OkBody<paths['/api/v1/petitions/{id}/history']['get']>[number];
export type DuplicateCandidate = OkBody<paths['/api/v1/petitions/{id}/duplicates']['get']>[number];
export type PetitionCase = OkBody<paths['/api/v1/petition-cases/{caseId}']['get']>;
export type CaseLinkRequest = RequestBody<paths['/api/v1/petitions/{id}/case']['post']>;
export type StaffMember = OkBody<paths['/api/v1/petitions/{id}/assignable-handlers']['get']>[number];
export type HandlerRequest = RequestBody<paths['/api/v1/petitions/{id}/handlers']['post']>;
export type DisclosureRequest = RequestBody<paths['/api/v1/petitions/{id}/identity-disclosures']['post']>;
export type Disclosure = CreatedBody<paths['/api/v1/petitions/{id}/identity-disclosures']['post']>;
export type ClassificationRequest = RequestBody<paths['/api/v1/petitions/{id}/classification']['post']>;
export type AcceptanceRequest = RequestBody<paths['/api/v1/petitions/{id}/acceptance']['post']>;
export type ForwardingRequest = RequestBody<paths['/api/v1/petitions/{id}/forwardings']['post']>;
export type ForwardingReplyRequest = RequestBody<paths['/api/v1/petitions/{id}/forwardings/{forwardingId}/reply']['post']>;
export type GuidanceRequest = RequestBody<paths['/api/v1/petitions/{id}/guidance']['post']>;
export type FilingRequest = RequestBody<paths['/api/v1/petitions/{id}/filing']['post']>;
export type ResolutionRequest = RequestBody<paths['/api/v1/petitions/{id}/resolution']['post']>;
export type UnitAssignmentRequest = RequestBody<paths['/api/v1/petitions/{id}/unit-assignments']['post']>;

export type PetitionKind = Petition['kind'];
export type PetitionChannel = Petition['channel'];
export type PetitionStatus = Petition['status'];
export type PetitionAction = Petition['allowedActions'][number];
export type IneligibleReason = NonNullable<ClassificationRequest['ineligibleReason']>;
export type Complexity = NonNullable<ClassificationRequest['complexity']>;
export type Round = NonNullable<ClassificationRequest['round']>;

export type DisclosurePage = OkBody<paths['/api/v1/petition-identity-disclosures']['get']>;
export type DisclosureEntry = DisclosurePage['items'][number];
export type DisclosuresQuery = Query<paths['/api/v1/petition-identity-disclosures']['get']>;

export type UnitAssignmentPage = OkBody<paths['/api/v1/petition-unit-assignments']['get']>;
export type UnitAssignmentsQuery = Query<paths['/api/v1/petition-unit-assignments']['get']>;
export type UnitReportRequest = RequestBody<paths['/api/v1/petition-unit-assignments/{id}/report']['post']>;

export type PetitionStatistics = OkBody<paths['/api/v1/petition-statistics']['get']>;
export type StatisticsQuery = Query<paths['/api/v1/petition-statistics']['get']>;
export type StatisticsCounts = PetitionStatistics['totals'];

export type DeadlineQuery = Query<paths['/api/v1/petition-deadlines']['get']>;
export type Deadline = OkBody<paths['/api/v1/petition-deadlines']['get']>;

export type UploadedAttachment = CreatedBody<paths['/api/v1/attachments']['post']>;
export type Attachment = OkBody<paths['/api/v1/attachments/{id}']['get']>;
export type LeadershipBody = OkBody<paths['/api/v1/bodies']['get']>[number];
export type Office = OkBody<paths['/api/v1/offices']['get']>[number];
export type Leader = OkBody<paths['/api/v1/leaders']['get']>['items'][number];

export type ReceptionSessionPage = OkBody<paths['/api/v1/reception-sessions']['get']>;
export type ReceptionSessionSummary = ReceptionSessionPage['items'][number];
export type ReceptionSessionsQuery = Query<paths['/api/v1/reception-sessions']['get']>;
export type ReceptionSession = OkBody<paths['/api/v1/reception-sessions/{id}']['get']>;
export type ReceptionSessionRequest = RequestBody<paths['/api/v1/reception-sessions']['post']>;
export type CreatedReceptionSession = CreatedBody<paths['/api/v1/reception-sessions']['post']>;
export type ReceptionHoldingRequest = RequestBody<paths['/api/v1/reception-sessions/{id}/holding']['post']>;
export type ReceptionCancellationRequest = RequestBody<paths['/api/v1/reception-sessions/{id}/cancellation']['post']>;
export type RecordedPetition = CreatedBody<paths['/api/v1/reception-sessions/{id}/petitions']['post']>;
export type ReceptionSessionKind = ReceptionSession['kind'];
export type ReceptionSessionStatus = ReceptionSession['status'];
export type ReceptionSessionAction = ReceptionSession['allowedActions'][number];

export type VoterRecommendationPage = OkBody<paths['/api/v1/voter-recommendations']['get']>;
export type VoterRecommendationSummary = VoterRecommendationPage['items'][number];
export type VoterRecommendationsQuery = Query<paths['/api/v1/voter-recommendations']['get']>;
export type VoterRecommendation = OkBody<paths['/api/v1/voter-recommendations/{id}']['get']>;
export type VoterRecommendationRequest = RequestBody<paths['/api/v1/voter-recommendations']['post']>;
export type CreatedVoterRecommendation = CreatedBody<paths['/api/v1/voter-recommendations']['post']>;
export type VoterRecommendationAssignment = RequestBody<paths['/api/v1/voter-recommendations/{id}/assignment']['post']>;
export type VoterRecommendationAnswer = RequestBody<paths['/api/v1/voter-recommendations/{id}/answer']['post']>;
export type VoterSummary = OkBody<paths['/api/v1/voter-recommendations/summary']['get']>;
export type VoterSummaryQuery = Query<paths['/api/v1/voter-recommendations/summary']['get']>;
export type VoterCounts = VoterSummary['total'];
export type VoterMeetingHost = VoterRecommendation['gatheredBy'];
export type VoterRecommendationStatus = VoterRecommendation['status'];
export type VoterRecommendationAction = VoterRecommendation['allowedActions'][number];
