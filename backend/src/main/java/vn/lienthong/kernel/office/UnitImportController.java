package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.report.SheetImport;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;

@Controller("/api/v1/units")
@Secured(Roles.SYSTEM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
public class UnitImportController {
    private final UnitImport imports;

    UnitImportController(UnitImport imports) {
        this.imports = imports;
    }

    @Post("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importUnits", summary = "Create units from a CSV or XLSX file",
            description = "Administrators only. Multipart form with one part `file`: CSV (UTF-8, with or without BOM, comma or semicolon separated) or Excel "
                    + ".xlsx (first sheet), at most 5 MiB and 2,000 rows. Row 1 names the columns, in Vietnamese or English, case and diacritics ignored: "
                    + "«Mã đơn vị» (code, required), «Tên đơn vị» (name, required), «Loại đơn vị» (kind, required: Sở, ban, ngành, Huyện, Xã, Phường, Đặc khu, "
                    + "Khác or the API's names), «Hiệu lực từ ngày» (validFrom, required, day/month/year or ISO) and «Hiệu lực đến ngày» (validTo); see the "
                    + "template. Every row is checked with the rules of POST /units, and codes repeated in the file or taken already: if any row is wrong "
                    + "nothing is created and the 422 lists each problem as `rows[N].field` with N the spreadsheet row. A good file creates every unit in one "
                    + "transaction.")
    @ApiResponse(responseCode = "200", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitImport.UnitImportResponse.class)))
    @ApiErrors.Transition
    @ApiResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Neither CSV nor XLSX", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Rows or columns with problems, one entry per problem; nothing was created",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitImport.UnitImportResponse importFile(Authentication authentication, @Part("file") CompletedFileUpload file) {
        return imports.importFile(Caller.of(authentication), SheetImport.Upload.of(file));
    }

    @Get(value = "/import-template", produces = {SheetImport.XLSX, SheetImport.CSV})
    @Operation(operationId = "downloadUnitImportTemplate", summary = "Download the unit import template",
            description = "Administrators only. The column headings the import reads, in Vietnamese, with two example rows: XLSX (default; a second sheet "
                    + "lists the kinds) or CSV (UTF-8 with BOM, so Excel shows the diacritics).")
    @ApiResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = SheetImport.XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = SheetImport.CSV, schema = @Schema(type = "string", format = "binary"))})
    @ApiErrors.Read
    public HttpResponse<byte[]> template(Authentication authentication,
                                         @Parameter(description = "XLSX (default) or CSV") @Nullable @QueryValue SheetImport.Format format) {
        SheetImport.Format chosen = format == null ? SheetImport.Format.XLSX : format;
        return SheetImport.download(imports.template(chosen), "mau-don-vi", chosen);
    }
}
