package vn.lienthong.kernel.user;

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

@Controller("/api/v1/users")
@Secured({Roles.SYSTEM_ADMIN, Roles.CHIEF_OF_OFFICE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users")
public class UserImportController {
    private final UserImport imports;

    UserImportController(UserImport imports) {
        this.imports = imports;
    }

    @Post("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importUsers", summary = "Create accounts from a CSV or XLSX file",
            description = "Multipart form with one part `file`: CSV (UTF-8, with or without BOM, comma or semicolon separated) or Excel .xlsx (first sheet), "
                    + "at most 5 MiB and 2,000 rows. Row 1 names the columns, in Vietnamese or English, case and diacritics ignored: «Tên đăng nhập» (username, "
                    + "required), «Họ và tên» (full name, required), «Vai trò» (role, required: Chuyên viên, Lãnh đạo văn phòng, Chánh văn phòng, Cán bộ đơn vị, "
                    + "Quản trị hệ thống or the API's names), «Mã văn phòng» (office code, for office roles), «Mã đơn vị» (unit code, for unit officers), «Email» "
                    + "and «Điện thoại»; see the template. Every row is checked with the rules of POST /users, and usernames repeated in the file or taken already: "
                    + "if any row is wrong nothing is created and the 422 lists each problem as `rows[N].field` with N the spreadsheet row. A good file creates "
                    + "every account in one transaction, each with a one-time password shown in this response only. A chief of office imports specialists and "
                    + "office leaders of their own office.")
    @ApiResponse(responseCode = "200", description = "Created; each account with its one-time password",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDtos.UserImportResponse.class)))
    @ApiErrors.Transition
    @ApiResponse(responseCode = "413", description = "File too large", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Neither CSV nor XLSX", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Rows or columns with problems, one entry per problem; nothing was created",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserDtos.UserImportResponse importFile(Authentication authentication, @Part("file") CompletedFileUpload file) {
        return imports.importFile(Caller.of(authentication), SheetImport.Upload.of(file));
    }

    @Get(value = "/import-template", produces = {SheetImport.XLSX, SheetImport.CSV})
    @Operation(operationId = "downloadUserImportTemplate", summary = "Download the account import template",
            description = "The column headings the import reads, in Vietnamese, with two example rows: XLSX (default; further sheets list the roles, the office "
                    + "codes and the unit codes of the jurisdiction) or CSV (UTF-8 with BOM, so Excel shows the diacritics).")
    @ApiResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = SheetImport.XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = SheetImport.CSV, schema = @Schema(type = "string", format = "binary"))})
    @ApiErrors.Read
    public HttpResponse<byte[]> template(Authentication authentication,
                                         @Parameter(description = "XLSX (default) or CSV") @Nullable @QueryValue SheetImport.Format format) {
        SheetImport.Format chosen = format == null ? SheetImport.Format.XLSX : format;
        return SheetImport.download(imports.template(Caller.of(authentication), chosen), "mau-tai-khoan", chosen);
    }
}
