package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import jakarta.validation.Valid;
import vn.lienthong.calendar.CalendarDtos.ClashAcceptanceRequest;
import vn.lienthong.calendar.CalendarDtos.ClashAcceptanceResponse;
import vn.lienthong.calendar.CalendarDtos.ClashCheckRequest;
import vn.lienthong.calendar.CalendarDtos.ClashListResponse;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Problems;

import java.net.URI;
import java.time.LocalDate;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars")
public class ClashController {
    static final int MAX_DAYS = 1830;

    private final ProgrammeItems programmeItems;
    private final Clashes clashes;
    private final CalendarItems items;

    ClashController(ProgrammeItems programmeItems, Clashes clashes, CalendarItems items) {
        this.programmeItems = programmeItems;
        this.clashes = clashes;
        this.items = items;
    }

    @Post("/clash-checks")
    @Operation(operationId = "checkClashes", summary = "Check an item for clashes without saving it",
            description = "For the editor, while the user types: the clashes the item would have with items of every body (same leader, venue, participants "
                    + "at overlapping times; same locality on the same day as a warning). Nothing is saved.")
    @ApiResponse(responseCode = "200", description = "The clashes (empty when none)", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClashListResponse.class)))
    @ApiResponse(responseCode = "422", description = "End before start", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Read
    public HttpResponse<ClashListResponse> check(Authentication authentication, @Valid @Body ClashCheckRequest request) {
        return HttpResponse.ok(new ClashListResponse(programmeItems.check(Caller.of(authentication), request)));
    }

    @Get("/clashes")
    @Operation(operationId = "listClashes", summary = "List every clash in a period",
            description = "Among the items the caller may see (for the Party Committee Office: all submitted programmes), compared within the same period kind. "
                    + "Accepted clashes are included with their note unless includeAccepted=false. At most five years (1,830 days) at a time, the longest review period.")
    @ApiErrors.Read
    public ClashListResponse list(Authentication authentication,
                                  @Parameter(description = "First day (Vietnam time)", required = true) @QueryValue LocalDate from,
                                  @Parameter(description = "Last day, included", required = true) @QueryValue LocalDate to,
                                  @Parameter(description = "Only items of programmes of this period kind") @Nullable @QueryValue PeriodKind periodKind,
                                  @Parameter(description = "Include clashes accepted with a note (default true)") @Nullable @QueryValue Boolean includeAccepted) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ProblemException.invalid("to", "must be on or after from, and at most " + MAX_DAYS + " days later");
        }
        return new ClashListResponse(clashes.inRange(Caller.of(authentication), from, to, periodKind, includeAccepted == null || includeAccepted));
    }

    @Post("/clash-merges")
    @Operation(operationId = "mergeClashingItems", summary = "Merge two clashing items into one",
            description = "When two items are one activity (a joint conference entered by two offices): the kept item takes the other's leaders and participants "
                    + "and a note; the other is removed and its office told. The Party Committee Office while consolidating (both programmes SUBMITTED or "
                    + "CONSOLIDATED), or an office within its own drafts. 409 when the items do not clash.")
    @ApiResponse(responseCode = "200", description = "The kept item and its remaining clashes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarDtos.ItemWriteResponse.class)))
    @ApiErrors.Transition
    public CalendarDtos.ItemWriteResponse merge(Authentication authentication, @Valid @Body CalendarDtos.ClashMergeRequest request) {
        return programmeItems.merge(Caller.of(authentication), request);
    }

    @Post("/clash-acceptances")
    @Operation(operationId = "acceptClash", summary = "Accept a clash with a note",
            description = "The Party Committee Office or an office owning one of the two items decides they may overlap. 409 if there is no such clash or it was already accepted.")
    @ApiResponse(responseCode = "201", description = "Accepted", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClashAcceptanceResponse.class)))
    @ApiErrors.Create
    public HttpResponse<ClashAcceptanceResponse> accept(Authentication authentication, @Valid @Body ClashAcceptanceRequest request) {
        ClashAcceptanceResponse accepted = clashes.accept(Caller.of(authentication), request, items);
        return HttpResponse.created(accepted, URI.create("/api/v1/programme-items/" + accepted.itemId()));
    }
}
