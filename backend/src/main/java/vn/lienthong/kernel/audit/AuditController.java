package vn.lienthong.kernel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.SqlPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

@Controller("/api/v1/audit-events")
@Secured({Roles.SYSTEM_ADMIN, Roles.NATIONAL_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit", description = "The audit trail of every change (administrators)")
public class AuditController {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private final SqlPages pages;
    private final JsonMapper json;

    AuditController(SqlPages pages, JsonMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listAuditEvents", summary = "List audit events",
            description = "Administrators (SYSTEM_ADMIN): the changes of the caller's jurisdiction's data, or with `national=true` the changes of national data "
                    + "(statutory deadline rules, holiday years, national holidays, job runs). National administrators (NATIONAL_ADMIN): the changes of "
                    + "national data. Newest first by default; sortable by `occurredAt`.")
    @ApiErrors.Read
    public PageResponse<AuditEventResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                 @Parameter(description = "Only events of this kind of object, e.g. unit") @Nullable @QueryValue String entityType,
                                                 @Parameter(description = "Only events of this object id") @Nullable @QueryValue String entityId,
                                                 @Parameter(description = "The changes of national data instead of the jurisdiction's (always so for a national administrator)")
                                                 @Nullable @QueryValue Boolean national) {
        Caller caller = Caller.of(authentication);
        SqlPages.Query query = new SqlPages.Query("*", "audit_event");
        query = caller.isNationalAdmin() || Boolean.TRUE.equals(national) ? query.where("jurisdiction_id IS NULL")
                : query.where("jurisdiction_id = ?", caller.jurisdictionId());
        query = query
                .whereIfPresent(entityType, "entity_type = ?")
                .whereIfPresent(entityId, "entity_id = ?")
                .updatedSince("occurred_at", page.updatedSince())
                .sortable("occurredAt", "occurred_at")
                .defaultSort("-occurredAt");
        return pages.page(query, page, rs -> new AuditEventResponse(
                rs.getLong("id"),
                SqlPages.instant(rs, "occurred_at").atZone(Zones.VIETNAM).toOffsetDateTime(),
                SqlPages.uuid(rs, "actor_id"),
                rs.getString("actor_kind"),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                read(rs.getString("changes")),
                rs.getString("request_id"),
                SqlPages.uuid(rs, "jurisdiction_id"),
                SqlPages.uuid(rs, "actor_jurisdiction_id")));
    }

    private Map<String, Object> read(String value) {
        try {
            return json.readValue(value, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
