package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
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
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.SqlPages;

import java.util.UUID;

@Controller("/api/v1/leaders")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data")
public class LeaderController {
    private final SqlPages pages;

    LeaderController(SqlPages pages) {
        this.pages = pages;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listLeaders", summary = "List leaders",
            description = "Leaders of the caller's jurisdiction who chair activities and meetings, in protocol order; `q` searches name and title without diacritics.")
    @ApiErrors.Read
    public PageResponse<LeaderResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                             @Parameter(description = "Only leaders of this leadership body") @Nullable @QueryValue UUID bodyId) {
        Caller caller = Caller.of(authentication);
        SqlPages.Query query = new SqlPages.Query("l.*, b.name_vi AS body_name", "leader l LEFT JOIN leadership_body b ON b.id = l.body_id")
                .tieBreaker("l.id")
                .where("l.jurisdiction_id = ?", caller.jurisdictionId())
                .where("l.active")
                .whereIfPresent(bodyId, "l.body_id = ?")
                .search("l.search_text", page.q())
                .updatedSince("l.updated_at", page.updatedSince())
                .sortable("position", "l.position").sortable("fullName", "l.full_name").sortable("updatedAt", "l.updated_at")
                .defaultSort("position,fullName");
        return pages.page(query, page, rs -> new LeaderResponse(SqlPages.uuid(rs, "id"), rs.getString("full_name"), rs.getString("title_vi"),
                rs.getString("title_en"), SqlPages.uuid(rs, "body_id"), rs.getString("body_name")));
    }
}
