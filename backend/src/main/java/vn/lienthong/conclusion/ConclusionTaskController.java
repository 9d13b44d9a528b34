package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;

import java.util.List;
import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/conclusion-tasks")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Conclusions")
public class ConclusionTaskController {
    private final ConclusionService service;
    private final TaskWorkflow workflow;

    ConclusionTaskController(ConclusionService service, TaskWorkflow workflow) {
        this.service = service;
        this.workflow = workflow;
    }

    @Get
    @Operation(operationId = "listTasksAcrossConclusions", summary = "List tasks across documents",
            description = "A unit's \"my tasks\" and an office's follow-up board: tasks the caller's unit leads or coordinates, or its office follows. "
                    + "Filter by derived status, due within N days, awaiting confirmation. Sorted by deadline by default.")
    @ApiErrors.Read
    public PageResponse<TaskResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                           @Parameter(description = "Only tasks with this derived status") @Nullable @QueryValue TaskStatus status,
                                           @Parameter(description = "Open tasks due between today and today + N days") @Nullable @QueryValue @Min(0) @Max(366) Integer dueWithinDays,
                                           @Parameter(description = "Only tasks whose completion waits for the office's confirmation") @Nullable @QueryValue Boolean awaitingConfirmation,
                                           @Parameter(description = "Only tasks led by this unit") @Nullable @QueryValue UUID leadUnitId,
                                           @Parameter(description = "Only tasks followed by this office") @Nullable @QueryValue UUID followingOfficeId,
                                           @Parameter(description = "Only tasks from this document") @Nullable @QueryValue UUID documentId,
                                           @Parameter(description = "For unit officers: only tasks their unit leads") @Nullable @QueryValue Boolean mine,
                                           @Parameter(description = "Only tasks of documents issued on or after this day") @Nullable @QueryValue LocalDate issuedFrom,
                                           @Parameter(description = "Only tasks of documents issued on or before this day") @Nullable @QueryValue LocalDate issuedTo) {
        return service.tasks(Caller.of(authentication), page,
                new ConclusionService.TaskFilter(documentId, status, leadUnitId, followingOfficeId, dueWithinDays, awaitingConfirmation, mine, issuedFrom, issuedTo));
    }

    @Get("/{id}")
    @Operation(operationId = "getConclusionTask", summary = "Get a task", description = "With its derived status, units and any pending extension request.")
    @ApiErrors.ReadOne
    public HttpResponse<TaskResponse> get(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id) {
        TaskResponse task = service.task(Caller.of(authentication), id);
        return HttpResponse.ok(task).header(HttpHeaders.ETAG, Versions.etag(task.version()));
    }

    @Get("/{id}/history")
    @Operation(operationId = "getConclusionTaskHistory", summary = "A task's history",
            description = "Every report, proposal, decision, extension (original and new deadline) and reminder, oldest first.")
    @ApiErrors.ReadOne
    public List<TaskEventResponse> history(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id) {
        return service.history(Caller.of(authentication), id);
    }

    @Post("/{id}/progress-reports")
    @Operation(operationId = "reportConclusionTaskProgress", summary = "Report progress",
            description = "An officer of the lead or a coordinating unit reports what was done; the lead unit's percentage becomes the task's.")
    @ApiErrors.Transition
    public TaskResponse report(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                               @Valid @Body TaskActions.ProgressReport body) {
        return workflow.reportProgress(Caller.of(authentication), id, body);
    }

    @Post("/{id}/completion-proposals")
    @Operation(operationId = "proposeConclusionTaskCompletion", summary = "Propose completion",
            description = "The lead unit reports the task done; the following office then confirms or sends it back.")
    @ApiErrors.Transition
    public TaskResponse propose(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                                @Valid @Body TaskActions.CompletionProposal body) {
        return workflow.proposeCompletion(Caller.of(authentication), id, body);
    }

    @Post("/{id}/completion-confirmations")
    @Operation(operationId = "confirmConclusionTaskCompletion", summary = "Confirm completion",
            description = "The following office confirms a proposed completion: the task is done on time or late by the proposed date. 409 if none was proposed.")
    @ApiErrors.Transition
    public TaskResponse confirm(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                                @Valid @Body TaskActions.Decision body) {
        return workflow.confirmCompletion(Caller.of(authentication), id, body);
    }

    @Post("/{id}/completion-returns")
    @Operation(operationId = "returnConclusionTaskCompletion", summary = "Send a completion back", description = "The following office refuses a proposed completion, with a reason.")
    @ApiErrors.Transition
    public TaskResponse sendBack(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                                 @Valid @Body TaskActions.ReasonedDecision body) {
        return workflow.returnCompletion(Caller.of(authentication), id, body);
    }

    @Post("/{id}/extension-requests")
    @Operation(operationId = "requestConclusionTaskExtension", summary = "Ask for an extension",
            description = "The lead unit asks for a later deadline with a reason; one request at a time; not on cancelled, done or ongoing tasks.")
    @ApiErrors.Transition
    public TaskResponse requestExtension(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                                         @Valid @Body TaskActions.ExtensionRequest body) {
        return workflow.requestExtension(Caller.of(authentication), id, body);
    }

    @Post("/{id}/extension-requests/{requestId}/approval")
    @Operation(operationId = "approveConclusionTaskExtension", summary = "Approve an extension",
            description = "An office leader of the following office approves: the deadline moves, the original stays in the history.")
    @ApiErrors.Transition
    public TaskResponse approve(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                                @Parameter(description = "Extension request id") @PathVariable UUID requestId, @Valid @Body TaskActions.Decision body) {
        return workflow.decideExtension(Caller.of(authentication), id, requestId, true, body.note());
    }

    @Post("/{id}/extension-requests/{requestId}/refusal")
    @Operation(operationId = "refuseConclusionTaskExtension", summary = "Refuse an extension", description = "An office leader of the following office refuses, with a reason.")
    @ApiErrors.Transition
    public TaskResponse refuse(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                               @Parameter(description = "Extension request id") @PathVariable UUID requestId, @Valid @Body TaskActions.ReasonedDecision body) {
        return workflow.decideExtension(Caller.of(authentication), id, requestId, false, body.note());
    }

    @Post("/{id}/cancellation")
    @Operation(operationId = "cancelConclusionTask", summary = "Cancel a task", description = "An office leader of the following office cancels a task that is not done, with a reason.")
    @ApiErrors.Transition
    public TaskResponse cancel(Authentication authentication, @Parameter(description = "Task id") @PathVariable UUID id,
                               @Valid @Body TaskActions.ReasonedDecision body) {
        return workflow.cancel(Caller.of(authentication), id, body);
    }
}
