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
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.PetitionDtos.PetitionRequest;
import vn.lienthong.petition.PetitionDtos.PetitionSummary;
import vn.lienthong.petition.ReceptionDtos.CancellationRequest;
import vn.lienthong.petition.ReceptionDtos.HoldingRequest;
import vn.lienthong.petition.ReceptionDtos.PublicSession;
import vn.lienthong.petition.ReceptionDtos.SessionRequest;
import vn.lienthong.petition.ReceptionDtos.SessionResponse;
import vn.lienthong.petition.ReceptionDtos.SessionSummary;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Citizen reception", description = "Citizen reception (tiếp công dân): leaders' periodic reception days and joint reception sessions, the petitions "
        + "received at them, and the e-portal's public reception schedule")
public class ReceptionSessionController {
    private final ReceptionSessions sessions;

    ReceptionSessionController(ReceptionSessions sessions) {
        this.sessions = sessions;
    }

    @Post("/reception-sessions")
    @Operation(operationId = "createReceptionSession", summary = "Plan a reception session",
            description = "Office staff plan a session their office hosts: a leader's regular reception day (REGULAR, Law on Citizen Reception 2013, art. 12, "
                    + "15, 18) or a joint reception with other offices (JOINT). A session with a leadership body is placed in that body's weekly programme "
                    + "(clashes come back in the answer); the participating offices are told. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionResponse.class)))
    @ApiErrors.Create
    public HttpResponse<SessionResponse> create(Authentication authentication,
                                                @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                @Valid @Body SessionRequest request) {
        Idempotency.Outcome<SessionResponse> outcome = sessions.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/reception-sessions/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get("/reception-sessions")
    @Operation(operationId = "listReceptionSessions", summary = "List reception sessions",
            description = "The offices' staff see every session of the jurisdiction, a unit's officers the public ones. By start time; `from`/`to` are "
                    + "Vietnamese dates of the start; `officeId` matches the host or a participating office; `q` searches venue, occasion and outcome "
                    + "without diacritics.")
    @ApiErrors.Read
    public PageResponse<SessionSummary> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                             @Parameter(description = "Starting on or after this day") @Nullable @QueryValue LocalDate from,
                                             @Parameter(description = "Starting on or before this day") @Nullable @QueryValue LocalDate to,
                                             @Parameter(description = "Hosted by or participated in by this office") @Nullable @QueryValue UUID officeId,
                                             @Parameter(description = "Only this kind") @Nullable @QueryValue ReceptionSessionKind kind,
                                             @Parameter(description = "Only this status") @Nullable @QueryValue ReceptionSessionStatus status) {
        return sessions.list(Caller.of(authentication), page, new ReceptionSessions.ListFilter(from, to, officeId, kind, status));
    }

    @Get("/reception-sessions/{id}")
    @Operation(operationId = "getReceptionSession", summary = "Get a reception session",
            description = "With the receiving leaders, participating offices, the outcome once held, the number of petitions recorded at it, the clashes of "
                    + "its calendar item and the caller's allowed actions. Never a citizen's name.")
    @ApiErrors.ReadOne
    public HttpResponse<SessionResponse> get(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id) {
        return withEtag(sessions.get(Caller.of(authentication), id));
    }

    @Put("/reception-sessions/{id}")
    @Operation(operationId = "updateReceptionSession", summary = "Change a planned reception session",
            description = "The host office, with If-Match, while PLANNED. Its calendar item follows (moved, or withdrawn when the session no longer names a "
                    + "body); a new time or venue is told to the participating offices.")
    @ApiErrors.Update
    public HttpResponse<SessionResponse> update(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id,
                                                @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @Body SessionRequest request) {
        return withEtag(sessions.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Post("/reception-sessions/{id}/holding")
    @Operation(operationId = "holdReceptionSession", summary = "Record that the session was held",
            description = "PLANNED → HELD by the host office, from the session's day on, with the number of citizens who came, the outcome and a summary "
                    + "of what they raised (no names: record each citizen's petition with POST /reception-sessions/{id}/petitions).")
    @ApiErrors.Transition
    public HttpResponse<SessionResponse> hold(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id,
                                              @Valid @Body HoldingRequest request) {
        return withEtag(sessions.hold(Caller.of(authentication), id, request));
    }

    @Post("/reception-sessions/{id}/cancellation")
    @Operation(operationId = "cancelReceptionSession", summary = "Cancel a planned reception session",
            description = "PLANNED → CANCELLED by the host office, with a reason. Its calendar item is removed (or cancelled in a published programme); the "
                    + "participating offices are told.")
    @ApiErrors.Transition
    public HttpResponse<SessionResponse> cancel(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id,
                                                @Valid @Body CancellationRequest request) {
        return withEtag(sessions.cancel(Caller.of(authentication), id, request.reason()));
    }

    @Post("/reception-sessions/{id}/petitions")
    @Operation(operationId = "recordReceptionPetition", summary = "Record a petition received at the session",
            description = "The staff of the host or a participating office record a petition a citizen handed in at the session (channel IN_PERSON, "
                    + "received on a day of the session). It becomes a petition of the caller's office — identities encrypted at once, numbered per office "
                    + "and year — linked to the session. The answer is the petition's summary, never an identity. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Recorded and linked", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PetitionSummary.class)))
    @ApiResponse(responseCode = "404", description = "No such session in the caller's scope", content = @Content(mediaType = Problems.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Create
    public HttpResponse<PetitionSummary> recordPetition(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id,
                                                        @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                        @Valid @Body PetitionRequest request) {
        Idempotency.Outcome<PetitionSummary> outcome = sessions.recordPetition(Caller.of(authentication), id, idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/petitions/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get("/reception-sessions/{id}/petitions")
    @Operation(operationId = "listReceptionPetitions", summary = "The petitions recorded at the session",
            description = "Those the caller's office received (another office's petitions are read by that office), as summaries: never anyone's identity.")
    @ApiErrors.ReadOne
    public List<PetitionSummary> petitions(Authentication authentication, @Parameter(description = "Session id") @PathVariable UUID id) {
        return sessions.petitionsOf(Caller.of(authentication), id);
    }

    @Get("/public/reception-sessions")
    @Secured({Roles.SCOPE_PUBLIC_READ, Roles.PERSON})
    @Operation(operationId = "listPublicReceptionSessions", summary = "Public reception schedule (e-portal)",
            description = "Machine clients with scope public:read (and signed-in persons): the public sessions of the caller's jurisdiction that are "
                    + "planned or held, by start time — when, where, the receiving leaders' names and titles, and the kind; nothing else.")
    @ApiErrors.Read
    public PageResponse<PublicSession> publicSchedule(Authentication authentication, @Valid @RequestBean PageParams page,
                                                      @Parameter(description = "Starting on or after this day") @Nullable @QueryValue LocalDate from,
                                                      @Parameter(description = "Starting on or before this day") @Nullable @QueryValue LocalDate to) {
        return sessions.publicSchedule(Caller.of(authentication), page, from, to);
    }

    private static HttpResponse<SessionResponse> withEtag(SessionResponse session) {
        return HttpResponse.ok(session).header(HttpHeaders.ETAG, Versions.etag(session.version()));
    }
}
