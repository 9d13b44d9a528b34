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
import vn.lienthong.kernel.office.OrgDtos.JurisdictionRequest;
import vn.lienthong.kernel.office.OrgDtos.JurisdictionResponse;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/jurisdictions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Organisation", description = "Administration of jurisdictions, offices, leadership bodies, leaders and units")
public class JurisdictionController {
    private final JurisdictionAdmin admin;

    JurisdictionController(JurisdictionAdmin admin) {
        this.admin = admin;
    }

    @Get
    @Secured({Roles.SYSTEM_ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(operationId = "listJurisdictions", summary = "List jurisdictions",
            description = "A national administrator sees every jurisdiction; a jurisdiction's administrator its own.")
    @ApiErrors.Read
    public List<JurisdictionResponse> list(Authentication authentication) {
        return admin.list(Caller.of(authentication));
    }

    @Get("/{id}")
    @Secured({Roles.SYSTEM_ADMIN, Roles.NATIONAL_ADMIN})
    @Operation(operationId = "getJurisdiction", summary = "Get a jurisdiction", description = "With its version as ETag. Another jurisdiction is 404 to a jurisdiction's administrator.")
    @ApiErrors.ReadOne
    public HttpResponse<JurisdictionResponse> get(Authentication authentication, @Parameter(description = "Jurisdiction id") @PathVariable UUID id) {
        JurisdictionResponse found = admin.get(Caller.of(authentication), id);
        return OrgResponses.ok(found, found.version());
    }

    @Post
    @Secured(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "createJurisdiction", summary = "Create a jurisdiction",
            description = "National administrators only (the list of provinces and cities is national data). Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = JurisdictionResponse.class)))
    @ApiErrors.Create
    public HttpResponse<JurisdictionResponse> create(Authentication authentication,
                                                     @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                     @Valid @Body JurisdictionRequest request) {
        Idempotency.Outcome<JurisdictionResponse> outcome = admin.create(Caller.of(authentication), idempotencyKey, request);
        return OrgResponses.created(outcome, "/api/v1/jurisdictions/" + outcome.body().id(), outcome.body().version());
    }

    @Put("/{id}")
    @Secured(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "updateJurisdiction", summary = "Replace a jurisdiction",
            description = "National administrators only: code, name, kind, and `active` (false deactivates it). Requires If-Match.")
    @ApiErrors.Update
    public HttpResponse<JurisdictionResponse> update(Authentication authentication, @Parameter(description = "Jurisdiction id") @PathVariable UUID id,
                                                     @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @Valid @Body JurisdictionRequest request) {
        JurisdictionResponse updated = admin.update(Caller.of(authentication), id, ifMatch, request);
        return OrgResponses.ok(updated, updated.version());
    }
}
