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
import vn.lienthong.kernel.office.OrgDtos.LeaderCreateRequest;
import vn.lienthong.kernel.office.OrgDtos.LeaderPositionRequest;
import vn.lienthong.kernel.office.OrgDtos.LeaderPositionResponse;
import vn.lienthong.kernel.office.OrgDtos.LeaderUpdateRequest;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.SqlPages;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/leaders")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
public class LeaderController {
    private final SqlPages pages;
    private final LeaderAdmin admin;

    LeaderController(SqlPages pages, LeaderAdmin admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listLeaders", summary = "List leaders",
            description = "Leaders of the caller's jurisdiction who chair activities and meetings, in protocol order; `q` searches name and title without diacritics. "
                    + "Deactivated leaders only with `includeInactive=true`.")
    @ApiErrors.Read
    public PageResponse<LeaderResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                             @Parameter(description = "Only leaders of this leadership body") @Nullable @QueryValue UUID bodyId,
                                             @Parameter(description = "Also deactivated leaders (administration pages)") @Nullable @QueryValue Boolean includeInactive) {
        Caller caller = Caller.of(authentication);
        SqlPages.Query query = new SqlPages.Query(LeaderStore.SELECT, LeaderStore.FROM)
                .tieBreaker("l.id")
                .where("l.jurisdiction_id = ?", caller.jurisdictionId())
                .whereIfPresent(bodyId, "l.body_id = ?")
                .search("l.search_text", page.q())
                .updatedSince("l.updated_at", page.updatedSince())
                .sortable("position", "l.position").sortable("fullName", "l.full_name").sortable("updatedAt", "l.updated_at")
                .defaultSort("position,fullName");
        if (!Boolean.TRUE.equals(includeInactive)) {
            query.where("l.active");
        }
        return pages.page(query, page, rs -> LeaderStore.ROW.map(rs).response());
    }

    @Get("/{id}")
    @Operation(operationId = "getLeader", summary = "Get a leader", description = "One leader of the caller's jurisdiction with the current position; the version as ETag.")
    @ApiErrors.ReadOne
    public HttpResponse<LeaderResponse> get(Authentication authentication, @Parameter(description = "Leader id") @PathVariable UUID id) {
        LeaderResponse leader = admin.get(Caller.of(authentication), id);
        return OrgResponses.ok(leader, leader.version());
    }

    @Get("/{id}/positions")
    @Operation(operationId = "listLeaderPositions", summary = "A leader's positions over time",
            description = "Every position the leader held or holds, latest first, with its validity dates.")
    @ApiErrors.ReadOne
    public List<LeaderPositionResponse> positions(Authentication authentication, @Parameter(description = "Leader id") @PathVariable UUID id) {
        return admin.positions(Caller.of(authentication), id);
    }

    @Post
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createLeader", summary = "Create a leader",
            description = "The jurisdiction's administrator only: the leader with the position held from `validFrom`. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeaderResponse.class)))
    @ApiErrors.Create
    public HttpResponse<LeaderResponse> create(Authentication authentication,
                                               @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                               @Valid @Body LeaderCreateRequest request) {
        Idempotency.Outcome<LeaderResponse> outcome = admin.create(Caller.of(authentication), idempotencyKey, request);
        return OrgResponses.created(outcome, "/api/v1/leaders/" + outcome.body().id(), outcome.body().version());
    }

    @Put("/{id}")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "updateLeader", summary = "Replace a leader's name, order and active flag",
            description = "The jurisdiction's administrator only; `active: false` deactivates the leader (not offered for new items, old ones still show them). "
                    + "A change of post is POST /leaders/{id}/positions. Requires If-Match.")
    @ApiErrors.Update
    public HttpResponse<LeaderResponse> update(Authentication authentication, @Parameter(description = "Leader id") @PathVariable UUID id,
                                               @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Valid @Body LeaderUpdateRequest request) {
        LeaderResponse updated = admin.update(Caller.of(authentication), id, ifMatch, request);
        return OrgResponses.ok(updated, updated.version());
    }

    @Post("/{id}/positions")
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createLeaderPosition", summary = "Record a move of post",
            description = "The jurisdiction's administrator only. The new position holds from `validFrom`; the current one ends the day before (a `validFrom` "
                    + "before the current position's start is 409; the same day corrects the current position). Items chaired earlier keep the title held then. "
                    + "Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Recorded (or the first response again, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeaderPositionResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such leader in the caller's jurisdiction",
            content = @Content(mediaType = vn.lienthong.kernel.web.Problems.MEDIA_TYPE, schema = @Schema(implementation = vn.lienthong.kernel.web.Problem.class)))
    @ApiErrors.Create
    public HttpResponse<LeaderPositionResponse> move(Authentication authentication, @Parameter(description = "Leader id") @PathVariable UUID id,
                                                     @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                     @Valid @Body LeaderPositionRequest request) {
        Idempotency.Outcome<LeaderPositionResponse> outcome = admin.move(Caller.of(authentication), id, idempotencyKey, request);
        HttpResponse<LeaderPositionResponse> response = HttpResponse.created(outcome.body(), java.net.URI.create("/api/v1/leaders/" + id + "/positions"));
        return outcome.replayed() ? HttpResponse.created(outcome.body(), java.net.URI.create("/api/v1/leaders/" + id + "/positions"))
                .header(Idempotency.REPLAYED_HEADER, "true") : response;
    }
}
