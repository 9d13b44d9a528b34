package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;

import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/conclusion-statistics")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Conclusions")
public class ConclusionStatisticsController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ConclusionStatistics statistics;

    ConclusionStatisticsController(ConclusionStatistics statistics) {
        this.statistics = statistics;
    }

    @Get
    @Operation(operationId = "getConclusionStatistics", summary = "Task statistics for a period",
            description = "Tasks of documents issued between `from` and `to`, by derived status as of today, with percentages, in total and per lead unit "
                    + "(laggards first). Offices see their jurisdiction; a unit officer sees their own unit.")
    @ApiErrors.Read
    public StatisticsResponse get(Authentication authentication,
                                  @Parameter(description = "First day (documents issued on or after)") @QueryValue LocalDate from,
                                  @Parameter(description = "Last day") @QueryValue LocalDate to,
                                  @Parameter(description = "Only documents of this leadership body") @Nullable @QueryValue UUID issuingBodyId,
                                  @Parameter(description = "Only this document") @Nullable @QueryValue UUID documentId,
                                  @Parameter(description = "Only tasks followed by this office") @Nullable @QueryValue UUID officeId,
                                  @Parameter(description = "Only tasks led by this unit") @Nullable @QueryValue UUID unitId) {
        return statistics.compute(Caller.of(authentication), new StatisticsResponse.Filter(from, to, issuingBodyId, documentId, officeId, unitId));
    }

    @Get(value = "/export", produces = XLSX)
    @Operation(operationId = "exportConclusionStatistics", summary = "Task statistics as XLSX", description = "The same figures as the JSON, as a spreadsheet with Vietnamese headings.")
    @ApiErrors.Read
    public HttpResponse<byte[]> export(Authentication authentication,
                                       @Parameter(description = "First day (documents issued on or after)") @QueryValue LocalDate from,
                                       @Parameter(description = "Last day") @QueryValue LocalDate to,
                                       @Parameter(description = "Only documents of this leadership body") @Nullable @QueryValue UUID issuingBodyId,
                                       @Parameter(description = "Only this document") @Nullable @QueryValue UUID documentId,
                                       @Parameter(description = "Only tasks followed by this office") @Nullable @QueryValue UUID officeId,
                                       @Parameter(description = "Only tasks led by this unit") @Nullable @QueryValue UUID unitId) {
        StatisticsResponse figures = statistics.compute(Caller.of(authentication), new StatisticsResponse.Filter(from, to, issuingBodyId, documentId, officeId, unitId));
        return HttpResponse.ok(statistics.xlsx(figures)).contentType(MediaType.of(XLSX))
                .header("Content-Disposition", "attachment; filename=\"thong-ke-nhiem-vu-" + from + "-" + to + ".xlsx\"");
    }
}
