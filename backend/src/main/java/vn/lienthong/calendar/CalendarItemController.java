package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
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
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;

import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/calendar-items")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars")
public class CalendarItemController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CalendarItems items;
    private final WeeklySchedule weeklySchedule;

    CalendarItemController(CalendarItems items, WeeklySchedule weeklySchedule) {
        this.items = items;
        this.weeklySchedule = weeklySchedule;
    }

    @Get
    @Operation(operationId = "listCalendarItems", summary = "The consolidated view: items of all bodies in a date range",
            description = "Items of every body the caller may see (own office: all; other offices: once submitted; unit officers: published), in start order. "
                    + "`from`/`to` are Vietnam dates (both included); `q` searches title, venue and notes without diacritics; `updatedSince` for incremental sync.")
    @ApiErrors.Read
    public PageResponse<ItemResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                           @Parameter(description = "First day") @Nullable @QueryValue LocalDate from,
                                           @Parameter(description = "Last day, included") @Nullable @QueryValue LocalDate to,
                                           @Parameter(description = "Only this leadership body") @Nullable @QueryValue UUID bodyId,
                                           @Parameter(description = "Only programmes of this office") @Nullable @QueryValue UUID officeId,
                                           @Parameter(description = "Only items this leader chairs") @Nullable @QueryValue UUID leaderId,
                                           @Parameter(description = "Only this locality") @Nullable @QueryValue UUID localityUnitId,
                                           @Parameter(description = "Only internal or public items") @Nullable @QueryValue Visibility visibility,
                                           @Parameter(description = "Only items of programmes of this period kind") @Nullable @QueryValue PeriodKind periodKind) {
        return items.view(Caller.of(authentication), page, new CalendarItems.ViewFilter(from, to, null, bodyId, officeId, leaderId, localityUnitId, visibility, periodKind));
    }

    @Get(value = "/weekly-schedule", produces = {DOCX, XLSX})
    @Operation(operationId = "downloadWeeklySchedule", summary = "Download the printed weekly schedule (Lịch công tác tuần)",
            description = "The week (Monday to Sunday) containing weekOf, as the table offices post and circulate: DOCX (default) or XLSX.")
    @ApiResponse(responseCode = "200", description = "The document", content = {@Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiErrors.Read
    public HttpResponse<byte[]> weeklySchedule(Authentication authentication, @Parameter(description = "Any day of the week", required = true) @QueryValue LocalDate weekOf,
                                               @Parameter(description = "DOCX or XLSX (default DOCX)") @Nullable @QueryValue ExportFormat format,
                                               @Parameter(description = "Only items of programmes of this period kind") @Nullable @QueryValue PeriodKind periodKind,
                                               @Parameter(description = "Only this leadership body") @Nullable @QueryValue UUID bodyId) {
        WeeklySchedule.Week week = weeklySchedule.week(Caller.of(authentication), weekOf, periodKind, bodyId);
        boolean xlsx = format == ExportFormat.XLSX;
        String name = "lich-cong-tac-tuan-" + week.monday() + (xlsx ? ".xlsx" : ".docx");
        return HttpResponse.ok(xlsx ? weeklySchedule.xlsx(week) : weeklySchedule.docx(week)).contentType(MediaType.of(xlsx ? XLSX : DOCX))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
