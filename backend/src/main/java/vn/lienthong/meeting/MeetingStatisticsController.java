package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.meeting.MeetingStatisticsDtos.Filter;
import vn.lienthong.meeting.MeetingStatisticsDtos.StatisticsResponse;

import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/meeting-statistics")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class MeetingStatisticsController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MeetingStatistics statistics;

    MeetingStatisticsController(MeetingStatistics statistics) {
        this.statistics = statistics;
    }

    @Get
    @Operation(operationId = "getMeetingStatistics", summary = "Meeting and conference statistics for a period",
            description = "Meetings held (HELD or CLOSED) whose start falls between `from` and `to` (Vietnamese dates, both included, at most 10 years): totals, "
                    + "in person and online, bridge points and delegates of the online conferences, attendance, and counts by kind, leadership body, host "
                    + "office and month. `officeId` keeps the meetings that office hosted or supported. For the offices and administrators of the jurisdiction.")
    @ApiErrors.Read
    public StatisticsResponse get(Authentication authentication,
                                  @Parameter(description = "First day (meetings starting on or after)") @QueryValue LocalDate from,
                                  @Parameter(description = "Last day, included") @QueryValue LocalDate to,
                                  @Parameter(description = "Only meetings hosted or supported by this office") @Nullable @QueryValue UUID officeId,
                                  @Parameter(description = "Only meetings of this leadership body") @Nullable @QueryValue UUID bodyId,
                                  @Parameter(description = "Only meetings of this kind") @Nullable @QueryValue UUID kindId) {
        return statistics.compute(Caller.of(authentication), new Filter(from, to, officeId, bodyId, kindId));
    }

    @Get(value = "/export", produces = XLSX)
    @Operation(operationId = "exportMeetingStatistics", summary = "Meeting and conference statistics as XLSX",
            description = "The same figures as the JSON, as a spreadsheet with Vietnamese headings: sheets «Tổng hợp», «Theo loại», «Theo văn phòng», "
                    + "«Theo tháng» and «Theo cơ quan».")
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.Read
    public HttpResponse<byte[]> export(Authentication authentication,
                                       @Parameter(description = "First day (meetings starting on or after)") @QueryValue LocalDate from,
                                       @Parameter(description = "Last day, included") @QueryValue LocalDate to,
                                       @Parameter(description = "Only meetings hosted or supported by this office") @Nullable @QueryValue UUID officeId,
                                       @Parameter(description = "Only meetings of this leadership body") @Nullable @QueryValue UUID bodyId,
                                       @Parameter(description = "Only meetings of this kind") @Nullable @QueryValue UUID kindId) {
        StatisticsResponse figures = statistics.compute(Caller.of(authentication), new Filter(from, to, officeId, bodyId, kindId));
        return HttpResponse.ok(statistics.xlsx(figures)).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thong-ke-hoi-nghi-" + from + "-" + to + ".xlsx\"");
    }
}
