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
import vn.lienthong.kernel.web.Downloads;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import io.micronaut.http.server.types.files.StreamedFile;
import vn.lienthong.kernel.attachment.AttachmentService;


@Controller("/api/v1/meetings/{id}/documents")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class MeetingDocumentController {
    private final MeetingDocuments documents;

    MeetingDocumentController(MeetingDocuments documents) {
        this.documents = documents;
    }

    @Get
    @Operation(operationId = "listMeetingDocuments", summary = "The meeting's documents with their versions",
            description = "For an INTERNAL meeting, only the host and supporting offices, the offices of invited bodies, invited units and persons: others get 403.")
    @ApiErrors.ReadOne
    public List<MeetingDocuments.DocumentResponse> list(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return documents.list(Caller.of(authentication), id);
    }

    @Post
    @Operation(operationId = "addMeetingDocument", summary = "Add a document",
            description = "The host or a supporting office; the file is uploaded first with POST /attachments (size and type limits apply there: 413, 415).")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingDocuments.DocumentResponse.class)))
    @ApiErrors.Update
    public HttpResponse<MeetingDocuments.DocumentResponse> add(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                              @Valid @Body MeetingDocuments.DocumentRequest request) {
        MeetingDocuments.DocumentResponse document = documents.add(Caller.of(authentication), id, request);
        return HttpResponse.created(document, URI.create("/api/v1/meetings/" + id + "/documents/" + document.id()));
    }

    @Post("/{documentId}/versions")
    @Operation(operationId = "addMeetingDocumentVersion", summary = "Upload a new version of a document", description = "Earlier versions stay downloadable.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeetingDocuments.DocumentResponse.class)))
    @ApiErrors.Update
    public HttpResponse<MeetingDocuments.DocumentResponse> addVersion(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                                     @Parameter(description = "Document id") @PathVariable UUID documentId,
                                                                     @Valid @Body MeetingDocuments.VersionRequest request) {
        MeetingDocuments.DocumentResponse document = documents.addVersion(Caller.of(authentication), id, documentId, request);
        return HttpResponse.created(document, URI.create("/api/v1/meetings/" + id + "/documents/" + documentId));
    }

    @Get(value = "/{documentId}/versions/{version}/content", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadMeetingDocument", summary = "Download one version of a document", description = "Recorded in the audit trail (who, when, which version).")
    @ApiErrors.ReadOne
    public HttpResponse<StreamedFile> download(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                               @Parameter(description = "Document id") @PathVariable UUID documentId,
                                               @Parameter(description = "Version number") @PathVariable int version) {
        AttachmentService.Stored stored = documents.download(Caller.of(authentication), id, documentId, version);
        return HttpResponse.ok(new StreamedFile(documents.open(stored), MediaType.of(stored.metadata().contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(stored.metadata().fileName()))
                .header("X-Content-Type-Options", "nosniff");
    }
}
