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

@Controller("/api/v1/units")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
public class UnitController {
    private final UnitService service;
    private final UnitMerger merger;

    UnitController(UnitService service, UnitMerger merger) {
        this.service = service;
        this.merger = merger;
    }

    @Get
    @Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
    @Operation(operationId = "listUnits", summary = "List units", description = "Departments and localities of the caller's jurisdiction. `q` ignores diacritics; sortable by code, name, updatedAt, validFrom.")
    @ApiErrors.Read
    public PageResponse<UnitResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                      @Parameter(description = "Only units of this kind") @Nullable @QueryValue UnitKind kind,
                                                      @Parameter(description = "Only units that exist on this date") @Nullable @QueryValue LocalDate activeOn,
                                                      @Parameter(description = "true: only units offered for new items; false: only deactivated ones") @Nullable @QueryValue Boolean active) {
        return service.list(Caller.of(authentication), page, kind, activeOn, active);
    }

    @Get("/{id}")
    @Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
    @Operation(operationId = "getUnit", summary = "Get a unit", description = "The response carries the version as ETag, to send back in If-Match when updating.")
    @ApiErrors.ReadOne
    public HttpResponse<UnitResponse> get(Authentication authentication, @Parameter(description = "Unit id") @PathVariable UUID id) {
        UnitResponse unit = service.get(Caller.of(authentication), id);
        return HttpResponse.ok(unit).header(HttpHeaders.ETAG, Versions.etag(unit.version()));
    }

    @Post
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "Administrators only. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, for a replayed Idempotency-Key)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitResponse.class)))
    @ApiErrors.Create
    public HttpResponse<UnitResponse> create(Authentication authentication,
                                                        @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                        @Valid @Body UnitRequest request) {
        Idempotency.Outcome<UnitResponse> outcome = service.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/units/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Put("/{id}")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateUnit", summary = "Replace a unit", description = "Administrators only. Requires If-Match with the current ETag; all offices are notified.")
    @ApiErrors.Update
    public HttpResponse<UnitResponse> update(Authentication authentication, @Parameter(description = "Unit id") @PathVariable UUID id,
                                                        @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                        @Valid @Body UnitRequest request) {
        UnitResponse unit = service.update(Caller.of(authentication), id, ifMatch, request);
        return HttpResponse.ok(unit).header(HttpHeaders.ETAG, Versions.etag(unit.version()));
    }

    @Post("/{id}/merger")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "mergeUnit", summary = "Merge a unit into its successor (sáp nhập)",
            description = "Administrators only. The unit ends the day before `effectiveOn` and names its successor; its open work — conclusion tasks it leads or "
                    + "coordinates, petitions it was asked to verify or answer, voters' recommendations awaiting its answer, open meeting preparation tasks and "
                    + "invitations to upcoming meetings — moves to the successor in the same transaction, with one audit event; nothing closed changes. "
                    + "The answer counts what moved. A unit merged once is 409.")
    @ApiErrors.Transition
    public OrgDtos.UnitMergeResponse merge(Authentication authentication, @Parameter(description = "The unit merged away") @PathVariable UUID id,
                                   @Valid @Body OrgDtos.UnitMergeRequest request) {
        return merger.merge(Caller.of(authentication), id, request);
    }
}
