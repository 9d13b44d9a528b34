package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
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
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.VoterRecommendationDtos.AnswerRequest;
import vn.lienthong.petition.VoterRecommendationDtos.AssignmentRequest;
import vn.lienthong.petition.VoterRecommendationDtos.PublicRecommendation;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationRequest;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationResponse;
import vn.lienthong.petition.VoterRecommendationDtos.RecommendationSummary;
import vn.lienthong.petition.VoterRecommendationDtos.Statistics;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voters' recommendations", description = "Voters' recommendations (kiến nghị cử tri) gathered at voter meetings, assigned to the competent "
        + "body and followed until answered (Decision 33/2017/QĐ-TTg), and their publication")
public class VoterRecommendationController {
    private final VoterRecommendations recommendations;

    VoterRecommendationController(VoterRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Post("/voter-recommendations")
    @Operation(operationId = "createVoterRecommendation", summary = "Record a voters' recommendation",
            description = "Office staff record a recommendation gathered at a voter meeting of the NA delegation or the People's Council (GATHERED), "
                    + "numbered per office and year of the meeting. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecommendationResponse.class)))
    @ApiErrors.Create
    public HttpResponse<RecommendationResponse> create(Authentication authentication,
                                                       @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                       @Valid @Body RecommendationRequest request) {
        Idempotency.Outcome<RecommendationResponse> outcome = recommendations.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/voter-recommendations/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get("/voter-recommendations")
    @Operation(operationId = "listVoterRecommendations", summary = "List voters' recommendations",
            description = "The offices see every recommendation of the jurisdiction, a unit's officers those assigned to their unit. Newest meeting first; "
                    + "`from`/`to` are days of the voter meeting; `overdue=true` keeps those past their deadline and not answered; `q` searches number, "
                    + "content, place, topic, delegates and authority without diacritics.")
    @ApiErrors.Read
    public PageResponse<RecommendationSummary> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                    @Parameter(description = "Only this status") @Nullable @QueryValue VoterRecommendationStatus status,
                                                    @Parameter(description = "Only assigned to this unit") @Nullable @QueryValue UUID unitId,
                                                    @Parameter(description = "Only recorded by this office") @Nullable @QueryValue UUID officeId,
                                                    @Parameter(description = "Only those past their deadline and not answered") @Nullable @QueryValue Boolean overdue,
                                                    @Parameter(description = "Only published (true) or unpublished (false) ones") @Nullable @QueryValue Boolean published,
                                                    @Parameter(description = "Voter meetings on or after this day") @Nullable @QueryValue LocalDate from,
                                                    @Parameter(description = "Voter meetings on or before this day") @Nullable @QueryValue LocalDate to) {
        return recommendations.list(Caller.of(authentication), page, new VoterRecommendations.ListFilter(status, unitId, officeId, Boolean.TRUE.equals(overdue),
                published, from, to));
    }

    @Get("/voter-recommendations/summary")
    @Operation(operationId = "getVoterRecommendationStatistics", summary = "Counts by competent body",
            description = "For the voter meetings held from `from` to `to`: gathered, assigned, answered on time and late, and overdue (deadline passed, "
                    + "not answered, as of today) per competent body and in total. A unit's officers get their unit's row.")
    @ApiErrors.Read
    public Statistics statistics(Authentication authentication,
                                 @Parameter(description = "Voter meetings on or after this day") @Nullable @QueryValue LocalDate from,
                                 @Parameter(description = "Voter meetings on or before this day") @Nullable @QueryValue LocalDate to,
                                 @Parameter(description = "Only recorded by this office") @Nullable @QueryValue UUID officeId) {
        return recommendations.statistics(Caller.of(authentication), from, to, officeId);
    }

    @Get("/voter-recommendations/{id}")
    @Operation(operationId = "getVoterRecommendation", summary = "Get a voters' recommendation",
            description = "With its assignment, deadline, answer and the caller's allowed actions.")
    @ApiErrors.ReadOne
    public HttpResponse<RecommendationResponse> get(Authentication authentication, @Parameter(description = "Recommendation id") @PathVariable UUID id) {
        return withEtag(recommendations.get(Caller.of(authentication), id));
    }

    @Put("/voter-recommendations/{id}")
    @Operation(operationId = "updateVoterRecommendation", summary = "Correct a voters' recommendation",
            description = "The recording office, with If-Match, before it is answered.")
    @ApiErrors.Update
    public HttpResponse<RecommendationResponse> update(Authentication authentication, @Parameter(description = "Recommendation id") @PathVariable UUID id,
                                                       @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @Body RecommendationRequest request) {
        return withEtag(recommendations.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Post("/voter-recommendations/{id}/assignment")
    @Operation(operationId = "assignVoterRecommendation", summary = "Assign to the competent body",
            description = "The recording office sends the recommendation to a unit or a named authority, before it is answered (again to reassign). The "
                    + "deadline is the statutory one unless given: 40 days, 50 for the lead agency on a shared matter (Decision 33/2017/QĐ-TTg, art. 12). "
                    + "A unit is told.")
    @ApiErrors.Transition
    public HttpResponse<RecommendationResponse> assign(Authentication authentication, @Parameter(description = "Recommendation id") @PathVariable UUID id,
                                                       @Valid @Body AssignmentRequest request) {
        return withEtag(recommendations.assign(Caller.of(authentication), id, request));
    }

    @Post("/voter-recommendations/{id}/answer")
    @Operation(operationId = "answerVoterRecommendation", summary = "Record the answer",
            description = "ASSIGNED → ANSWERED, by the recording office or an officer of the assigned unit (the office is then told).")
    @ApiErrors.Transition
    public HttpResponse<RecommendationResponse> answer(Authentication authentication, @Parameter(description = "Recommendation id") @PathVariable UUID id,
                                                       @Valid @Body AnswerRequest request) {
        return withEtag(recommendations.answer(Caller.of(authentication), id, request));
    }

    @Post("/voter-recommendations/{id}/publication")
    @Operation(operationId = "publishVoterRecommendation", summary = "Publish with the answer",
            description = "The recording office publishes an answered recommendation: it appears, with its answer and without internal notes, in "
                    + "GET /public/voter-recommendations.")
    @ApiErrors.Transition
    public HttpResponse<RecommendationResponse> publish(Authentication authentication, @Parameter(description = "Recommendation id") @PathVariable UUID id) {
        return withEtag(recommendations.publish(Caller.of(authentication), id));
    }

    @Get("/public/voter-recommendations")
    @Secured({Roles.SCOPE_PUBLIC_READ, Roles.PERSON})
    @Operation(operationId = "listPublicVoterRecommendations", summary = "Published voters' recommendations and answers (e-portal)",
            description = "Machine clients with scope public:read (and signed-in persons): the published recommendations of the caller's jurisdiction with "
                    + "their answers, newest meeting first — no internal notes, no assignment details.")
    @ApiErrors.Read
    public PageResponse<PublicRecommendation> published(Authentication authentication, @Valid @RequestBean PageParams page,
                                                        @Parameter(description = "Voter meetings on or after this day") @Nullable @QueryValue LocalDate from,
                                                        @Parameter(description = "Voter meetings on or before this day") @Nullable @QueryValue LocalDate to) {
        return recommendations.published(Caller.of(authentication), page, from, to);
    }

    private static HttpResponse<RecommendationResponse> withEtag(RecommendationResponse recommendation) {
        return HttpResponse.ok(recommendation).header(HttpHeaders.ETAG, Versions.etag(recommendation.version()));
    }
}
