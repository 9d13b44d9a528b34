package vn.lienthong.conclusion;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/conclusions")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Conclusions", description = "Concluding notices and other documents that assign tasks, followed up to completion (thông báo kết luận, theo dõi đôn đốc)")
public class ConclusionController {
    private final ConclusionService service;

    ConclusionController(ConclusionService service) {
        this.service = service;
    }

    @Post
    @Operation(operationId = "createConclusion", summary = "Record a concluding notice with its tasks",
            description = "Office staff record a document and, optionally, its tasks in one go. Each task must satisfy \"5 rõ\" and have exactly one LEAD unit. "
                    + "The lead units are notified. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentResponse.class)))
    @ApiErrors.Create
    public HttpResponse<DocumentResponse> create(Authentication authentication,
                                                 @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                 @Valid @Body DocumentRequest request) {
        Idempotency.Outcome<DocumentResponse> outcome = service.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/conclusions/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get
    @Operation(operationId = "listConclusions", summary = "List concluding notices and other source documents",
            description = "Documents the caller's office recorded or follows tasks of; for unit officers, documents assigning their unit a task. "
                    + "Newest first; sortable by issuedOn, number, updatedAt; `q` searches number, signer and summary without diacritics.")
    @ApiErrors.Read
    public PageResponse<DocumentResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                               @Parameter(description = "Only this kind") @Nullable @QueryValue DocumentKind kind,
                                               @Parameter(description = "Only documents of this leadership body") @Nullable @QueryValue UUID issuingBodyId,
                                               @Parameter(description = "Issued on or after") @Nullable @QueryValue LocalDate issuedFrom,
                                               @Parameter(description = "Issued on or before") @Nullable @QueryValue LocalDate issuedTo) {
        return service.documents(Caller.of(authentication), page, kind, issuingBodyId, issuedFrom, issuedTo);
    }

    @Get("/{id}")
    @Operation(operationId = "getConclusion", summary = "Get a document", description = "With the counts of its tasks by derived status; the ETag is its version.")
    @ApiErrors.ReadOne
    public HttpResponse<DocumentResponse> get(Authentication authentication, @Parameter(description = "Document id") @PathVariable UUID id) {
        DocumentResponse document = service.document(Caller.of(authentication), id);
        return HttpResponse.ok(document).header(HttpHeaders.ETAG, Versions.etag(document.version()));
    }

    @Put("/{id}")
    @Operation(operationId = "updateConclusion", summary = "Correct a document's details",
            description = "The recording office only, with If-Match. Tasks are not part of this body.")
    @ApiErrors.Update
    public HttpResponse<DocumentResponse> update(Authentication authentication, @Parameter(description = "Document id") @PathVariable UUID id,
                                                 @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                 @Valid @Body DocumentRequest request) {
        DocumentResponse document = service.update(Caller.of(authentication), id, ifMatch, request);
        return HttpResponse.ok(document).header(HttpHeaders.ETAG, Versions.etag(document.version()));
    }

    @Get("/{id}/tasks")
    @Operation(operationId = "listConclusionTasks", summary = "List a document's tasks", description = "In the document's order; a unit officer sees only its unit's tasks.")
    @ApiErrors.ReadOne
    public PageResponse<TaskResponse> tasks(Authentication authentication, @Parameter(description = "Document id") @PathVariable UUID id,
                                            @Valid @RequestBean PageParams page) {
        Caller caller = Caller.of(authentication);
        service.document(caller, id);
        PageParams ordered = page.sort() == null ? new PageParams(page.page(), page.size(), "position", page.q(), page.updatedSince()) : page;
        return service.tasks(caller, ordered, new ConclusionService.TaskFilter(id, null, null, null, null, null, null, null, null));
    }

    @Post("/{id}/tasks")
    @Operation(operationId = "addConclusionTask", summary = "Add a task to a document", description = "The recording office only; the lead unit is notified.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TaskResponse.class)))
    @ApiErrors.Create
    public HttpResponse<TaskResponse> addTask(Authentication authentication, @Parameter(description = "Document id") @PathVariable UUID id,
                                              @Valid @Body TaskRequest request) {
        TaskResponse task = service.addTask(Caller.of(authentication), id, request);
        return HttpResponse.created(task, URI.create("/api/v1/conclusion-tasks/" + task.id()));
    }
}
