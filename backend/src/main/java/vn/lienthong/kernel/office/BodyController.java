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
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.office.OrgDtos.BodyRequest;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/bodies")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
public class BodyController {
    private final LeadershipBodyRepository bodies;
    private final OfficeAdmin admin;

    BodyController(LeadershipBodyRepository bodies, OfficeAdmin admin) {
        this.bodies = bodies;
        this.admin = admin;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listLeadershipBodies", summary = "List leadership bodies", description = "Bodies of the caller's jurisdiction, optionally only those one office serves.")
    @ApiErrors.Read
    public List<LeadershipBodyResponse> bodies(Authentication authentication, @Parameter(description = "Only bodies served by this office") @Nullable @QueryValue UUID officeId,
                                               @Parameter(description = "true: only bodies offered for new items; false: only deactivated ones") @Nullable @QueryValue Boolean active) {
        UUID jurisdictionId = Caller.of(authentication).jurisdictionId();
        List<LeadershipBody> found = officeId == null
                ? bodies.findByJurisdictionIdOrderByCode(jurisdictionId)
                : bodies.findByJurisdictionIdAndOfficeIdOrderByCode(jurisdictionId, officeId);
        return found.stream().filter(b -> active == null || b.active() == active).map(LeadershipBodyResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getLeadershipBody", summary = "Get a leadership body", description = "One body of the caller's jurisdiction, its version as ETag.")
    @ApiErrors.ReadOne
    public HttpResponse<LeadershipBodyResponse> get(Authentication authentication, @Parameter(description = "Body id") @PathVariable UUID id) {
        LeadershipBodyResponse body = LeadershipBodyResponse.of(admin.body(Caller.of(authentication), id));
        return OrgResponses.ok(body, body.version());
    }

    @Post
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createLeadershipBody", summary = "Create a leadership body",
            description = "The jurisdiction's administrator only; the body gets its work calendar at once. A code unique in the jurisdiction (409). Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadershipBodyResponse.class)))
    @ApiErrors.Create
    public HttpResponse<LeadershipBodyResponse> create(Authentication authentication,
                                                       @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                       @Valid @Body BodyRequest request) {
        Idempotency.Outcome<LeadershipBodyResponse> outcome = admin.createBody(Caller.of(authentication), idempotencyKey, request);
        return OrgResponses.created(outcome, "/api/v1/bodies/" + outcome.body().id(), outcome.body().version());
    }

    @Put("/{id}")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateLeadershipBody", summary = "Replace a leadership body",
            description = "The jurisdiction's administrator only; the office stays the same (400 on `officeId` otherwise); `active: false` deactivates it. Requires If-Match.")
    @ApiErrors.Update
    public HttpResponse<LeadershipBodyResponse> update(Authentication authentication, @Parameter(description = "Body id") @PathVariable UUID id,
                                                       @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @Body BodyRequest request) {
        LeadershipBodyResponse updated = admin.updateBody(Caller.of(authentication), id, ifMatch, request);
        return OrgResponses.ok(updated, updated.version());
    }
}
