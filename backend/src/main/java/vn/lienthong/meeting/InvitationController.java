package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.http.HttpStatus;
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
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

@Controller("/api/v1/meetings/{id}/invitees")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class InvitationController {
    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Get
    @Operation(operationId = "listInvitees", summary = "Invitees with their replies and attendance", description = "`canReply` says whether the caller may answer for each.")
    @ApiErrors.ReadOne
    public List<Invitations.InviteeResponse> list(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return invitations.list(Caller.of(authentication), id);
    }

    @Post
    @Operation(operationId = "addInvitee", summary = "Invite a person, body or unit",
            description = "The host office, before the meeting (a cancelled, held or closed meeting: 409). Once invitations are out, the new invitee is told at once.")
    @ApiResponse(responseCode = "201", description = "Invited", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Invitations.InviteeResponse.class)))
    @ApiErrors.Update
    public HttpResponse<Invitations.InviteeResponse> add(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                        @Valid @Body Invitations.InviteeRequest request) {
        Invitations.InviteeResponse invitee = invitations.add(Caller.of(authentication), id, request);
        return HttpResponse.created(invitee, URI.create("/api/v1/meetings/" + id + "/invitees/" + invitee.id()));
    }

    @Delete("/{inviteeId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeInvitee", summary = "Withdraw an invitation", description = "The host office, before the meeting.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Transition
    public void remove(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                       @Parameter(description = "Invitee id") @PathVariable UUID inviteeId) {
        invitations.remove(Caller.of(authentication), id, inviteeId);
    }

    @Post("/{inviteeId}/reply")
    @Operation(operationId = "replyToInvitation", summary = "Answer an invitation",
            description = "Attend, absent with a reason, or send a substitute (cử người dự thay): by the invited person, unit or body's office, or the host on its behalf.")
    @ApiErrors.Transition
    public Invitations.InviteeResponse reply(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                             @Parameter(description = "Invitee id") @PathVariable UUID inviteeId, @Valid @Body Invitations.ReplyRequest request) {
        return invitations.reply(Caller.of(authentication), id, inviteeId, request);
    }

    @Put("/attendance")
    @Operation(operationId = "recordAttendance", summary = "Take the attendance", description = "The host office, at or after the meeting (INVITED or HELD).")
    @ApiErrors.Transition
    public List<Invitations.InviteeResponse> attendance(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                        @Valid @Body Invitations.AttendanceRequest request) {
        return invitations.attendance(Caller.of(authentication), id, request);
    }

    @Get(value = "/{inviteeId}/invitation.ics", produces = "text/calendar")
    @Operation(operationId = "downloadInvitationIcs", summary = "The invitation as an iCalendar file",
            description = "RFC 5545 METHOD:REQUEST (CANCEL once cancelled) with a stable UID and a SEQUENCE raised by every change of time or venue.")
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> ics(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                    @Parameter(description = "Invitee id") @PathVariable UUID inviteeId) {
        return HttpResponse.ok(invitations.ics(Caller.of(authentication), id, inviteeId).getBytes(StandardCharsets.UTF_8))
                .contentType("text/calendar; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"giay-moi-" + id + ".ics\"");
    }
}
