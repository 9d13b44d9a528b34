package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.calendar.CalendarDtos.DeadlineDashboardResponse;
import vn.lienthong.calendar.CalendarDtos.DeadlineRuleRequest;
import vn.lienthong.calendar.CalendarDtos.DeadlineRuleResponse;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Versions;

import java.time.LocalDate;
import java.util.List;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars")
public class ProgrammeDeadlineController {
    private final SubmissionDeadlines deadlines;

    ProgrammeDeadlineController(SubmissionDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Get("/programme-deadline-rules")
    @Operation(operationId = "listProgrammeDeadlineRules", summary = "List submission deadline rules",
            description = "When each period kind's draft programmes are due at the Party Committee Office, in this jurisdiction (defaults from the coordination regulation).")
    @ApiErrors.Read
    public List<DeadlineRuleResponse> rules(Authentication authentication) {
        return deadlines.rules(Caller.of(authentication).jurisdictionId()).stream().map(DeadlineRuleResponse::of).toList();
    }

    @Put("/programme-deadline-rules/{periodKind}")
    @Operation(operationId = "updateProgrammeDeadlineRule", summary = "Change a submission deadline rule",
            description = "An administrator or a leader of the Party Committee Office, with If-Match. Applies to programmes started afterwards.")
    @ApiErrors.Update
    public HttpResponse<DeadlineRuleResponse> update(Authentication authentication, @Parameter(description = "Period kind") @PathVariable PeriodKind periodKind,
                                                     @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                     @Valid @Body DeadlineRuleRequest request) {
        DeadlineRuleResponse rule = deadlines.update(Caller.of(authentication), periodKind, ifMatch, request);
        return HttpResponse.ok(rule).header(HttpHeaders.ETAG, Versions.etag(rule.version()));
    }

    @Get("/programme-deadlines")
    @Operation(operationId = "getProgrammeDeadlines", summary = "The deadline dashboard",
            description = "For every calendar and period kind, the current period and the next: the deadline, days left, and whether the office submitted on time or late. "
                    + "What is due next comes first, then what is overdue, then what was submitted.")
    @ApiErrors.Read
    public DeadlineDashboardResponse dashboard(Authentication authentication,
                                               @Parameter(description = "Compute as of this day (default today, Vietnam time)") @Nullable @QueryValue LocalDate on) {
        return deadlines.dashboard(Caller.of(authentication), on);
    }
}
