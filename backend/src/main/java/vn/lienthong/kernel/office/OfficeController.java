package vn.lienthong.kernel.office;

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
import vn.lienthong.kernel.office.OrgDtos.OfficeRequest;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.ProblemException;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data", description = "Offices, the leadership bodies they serve, and units, in the caller's jurisdiction")
public class OfficeController {
    private final OfficeDirectory directory;
    private final OfficeAdmin admin;

    OfficeController(OfficeDirectory directory, OfficeAdmin admin) {
        this.directory = directory;
        this.admin = admin;
    }

    @Get("/offices")
    @Operation(operationId = "listOffices", summary = "List offices",
            description = "The offices (văn phòng) of the caller's jurisdiction, deactivated ones included unless `active` says otherwise.")
    @ApiErrors.Read
    public List<OfficeRef> offices(Authentication authentication,
                                   @Parameter(description = "true: only offices offered for new items; false: only deactivated ones") @Nullable @QueryValue Boolean active) {
        return directory.offices(Caller.of(authentication).jurisdictionId()).stream().filter(o -> active == null || o.active() == active).toList();
    }

    @Get("/offices/{id}")
    @Operation(operationId = "getOffice", summary = "Get an office", description = "One office of the caller's jurisdiction, with its names in Vietnamese and English; its version as ETag.")
    @ApiErrors.ReadOne
    public HttpResponse<OfficeRef> office(Authentication authentication, @Parameter(description = "Office id") @PathVariable UUID id) {
        OfficeRef office = directory.office(Caller.of(authentication).jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Office"));
        return OrgResponses.ok(office, office.version());
    }

    @Post("/offices")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createOffice", summary = "Create an office",
            description = "The jurisdiction's administrator only. One Party Committee Office per jurisdiction and a code unique in it (409). Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OfficeRef.class)))
    @ApiErrors.Create
    public HttpResponse<OfficeRef> create(Authentication authentication,
                                          @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                          @Valid @Body OfficeRequest request) {
        Idempotency.Outcome<OfficeRef> outcome = admin.createOffice(Caller.of(authentication), idempotencyKey, request);
        return OrgResponses.created(outcome, "/api/v1/offices/" + outcome.body().id(), outcome.body().version());
    }

    @Put("/offices/{id}")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateOffice", summary = "Replace an office",
            description = "The jurisdiction's administrator only; `active: false` deactivates it (not offered for new items, old ones still show it). Requires If-Match.")
    @ApiErrors.Update
    public HttpResponse<OfficeRef> update(Authentication authentication, @Parameter(description = "Office id") @PathVariable UUID id,
                                          @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Valid @Body OfficeRequest request) {
        OfficeRef updated = admin.updateOffice(Caller.of(authentication), id, ifMatch, request);
        return OrgResponses.ok(updated, updated.version());
    }
}
