// Aliases of the generated OpenAPI types (src/lib/api/schema.d.ts) for the reviews feature. Like src/lib/api/types.ts
// they are taken from the operations (path + method), so a renamed schema in the contract does not break them. Never
// hand-write API shapes.
import type { paths } from '@/lib/api/schema';
import type { CreatedBody, OkBody, Query, RequestBody } from '@/lib/api/operations';

export type ReviewPage = OkBody<paths['/api/v1/reviews']['get']>;
export type ReviewSummary = ReviewPage['items'][number];
export type ReviewsQuery = Query<paths['/api/v1/reviews']['get']>;
export type Review = OkBody<paths['/api/v1/reviews/{id}']['get']>;
export type ReviewRequest = RequestBody<paths['/api/v1/reviews']['post']>;
export type CreatedReview = CreatedBody<paths['/api/v1/reviews']['post']>;
export type ReviewRotation = OkBody<paths['/api/v1/review-rotation']['get']>;

export type ReviewFigures = OkBody<paths['/api/v1/reviews/{id}/figures']['get']>;
export type FigureSection = ReviewFigures['sections'][number];
export type Figure = FigureSection['figures'][number];
export type FigureValue = Figure['byOffice'][number];
export type ReviewOffice = ReviewFigures['offices'][number];

export type Finding = Review['findings'][number];
export type FindingRequest = RequestBody<paths['/api/v1/reviews/{id}/findings']['post']>;
export type ProposalTaskRequest = RequestBody<paths['/api/v1/reviews/{id}/findings/{findingId}/task']['post']>;
export type ProposalTask = NonNullable<Finding['task']>;

export type ReviewKind = Review['kind'];
export type ReviewStatus = Review['status'];
export type ReviewAction = Review['allowedActions'][number];
export type FindingSection = Finding['section'];
export type SectionKey = FigureSection['section'];

export type Office = OkBody<paths['/api/v1/offices']['get']>[number];
