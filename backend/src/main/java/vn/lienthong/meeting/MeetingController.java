package vn.lienthong.meeting;

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
import vn.lienthong.meeting.MeetingDtos.EventResponse;
import vn.lienthong.meeting.MeetingDtos.MeetingRequest;
import vn.lienthong.meeting.MeetingDtos.MeetingResponse;
import vn.lienthong.meeting.MeetingDtos.MeetingSummary;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/meetings")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings", description = "Meetings and conferences (hội nghị, cuộc họp) from planning and invitation to minutes and conclusions")
public class MeetingController {
    private final Meetings meetings;

    MeetingController(Meetings meetings) {
        this.meetings = meetings;
    }

    @Post
    @Operation(operationId = "createMeeting", summary = "Plan a meeting",
            description = "Office staff plan a meeting their office hosts and serves (văn phòng chủ trì phục vụ). It is PLANNED, placed in the body's weekly "
                    + "programme so clash detection covers it (clashes come back in the answer), and the supporting offices are asked for support. "
                    + "Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Planned", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingResponse.class)))
    @ApiErrors.Create
    public HttpResponse<MeetingResponse> create(Authentication authentication,
                                                @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                @Valid @Body MeetingRequest request) {
        Idempotency.Outcome<MeetingResponse> outcome = meetings.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/meetings/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Offices see every meeting of the jurisdiction; a unit those it is invited to, has a preparation task in or is a bridge point of. "
                    + "By start time; `from`/`to` are Vietnamese dates of the start; `officeId` matches the host or a supporting office; `q` searches title and venue "
                    + "without diacritics; `invitedOnly` keeps the meetings the caller, its unit or its office's bodies are invited to.")
    @ApiErrors.Read
    public PageResponse<MeetingSummary> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                             @Parameter(description = "Starting on or after this day") @Nullable @QueryValue LocalDate from,
                                             @Parameter(description = "Starting on or before this day") @Nullable @QueryValue LocalDate to,
                                             @Parameter(description = "Only this kind") @Nullable @QueryValue UUID kindId,
                                             @Parameter(description = "Only this leadership body") @Nullable @QueryValue UUID bodyId,
                                             @Parameter(description = "Only hosted by this office") @Nullable @QueryValue UUID hostOfficeId,
                                             @Parameter(description = "Hosted or supported by this office") @Nullable @QueryValue UUID officeId,
                                             @Parameter(description = "Only this format") @Nullable @QueryValue MeetingFormat format,
                                             @Parameter(description = "Only this status") @Nullable @QueryValue MeetingStatus status,
                                             @Parameter(description = "Only chaired by this leader") @Nullable @QueryValue UUID leaderId,
                                             @Parameter(description = "Only meetings the caller (or its unit or office's bodies) is invited to") @Nullable @QueryValue Boolean invitedOnly,
                                             @Parameter(description = "Only meetings that took place (HELD or CLOSED), as the statistics count them") @Nullable @QueryValue Boolean held,
                                             @Parameter(description = "Only online conferences (ONLINE or HYBRID)") @Nullable @QueryValue Boolean online) {
        return meetings.list(Caller.of(authentication), page, new Meetings.ListFilter(from, to, kindId, bodyId, hostOfficeId, officeId, format, status, leaderId,
                Boolean.TRUE.equals(invitedOnly), Boolean.TRUE.equals(held), Boolean.TRUE.equals(online)));
    }

    @Get("/{id}")
    @Operation(operationId = "getMeeting", summary = "Get a meeting",
            description = "With leaders, supporting offices, counts, the clashes of its calendar item, the concluding notices recorded for it and the caller's allowed actions.")
    @ApiErrors.ReadOne
    public HttpResponse<MeetingResponse> get(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return withEtag(meetings.get(Caller.of(authentication), id));
    }

    @Put("/{id}")
    @Operation(operationId = "updateMeeting", summary = "Change a meeting before it is held",
            description = "The host office, with If-Match, while PLANNED, INVITED or POSTPONED. Its calendar item follows; when invitations are out, a new time "
                    + "or venue is told to everyone invited or assigned, with `reason`.")
    @ApiErrors.Update
    public HttpResponse<MeetingResponse> update(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @Body MeetingRequest request) {
        return withEtag(meetings.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Get("/{id}/history")
    @Operation(operationId = "listMeetingHistory", summary = "The meeting's history", description = "Each lifecycle action with who, when and why.")
    @ApiErrors.ReadOne
    public List<EventResponse> history(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return meetings.history(Caller.of(authentication), id);
    }

    @Post("/{id}/invitation")
    @Operation(operationId = "inviteToMeeting", summary = "Send the invitations",
            description = "PLANNED or POSTPONED → INVITED. Needs at least one invitee; every invitee, supporting office and task holder is told. After a "
                    + "postponement the replies start again.")
    @ApiErrors.Transition
    public HttpResponse<MeetingResponse> invite(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return withEtag(meetings.invite(Caller.of(authentication), id));
    }

    @Post("/{id}/postponement")
    @Operation(operationId = "postponeMeeting", summary = "Postpone to a new time", description = "Before it is held; with the new time and a reason, told to everyone affected.")
    @ApiErrors.Transition
    public HttpResponse<MeetingResponse> postpone(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                  @Valid @Body MeetingDtos.PostponementRequest request) {
        return withEtag(meetings.postpone(Caller.of(authentication), id, request));
    }

    @Post("/{id}/cancellation")
    @Operation(operationId = "cancelMeeting", summary = "Cancel",
            description = "Before it is held; with a reason. Its calendar item is removed (or cancelled in a published programme); everyone affected is told.")
    @ApiErrors.Transition
    public HttpResponse<MeetingResponse> cancel(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                @Valid @Body MeetingDtos.ReasonRequest request) {
        return withEtag(meetings.cancel(Caller.of(authentication), id, request.reason()));
    }

    @Post("/{id}/holding")
    @Operation(operationId = "holdMeeting", summary = "Record that the meeting was held", description = "INVITED → HELD, from the meeting's day on.")
    @ApiErrors.Transition
    public HttpResponse<MeetingResponse> hold(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return withEtag(meetings.hold(Caller.of(authentication), id));
    }

    @Post("/{id}/closure")
    @Operation(operationId = "closeMeeting", summary = "Approve the minutes and close",
            description = "HELD → CLOSED by a leader of the host office, once the minutes (biên bản) are written.")
    @ApiErrors.Transition
    public HttpResponse<MeetingResponse> close(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return withEtag(meetings.close(Caller.of(authentication), id));
    }

    private static HttpResponse<MeetingResponse> withEtag(MeetingResponse meeting) {
        return HttpResponse.ok(meeting).header(HttpHeaders.ETAG, Versions.etag(meeting.version()));
    }
}
