package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
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
import vn.lienthong.kernel.report.SheetImport;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.meeting.BridgePointDtos.BridgePointRequest;
import vn.lienthong.meeting.BridgePointDtos.BridgePointResponse;
import vn.lienthong.meeting.BridgePointDtos.ImportMode;
import vn.lienthong.meeting.BridgePointDtos.ImportResult;
import vn.lienthong.meeting.BridgePointDtos.TemplateFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class BridgePointController {
    static final String CSV_UTF8 = "text/csv; charset=utf-8";

    private final BridgePoints bridgePoints;

    BridgePointController(BridgePoints bridgePoints) {
        this.bridgePoints = bridgePoints;
    }

    @Get("/meetings/{id}/bridge-points")
    @Operation(operationId = "listMeetingBridgePoints", summary = "List the bridge points of a conference",
            description = "The bridge points (điểm cầu) of an online or hybrid conference in their order, for whoever may see the meeting; `q` searches the names "
                    + "without diacritics; `sort` by position (default) or name.")
    @ApiErrors.Read
    @ApiResponse(responseCode = "404", description = "No such meeting in the caller's scope", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<BridgePointResponse> list(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                  @Valid @RequestBean PageParams page) {
        return bridgePoints.list(Caller.of(authentication), id, page);
    }

    @Post("/meetings/{id}/bridge-points")
    @Operation(operationId = "addMeetingBridgePoint", summary = "Add a bridge point",
            description = "The host office adds one bridge point to an online or hybrid conference that is not cancelled or closed, after the existing ones. "
                    + "A name the meeting already has (ignoring case and diacritics) is 409; an in-person meeting has no bridge points (409).")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BridgePointResponse.class)))
    @ApiErrors.Transition
    @ApiResponse(responseCode = "422", description = "Refers to an unknown unit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<BridgePointResponse> add(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                 @Valid @Body BridgePointRequest request) {
        BridgePointResponse created = bridgePoints.add(Caller.of(authentication), id, request);
        return HttpResponse.created(created, URI.create("/api/v1/meeting-bridge-points/" + created.id()))
                .header(HttpHeaders.ETAG, Versions.etag(created.version()));
    }

    @Post("/meetings/{id}/bridge-points/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importMeetingBridgePoints", summary = "Import the bridge points from a CSV or XLSX file",
            description = "Multipart form with one part `file`: CSV (UTF-8, with or without BOM, comma or semicolon separated) or Excel .xlsx (first sheet), "
                    + "at most 5 MiB and 5,000 rows. Row 1 names the columns, in Vietnamese or English, case and diacritics ignored: «Tên điểm cầu» (name, "
                    + "required), «Mã đơn vị» (unit code), «Địa chỉ» (address), «Người liên hệ» (contact), «Điện thoại» (phone), «Số đại biểu dự kiến» "
                    + "(expected delegates, required) and «Số đại biểu thực tế» (actual delegates); see the template. Every row is checked: if any is wrong "
                    + "nothing is imported and the 422 lists each problem as `rows[N].field` with N the spreadsheet row. `mode=APPEND` (default) adds the "
                    + "points after the existing ones, `mode=REPLACE` replaces the whole list. The host office, while the conference is not cancelled or closed.")
    @ApiResponse(responseCode = "200", description = "Imported; the conference's totals after the import",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @ApiErrors.Transition
    @ApiResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Neither CSV nor XLSX", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Rows or columns with problems, one entry per problem; nothing was imported",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResult importFile(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                   @Parameter(description = "APPEND (default) or REPLACE") @Nullable @QueryValue ImportMode mode,
                                   @Part("file") CompletedFileUpload file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bridgePoints.importFile(Caller.of(authentication), id, mode,
                new SheetImport.Upload(file.getFilename(), file.getContentType().map(MediaType::toString).orElse(null), content));
    }

    @Get(value = "/meetings/{id}/bridge-points/template", produces = {BridgePoints.CSV, BridgePoints.XLSX})
    @Operation(operationId = "downloadMeetingBridgePointTemplate", summary = "Download the import template",
            description = "The column headings the import reads, in Vietnamese, with one example row: XLSX (default; a second sheet lists the unit codes of the "
                    + "jurisdiction) or CSV (UTF-8 with BOM, so Excel shows the diacritics).")
    @ApiResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = BridgePoints.XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = BridgePoints.CSV, schema = @Schema(type = "string", format = "binary"))})
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> template(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                         @Parameter(description = "XLSX (default) or CSV") @Nullable @QueryValue TemplateFormat format) {
        TemplateFormat chosen = format == null ? TemplateFormat.XLSX : format;
        byte[] body = bridgePoints.template(Caller.of(authentication), id, chosen);
        String name = "mau-diem-cau." + (chosen == TemplateFormat.CSV ? "csv" : "xlsx");
        return HttpResponse.ok(body).contentType(MediaType.of(chosen == TemplateFormat.CSV ? CSV_UTF8 : BridgePoints.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    @Get("/meeting-bridge-points/{id}")
    @Operation(operationId = "getMeetingBridgePoint", summary = "Get a bridge point", description = "With its version as the ETag, for whoever may see the meeting.")
    @ApiErrors.ReadOne
    public HttpResponse<BridgePointResponse> get(Authentication authentication, @Parameter(description = "Bridge point id") @PathVariable UUID id) {
        return withEtag(bridgePoints.get(Caller.of(authentication), id));
    }

    @Put("/meeting-bridge-points/{id}")
    @Operation(operationId = "updateMeetingBridgePoint", summary = "Correct a bridge point",
            description = "The host office, with If-Match, while the conference is not cancelled or closed; also how the delegates present are recorded.")
    @ApiErrors.Update
    @ApiResponse(responseCode = "422", description = "Refers to an unknown unit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<BridgePointResponse> update(Authentication authentication, @Parameter(description = "Bridge point id") @PathVariable UUID id,
                                                    @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                    @Valid @Body BridgePointRequest request) {
        return withEtag(bridgePoints.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Delete("/meeting-bridge-points/{id}")
    @Operation(operationId = "deleteMeetingBridgePoint", summary = "Remove a bridge point", description = "The host office, while the conference is not cancelled or closed.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Transition
    public HttpResponse<Void> delete(Authentication authentication, @Parameter(description = "Bridge point id") @PathVariable UUID id) {
        bridgePoints.delete(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }

    private static HttpResponse<BridgePointResponse> withEtag(BridgePointResponse point) {
        return HttpResponse.ok(point).header(HttpHeaders.ETAG, Versions.etag(point.version()));
    }
}
