package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.petition.DeadlineDtos.HolidayRequest;
import vn.lienthong.petition.DeadlineDtos.HolidayResponse;
import vn.lienthong.petition.DeadlineDtos.HolidayYearRequest;
import vn.lienthong.petition.DeadlineDtos.HolidayYearResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Petition deadlines", description = "Statutory time limits of petitions kept as data with the article they come from, counted against the national "
        + "holiday calendar (Labour Code 2019 art. 112; compensatory days off and make-up working days) — national data that national administrators keep up "
        + "to date — and the local days off a jurisdiction's administrator adds for that jurisdiction only")
public class HolidayController {
    private final HolidayCalendar calendar;

    HolidayController(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @Get("/holidays")
    @Operation(operationId = "listHolidays", summary = "List the holiday calendar",
            description = "Public holidays, compensatory days off and make-up working days, sorted by day: the national ones (`scope` NATIONAL, the same "
                    + "for every jurisdiction) and the caller's jurisdiction's local days off (`scope` LOCAL); never another jurisdiction's.")
    @ApiErrors.Read
    public List<HolidayResponse> list(Authentication authentication,
                                      @Parameter(description = "Only this year") @Nullable @QueryValue @Min(2000) @Max(2200) Integer year) {
        return calendar.list(Caller.of(authentication), year);
    }

    @Post("/holidays")
    @Secured({Roles.NATIONAL_ADMIN, Roles.SYSTEM_ADMIN})
    @Operation(operationId = "createHoliday", summary = "Add a day to the holiday calendar",
            description = "`scope` NATIONAL (the default) — national administrators (NATIONAL_ADMIN) only, a jurisdiction's administrator gets 403: an "
                    + "announced holiday, day off or make-up working day for every jurisdiction; the day's year must be a known holiday year, or `yearSource` "
                    + "declares it (422 otherwise); a day already in the national calendar is a 409. `scope` LOCAL — the jurisdiction's administrator "
                    + "(SYSTEM_ADMIN) only: a day off (HOLIDAY or COMPENSATORY_DAY_OFF) of the caller's jurisdiction only, e.g. the province's liberation "
                    + "day, in a known year (422 otherwise), on a day that is neither a national entry nor already a local one (409). Audited with the "
                    + "jurisdiction (none for a national day).")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = HolidayResponse.class)))
    @ApiResponse(responseCode = "422", description = "The day's year is not a known holiday year", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Create
    public HttpResponse<HolidayResponse> create(Authentication authentication, @Valid @Body HolidayRequest request) {
        HolidayResponse created = calendar.create(Caller.of(authentication), request);
        return HttpResponse.created(created, URI.create("/api/v1/holidays/" + created.id()));
    }

    @Delete("/holidays/{id}")
    @Secured({Roles.NATIONAL_ADMIN, Roles.SYSTEM_ADMIN})
    @Operation(operationId = "deleteHoliday", summary = "Remove a day from the holiday calendar",
            description = "A national day: national administrators (NATIONAL_ADMIN) only, a jurisdiction's administrator gets 403. A local day: the "
                    + "administrator (SYSTEM_ADMIN) of its jurisdiction; another jurisdiction's local day is a 404. Deadlines computed afterwards count the "
                    + "day as an ordinary day of its week.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Action
    public HttpResponse<Void> delete(Authentication authentication, @Parameter(description = "Holiday id") @PathVariable UUID id) {
        calendar.delete(Caller.of(authentication), id);
        return HttpResponse.noContent();
    }

    @Get("/holiday-years")
    @Operation(operationId = "listHolidayYears", summary = "List the known holiday years",
            description = "The years whose holiday calendar is known. A deadline counted through a day of any other year is refused (422).")
    @ApiErrors.Read
    public List<HolidayYearResponse> years() {
        return calendar.years();
    }

    @Put("/holiday-years/{year}")
    @Secured(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "putHolidayYear", summary = "Declare a holiday year known",
            description = "National administrators (NATIONAL_ADMIN) only, a jurisdiction's administrator gets 403: once the year's holidays, days off and "
                    + "make-up days are entered (or to change the source cited). Creates the year or replaces its source; audited as a change of national data.")
    @ApiResponse(responseCode = "400", description = "Invalid year or body", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not allowed for this role or client", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HolidayYearResponse putYear(Authentication authentication, @Parameter(description = "The year, 2000 to 2200") @PathVariable @Min(2000) @Max(2200) int year,
                                       @Valid @Body HolidayYearRequest request) {
        return calendar.putYear(Caller.of(authentication), year, request.source());
    }
}
