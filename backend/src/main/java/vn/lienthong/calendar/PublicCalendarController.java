package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.calendar.CalendarDtos.PublicItem;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;

import java.time.LocalDate;
import java.util.UUID;

@Controller("/api/v1/public")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Public calendar", description = "Published public items of the leaders' schedules: JSON for the e-portal (scope public:read) and iCalendar feeds for anyone")
public class PublicCalendarController {
    static final String ICAL = "text/calendar";

    private final CalendarFeeds feeds;

    PublicCalendarController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Get("/calendar-items")
    @Secured(Roles.SCOPE_PUBLIC_READ)
    @Operation(operationId = "listPublicCalendarItems", summary = "Published public items (e-portal)",
            description = "Machine clients with scope public:read: published PUBLIC items of the client's jurisdiction, cancelled ones included (flagged) so a mirror can "
                    + "remove them; no internal notes or participants. `updatedSince` for incremental sync.")
    @ApiErrors.Read
    public PageResponse<PublicItem> items(Authentication authentication, @Valid @RequestBean PageParams page,
                                          @Parameter(description = "First day") @Nullable @QueryValue LocalDate from,
                                          @Parameter(description = "Last day, included") @Nullable @QueryValue LocalDate to,
                                          @Parameter(description = "Only this leadership body") @Nullable @QueryValue UUID bodyId,
                                          @Parameter(description = "Only items this leader chairs") @Nullable @QueryValue UUID leaderId) {
        return feeds.publicItems(Caller.of(authentication), page, new CalendarItems.ViewFilter(from, to, null, bodyId, null, leaderId, null, null, null));
    }

    @Get(value = "/calendars/{id}/ical", produces = ICAL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(operationId = "getCalendarIcal", summary = "iCalendar feed of a body's public schedule",
            description = "RFC 5545, anonymous, for calendar apps to subscribe to: published public items of the last year and ahead; UID stable, SEQUENCE bumped on "
                    + "each amendment, STATUS:CANCELLED when removed, times in Asia/Ho_Chi_Minh (VTIMEZONE included).")
    @ApiResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ICAL, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such calendar", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<String> calendar(@Parameter(description = "Calendar id") @PathVariable UUID id) {
        return HttpResponse.ok(feeds.calendarFeed(id)).contentType(MediaType.of(ICAL + "; charset=utf-8"));
    }

    @Get(value = "/leaders/{id}/ical", produces = ICAL)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(operationId = "getLeaderIcal", summary = "iCalendar feed of a leader's public schedule",
            description = "As the calendar feed, for the published public items this leader chairs, across bodies.")
    @ApiResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ICAL, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No such leader", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<String> leader(@Parameter(description = "Leader id") @PathVariable UUID id) {
        return HttpResponse.ok(feeds.leaderFeed(id)).contentType(MediaType.of(ICAL + "; charset=utf-8"));
    }
}
