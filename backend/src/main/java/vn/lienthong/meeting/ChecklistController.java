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

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class ChecklistController {
    private final Checklist checklist;

    ChecklistController(Checklist checklist) {
        this.checklist = checklist;
    }

    @Get("/meetings/{id}/tasks")
    @Operation(operationId = "listMeetingTasks", summary = "The meeting's preparation checklist", description = "By due time, with who ticked each off and when.")
    @ApiErrors.ReadOne
    public List<Checklist.TaskResponse> list(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return checklist.list(Caller.of(authentication), id);
    }

    @Post("/meetings/{id}/tasks")
    @Operation(operationId = "addMeetingTask", summary = "Assign a preparation task",
            description = "The host office, before the meeting; to exactly one office or unit, which finds it in its inbox (GET /meeting-tasks) and is notified.")
    @ApiResponse(responseCode = "201", description = "Assigned", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Checklist.TaskResponse.class)))
    @ApiErrors.Update
    public HttpResponse<Checklist.TaskResponse> add(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                   @Valid @Body Checklist.TaskRequest request) {
        Checklist.TaskResponse task = checklist.add(Caller.of(authentication), id, request);
        return HttpResponse.created(task, URI.create("/api/v1/meeting-tasks/" + task.id())).header(HttpHeaders.ETAG, Versions.etag(task.version()));
    }

    @Get("/meeting-tasks")
    @Operation(operationId = "listMyMeetingTasks", summary = "Preparation tasks: the caller's inbox, or what is still open for the host",
            description = "scope=ASSIGNED (default): tasks assigned to the caller's office or unit by any meeting, not of cancelled meetings. scope=HOSTED: tasks of the "
                    + "upcoming meetings the caller's office hosts. `open` keeps open (true) or done (false) tasks. By due time.")
    @ApiErrors.Read
    public PageResponse<Checklist.TaskResponse> inbox(Authentication authentication, @Valid @RequestBean PageParams page,
                                                      @Parameter(description = "ASSIGNED or HOSTED") @Nullable @QueryValue Checklist.Scope scope,
                                                      @Parameter(description = "Only open (true) or only done (false)") @Nullable @QueryValue Boolean open) {
        return checklist.inbox(Caller.of(authentication), page, scope == null ? Checklist.Scope.ASSIGNED : scope, open);
    }

    @Get("/meeting-tasks/{taskId}")
    @Operation(operationId = "getMeetingTask", summary = "Get a preparation task", description = "The ETag is its version.")
    @ApiErrors.ReadOne
    public HttpResponse<Checklist.TaskResponse> get(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID taskId) {
        Checklist.TaskResponse task = checklist.get(Caller.of(authentication), taskId);
        return HttpResponse.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version()));
    }

    @Put("/meeting-tasks/{taskId}")
    @Operation(operationId = "updateMeetingTask", summary = "Change a preparation task", description = "The host office, with If-Match, while the task is open.")
    @ApiErrors.Update
    public HttpResponse<Checklist.TaskResponse> update(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID taskId,
                                                       @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @Body Checklist.TaskRequest request) {
        Checklist.TaskResponse task = checklist.update(Caller.of(authentication), taskId, ifMatch, request);
        return HttpResponse.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version()));
    }

    @Delete("/meeting-tasks/{taskId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMeetingTask", summary = "Remove a preparation task", description = "The host office, before the meeting.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Transition
    public void delete(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID taskId) {
        checklist.delete(Caller.of(authentication), taskId);
    }

    @Post("/meeting-tasks/{taskId}/completion")
    @Operation(operationId = "completeMeetingTask", summary = "Tick a preparation task off",
            description = "The assigned office or unit, or the host office; who and when are recorded and the host is told.")
    @ApiErrors.Transition
    public HttpResponse<Checklist.TaskResponse> complete(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID taskId,
                                                         @Valid @Body Checklist.CompletionRequest request) {
        Checklist.TaskResponse task = checklist.complete(Caller.of(authentication), taskId, request.note());
        return HttpResponse.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version()));
    }
}
