package vn.lienthong.kernel.attachment;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
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
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Downloads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/attachments")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Attachments", description = "Files attached to meetings, tasks and petitions; each belongs to the uploader's office or unit")
public class AttachmentController {
    private final AttachmentService service;

    AttachmentController(AttachmentService service) {
        this.service = service;
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAttachment", summary = "Upload a file", description = "Multipart form with one part `file`. At most 20 MiB; PDF, Word, Excel, PNG, JPEG, text and CSV.")
    @ApiResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttachmentResponse.class)))
    @ApiErrors.Create
    public HttpResponse<AttachmentResponse> upload(Authentication authentication, @Part("file") CompletedFileUpload file) {
        AttachmentResponse stored;
        try {
            stored = service.upload(Caller.of(authentication), file.getFilename(),
                    file.getContentType().map(MediaType::toString).orElse(""), file.getSize(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.created(stored, URI.create("/api/v1/attachments/" + stored.id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getAttachment", summary = "Get a file's metadata", description = "Name, type, size and checksum of a file of the caller's office or unit.")
    @ApiErrors.ReadOne
    public AttachmentResponse metadata(Authentication authentication, @Parameter(description = "Attachment id") @PathVariable UUID id) {
        return service.find(Caller.of(authentication), id).metadata();
    }

    @Get(value = "/{id}/content", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadAttachment", summary = "Download a file", description = "The bytes with the stored media type; the ETag is the SHA-256.")
    @ApiErrors.ReadOne
    public HttpResponse<StreamedFile> download(Authentication authentication, @Parameter(description = "Attachment id") @PathVariable UUID id) {
        AttachmentService.Stored stored = service.find(Caller.of(authentication), id);
        AttachmentResponse meta = stored.metadata();
        return HttpResponse.ok(new StreamedFile(service.open(stored), MediaType.of(meta.contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(meta.fileName()))
                .header(HttpHeaders.ETAG, "\"" + meta.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
