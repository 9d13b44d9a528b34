package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import vn.lienthong.calendar.CalendarDtos.AmendmentResponse;
import vn.lienthong.calendar.CalendarDtos.ApprovalRequest;
import vn.lienthong.calendar.CalendarDtos.ItemRequest;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.ItemWriteResponse;
import vn.lienthong.calendar.CalendarDtos.ProgrammeRequest;
import vn.lienthong.calendar.CalendarDtos.ProgrammeResponse;
import vn.lienthong.calendar.CalendarDtos.ReturnRequest;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/programmes")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars")
public class ProgrammeController {
    private final Programmes programmes;
    private final ProgrammeItems programmeItems;
    private final CalendarItems items;

    ProgrammeController(Programmes programmes, ProgrammeItems programmeItems, CalendarItems items) {
        this.programmes = programmes;
        this.programmeItems = programmeItems;
        this.items = items;
    }

    @Post
    @Operation(operationId = "createProgramme", summary = "Start a work programme",
            description = "Staff of the office serving the body start its programme for a year, quarter, month or week (periodStart is the period's first day). "
                    + "The submission deadline comes from the jurisdiction's rule. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProgrammeResponse.class)))
    @ApiErrors.Create
    public HttpResponse<ProgrammeResponse> create(Authentication authentication,
                                                  @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                  @Valid @Body ProgrammeRequest request) {
        Idempotency.Outcome<ProgrammeResponse> outcome = programmes.create(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/programmes/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get
    @Operation(operationId = "listProgrammes", summary = "List work programmes",
            description = "The caller's office's programmes in every status and other offices' once submitted; unit officers see published ones. "
                    + "Sortable by periodStart, deadline, updatedAt (default -periodStart).")
    @ApiErrors.Read
    public PageResponse<ProgrammeResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                @Parameter(description = "Only this calendar") @Nullable @QueryValue UUID calendarId,
                                                @Parameter(description = "Only this period kind") @Nullable @QueryValue PeriodKind periodKind,
                                                @Parameter(description = "Only this status") @Nullable @QueryValue ProgrammeStatus status,
                                                @Parameter(description = "Periods ending on or after this date") @Nullable @QueryValue LocalDate periodFrom,
                                                @Parameter(description = "Periods starting on or before this date") @Nullable @QueryValue LocalDate periodTo,
                                                @Parameter(description = "Only programmes drafted by this office") @Nullable @QueryValue UUID officeId,
                                                @Parameter(description = "Draft due on or after this day") @Nullable @QueryValue LocalDate deadlineFrom,
                                                @Parameter(description = "Draft due on or before this day") @Nullable @QueryValue LocalDate deadlineTo,
                                                @Parameter(description = "Only drafts submitted on time, late, or missing past their deadline") @Nullable @QueryValue SubmissionTiming submission) {
        return programmes.list(Caller.of(authentication), page, new Programmes.ListFilter(calendarId, periodKind, status, periodFrom, periodTo, officeId,
                deadlineFrom, deadlineTo, submission));
    }

    @Get("/{id}")
    @Operation(operationId = "getProgramme", summary = "Get a work programme", description = "With its deadline, status and the actions the caller may take; the ETag is its version.")
    @ApiErrors.ReadOne
    public HttpResponse<ProgrammeResponse> get(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id) {
        ProgrammeResponse programme = programmes.get(Caller.of(authentication), id);
        return HttpResponse.ok(programme).header(HttpHeaders.ETAG, Versions.etag(programme.version()));
    }

    @Post("/{id}/submission")
    @Operation(operationId = "submitProgramme", summary = "Submit the programme to the Party Committee Office",
            description = "A leader of the drafting office; DRAFT or RETURNED → SUBMITTED. The Party Committee Office is notified; on time or late is recorded.")
    @ApiErrors.Transition
    public ProgrammeResponse submit(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id) {
        return programmes.submit(Caller.of(authentication), id);
    }

    @Post("/{id}/return")
    @Operation(operationId = "returnProgramme", summary = "Return the programme to its office",
            description = "The Party Committee Office; SUBMITTED or CONSOLIDATED → RETURNED, with a comment the drafting office receives.")
    @ApiErrors.Transition
    public ProgrammeResponse returnToOffice(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id,
                                            @Valid @Body ReturnRequest request) {
        return programmes.returnToOffice(Caller.of(authentication), id, request.comment());
    }

    @Post("/{id}/consolidation")
    @Operation(operationId = "consolidateProgramme", summary = "Take the programme into the consolidated programme",
            description = "The Party Committee Office, after balancing overlaps (see /clashes); SUBMITTED → CONSOLIDATED.")
    @ApiErrors.Transition
    public ProgrammeResponse consolidate(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id) {
        return programmes.consolidate(Caller.of(authentication), id);
    }

    @Post("/{id}/approval")
    @Operation(operationId = "approveProgramme", summary = "Record the standing board's decision",
            description = "A leader of the Party Committee Office records the decision (số, ngày); CONSOLIDATED → APPROVED.")
    @ApiErrors.Transition
    public ProgrammeResponse approve(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id,
                                     @Valid @Body ApprovalRequest request) {
        return programmes.approve(Caller.of(authentication), id, request);
    }

    @Post("/{id}/publication")
    @Operation(operationId = "publishProgramme", summary = "Publish the programme",
            description = "A leader of the Party Committee Office; APPROVED → PUBLISHED. Every office is notified; public items reach the e-portal and iCalendar feeds. "
                    + "Later changes are amendments with a reason.")
    @ApiErrors.Transition
    public ProgrammeResponse publish(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id) {
        return programmes.publish(Caller.of(authentication), id);
    }

    @Get("/{id}/items")
    @Operation(operationId = "listProgrammeItems", summary = "List a programme's items", description = "In start order (sortable by startsAt, updatedAt, title).")
    @ApiErrors.ReadOne
    public PageResponse<ItemResponse> items(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id,
                                            @Valid @RequestBean PageParams page) {
        Caller caller = Caller.of(authentication);
        programmes.get(caller, id);
        return items.view(caller, page, new CalendarItems.ViewFilter(null, null, id, null, null, null, null, null, null));
    }

    @Post("/{id}/items")
    @Operation(operationId = "addProgrammeItem", summary = "Add an item to a programme",
            description = "The drafting office, while DRAFT or RETURNED; on a PUBLISHED programme only as an amendment (amendmentReason). "
                    + "The item is saved and its clashes come back with it.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ItemWriteResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such programme in the caller's scope", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "End before start, outside the programme's period, or unknown leaders, bodies, units or office",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Create
    public HttpResponse<ItemWriteResponse> addItem(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id,
                                                   @Valid @Body ItemRequest request) {
        ItemWriteResponse written = programmeItems.create(Caller.of(authentication), id, request);
        return HttpResponse.created(written, URI.create("/api/v1/programme-items/" + written.item().id()))
                .header(HttpHeaders.ETAG, Versions.etag(written.item().version()));
    }

    @Get("/{id}/amendments")
    @Operation(operationId = "listProgrammeAmendments", summary = "List a published programme's amendments", description = "Each change after publishing, with its reason.")
    @ApiErrors.ReadOne
    public List<AmendmentResponse> amendments(Authentication authentication, @Parameter(description = "Programme id") @PathVariable UUID id) {
        return programmeItems.amendments(Caller.of(authentication), id);
    }
}
