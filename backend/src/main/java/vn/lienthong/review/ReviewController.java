package vn.lienthong.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.review.ReviewDtos.FindingRequest;
import vn.lienthong.review.ReviewDtos.FindingResponse;
import vn.lienthong.review.ReviewDtos.Figures;
import vn.lienthong.review.ReviewDtos.ProposalTaskRequest;
import vn.lienthong.review.ReviewDtos.ReviewRequest;
import vn.lienthong.review.ReviewDtos.ReviewResponse;
import vn.lienthong.review.ReviewDtos.ReviewSummary;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/reviews")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reviews", description = "Reviews of the offices' coordination (đánh giá, rút kinh nghiệm; sơ kết, tổng kết): computed figures, findings, "
        + "proposals as tracked tasks, the report")
public class ReviewController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reviews reviews;
    private final ReviewReports reports;

    ReviewController(Reviews reviews, ReviewReports reports) {
        this.reviews = reviews;
        this.reports = reports;
    }

    @Post
    @Operation(operationId = "createReview", summary = "Open a review",
            description = "The host office's staff open a review for a period (any date range, at most ten years) with the participating offices (default: "
                    + "every other office) and, when it is recorded, the review meeting. GET /review-rotation proposes the host. Send an Idempotency-Key.")
    @ApiResponse(responseCode = "201", description = "Opened as a DRAFT", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReviewResponse.class)))
    @ApiErrors.Create
    public HttpResponse<ReviewResponse> create(Authentication authentication,
                                               @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                               @Valid @Body ReviewRequest request) {
        Idempotency.Outcome<ReviewResponse> outcome = reviews.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/reviews/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get
    @Operation(operationId = "listReviews", summary = "List reviews",
            description = "The jurisdiction's reviews, latest period first, for office staff and administrators. `year` keeps the reviews whose period touches it.")
    @ApiErrors.Read
    public PageResponse<ReviewSummary> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                            @Parameter(description = "Only this kind") @Nullable @QueryValue ReviewKind kind,
                                            @Parameter(description = "Only this status") @Nullable @QueryValue ReviewStatus status,
                                            @Parameter(description = "Only periods touching this year") @Nullable @QueryValue @Min(2000) @Max(2100) Integer year,
                                            @Parameter(description = "Only hosted by this office") @Nullable @QueryValue UUID hostOfficeId) {
        return reviews.list(Caller.of(authentication), page, kind, status, year, hostOfficeId);
    }

    @Get("/{id}")
    @Operation(operationId = "getReview", summary = "Get a review", description = "With its findings, the progress of the proposals' tasks and the caller's allowed actions.")
    @ApiErrors.ReadOne
    public HttpResponse<ReviewResponse> get(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id) {
        return withEtag(reviews.get(Caller.of(authentication), id));
    }

    @Put("/{id}")
    @Operation(operationId = "updateReview", summary = "Change a draft review",
            description = "The host office's staff, with If-Match, while it is a DRAFT: kind, title, period, participants, meeting. The host does not change.")
    @ApiErrors.Update
    public HttpResponse<ReviewResponse> update(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id,
                                               @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Valid @Body ReviewRequest request) {
        return withEtag(reviews.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Get("/{id}/figures")
    @Operation(operationId = "getReviewFigures", summary = "The review's figures",
            description = "Per office and in total, against the previous period of the same length, each linked to the list behind it: meetings served by "
                    + "kind, online conferences, bridge points and delegates; programmes submitted on time or late, clashes found and accepted; conclusion "
                    + "tasks done on time, late, in progress, overdue; petitions (unavailable until that feature is in use — never shown as zero). Computed "
                    + "afresh while the review is a DRAFT; the frozen snapshot once it is FINALISED.")
    @ApiErrors.ReadOne
    public Figures figures(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id) {
        return reviews.figures(Caller.of(authentication), id);
    }

    @Get(value = "/{id}/figures/export", produces = XLSX)
    @Operation(operationId = "exportReviewFigures", summary = "The review's figures as XLSX", description = "The same figures as the JSON, as a spreadsheet.")
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> exportFigures(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id) {
        ReviewReports.Download download = reports.xlsx(Caller.of(authentication), id);
        return HttpResponse.ok(download.bytes()).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"");
    }

    @Get(value = "/{id}/report", produces = DOCX)
    @Operation(operationId = "downloadReviewReport", summary = "The review report as DOCX",
            description = "A Vietnamese review report (báo cáo): the issuing office's header; I. results with the figures tables; II. shortcomings and causes; "
                    + "III. lessons; IV. directions and proposals. A draft is marked DỰ THẢO.")
    @ApiResponse(responseCode = "200", description = "The document", content = @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> report(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id) {
        ReviewReports.Download download = reports.docx(Caller.of(authentication), id);
        return HttpResponse.ok(download.bytes()).contentType(MediaType.of(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.fileName() + "\"");
    }

    @Post("/{id}/finalisation")
    @Operation(operationId = "finaliseReview", summary = "Finalise the review",
            description = "DRAFT → FINALISED by a leader of the host office: the figures are frozen in a snapshot so the published report never changes, "
                    + "and the participating offices are told. 409 when already finalised.")
    @ApiErrors.Transition
    public HttpResponse<ReviewResponse> finalise(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id) {
        return withEtag(reviews.finalise(Caller.of(authentication), id));
    }

    @Post("/{id}/findings")
    @Operation(operationId = "addReviewFinding", summary = "Add a finding",
            description = "A result, shortcoming (with its cause), lesson or proposal, appended to its part. Host office's staff, DRAFT only.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FindingResponse.class)))
    @ApiErrors.Create
    public HttpResponse<FindingResponse> addFinding(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id,
                                                    @Valid @Body FindingRequest request) {
        FindingResponse created = reviews.addFinding(Caller.of(authentication), id, request);
        return HttpResponse.created(created, URI.create("/api/v1/reviews/" + id + "/findings/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()));
    }

    @Put("/{id}/findings/{findingId}")
    @Operation(operationId = "updateReviewFinding", summary = "Rewrite a finding", description = "With If-Match; DRAFT only; a finding stays in its part.")
    @ApiErrors.Update
    public HttpResponse<FindingResponse> updateFinding(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id,
                                                       @Parameter(description = "Finding id") @PathVariable UUID findingId,
                                                       @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @Body FindingRequest request) {
        FindingResponse updated = reviews.updateFinding(Caller.of(authentication), id, findingId, ifMatch, request);
        return HttpResponse.ok(updated).header(HttpHeaders.ETAG, Versions.etag(updated.version()));
    }

    @Delete("/{id}/findings/{findingId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteReviewFinding", summary = "Remove a finding",
            description = "With If-Match; DRAFT only; a proposal that became a task stays (409).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Update
    public void deleteFinding(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id,
                              @Parameter(description = "Finding id") @PathVariable UUID findingId,
                              @Parameter(description = "The finding's ETag") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        reviews.deleteFinding(Caller.of(authentication), id, findingId, ifMatch);
    }

    @Post("/{id}/findings/{findingId}/task")
    @Operation(operationId = "convertReviewProposal", summary = "Turn a proposal into a tracked task",
            description = "The host office's staff assign the proposal as a task of the conclusions feature (a lead unit and a deadline are required), "
                    + "recorded in one document per review and followed up by the host office; the review then shows its progress. Also after finalising: "
                    + "the report's text does not change. 409 for a finding that is not a proposal or is already a task.")
    @ApiResponse(responseCode = "201", description = "The proposal with its task", content = @Content(mediaType = "application/json", schema = @Schema(implementation = FindingResponse.class)))
    @ApiErrors.Create
    public HttpResponse<FindingResponse> convert(Authentication authentication, @Parameter(description = "Review id") @PathVariable UUID id,
                                                 @Parameter(description = "Finding id") @PathVariable UUID findingId, @Valid @Body ProposalTaskRequest request) {
        FindingResponse converted = reviews.convert(Caller.of(authentication), id, findingId, request);
        return HttpResponse.created(converted, URI.create("/api/v1/conclusion-tasks/" + converted.task().taskId()))
                .header(HttpHeaders.ETAG, Versions.etag(converted.version()));
    }

    private static HttpResponse<ReviewResponse> withEtag(ReviewResponse review) {
        return HttpResponse.ok(review).header(HttpHeaders.ETAG, Versions.etag(review.version()));
    }
}
