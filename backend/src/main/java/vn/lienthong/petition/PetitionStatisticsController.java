package vn.lienthong.petition;

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
import vn.lienthong.petition.PetitionStatisticsDtos.Filter;
import vn.lienthong.petition.PetitionStatisticsDtos.StatisticsResponse;

import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/petition-statistics")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Petitions")
public class PetitionStatisticsController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PetitionStatistics statistics;

    PetitionStatisticsController(PetitionStatistics statistics) {
        this.statistics = statistics;
    }

    @Get
    @Operation(operationId = "getPetitionStatistics", summary = "Petition statistics for a period",
            description = "Petitions received between `from` and `to` (Vietnamese dates of receipt, both included, at most 10 years), as they stand today: "
                    + "received, eligible or not, forwarded, guided, filed, accepted, resolved on time and late, first step on time and late, overdue "
                    + "now, crowd petitions — in total and by kind, channel, receiving office, addressed leadership body and month — and the handling "
                    + "documents issued in the period. `officeId` keeps one receiving office, `bodyId` the petitions addressed to one leadership body "
                    + "(one office may serve several bodies). Aggregate counts only, never a petitioner, subject or content: for the staff of every office "
                    + "of the jurisdiction and the administrators.")
    @ApiErrors.Read
    public StatisticsResponse get(Authentication authentication,
                                  @Parameter(description = "First day of receipt") @QueryValue LocalDate from,
                                  @Parameter(description = "Last day of receipt, included") @QueryValue LocalDate to,
                                  @Parameter(description = "Only petitions received (and documents issued) by this office") @Nullable @QueryValue UUID officeId,
                                  @Parameter(description = "Only petitions addressed to this leadership body") @Nullable @QueryValue UUID bodyId) {
        return statistics.compute(Caller.of(authentication), new Filter(from, to, officeId, bodyId));
    }

    @Get(value = "/export", produces = XLSX)
    @Operation(operationId = "exportPetitionStatistics", summary = "Petition statistics as XLSX",
            description = "The same figures as the JSON, as a spreadsheet with Vietnamese headings: sheets «Tổng hợp», «Theo loại đơn», «Theo nguồn đơn», "
                    + "«Theo văn phòng», «Theo cơ quan» and «Theo tháng». Counts only: no petitioner, subject or content.")
    @ApiResponse(responseCode = "200", description = "The spreadsheet", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.Read
    public HttpResponse<byte[]> export(Authentication authentication,
                                       @Parameter(description = "First day of receipt") @QueryValue LocalDate from,
                                       @Parameter(description = "Last day of receipt, included") @QueryValue LocalDate to,
                                       @Parameter(description = "Only petitions received (and documents issued) by this office") @Nullable @QueryValue UUID officeId,
                                       @Parameter(description = "Only petitions addressed to this leadership body") @Nullable @QueryValue UUID bodyId) {
        StatisticsResponse figures = statistics.compute(Caller.of(authentication), new Filter(from, to, officeId, bodyId));
        return HttpResponse.ok(statistics.xlsx(figures)).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thong-ke-don-thu-" + from + "-" + to + ".xlsx\"");
    }
}
