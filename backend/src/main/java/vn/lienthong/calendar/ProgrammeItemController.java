package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.lienthong.calendar.CalendarDtos.ItemRequest;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.ItemWriteResponse;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;

import java.util.UUID;

@Controller("/api/v1/programme-items")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars")
public class ProgrammeItemController {
    private final ProgrammeItems programmeItems;
    private final CalendarItems items;

    ProgrammeItemController(ProgrammeItems programmeItems, CalendarItems items) {
        this.programmeItems = programmeItems;
        this.items = items;
    }

    @Get("/{id}")
    @Operation(operationId = "getProgrammeItem", summary = "Get a programme item", description = "The ETag is its version.")
    @ApiErrors.ReadOne
    public HttpResponse<ItemResponse> get(Authentication authentication, @Parameter(description = "Item id") @PathVariable UUID id) {
        ItemResponse item = items.get(Caller.of(authentication), id);
        return HttpResponse.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version()));
    }

    @Put("/{id}")
    @Operation(operationId = "updateProgrammeItem", summary = "Change a programme item",
            description = "With If-Match. The drafting office while DRAFT or RETURNED; on a PUBLISHED programme only as an amendment (amendmentReason): "
                    + "the item's sequence is bumped and affected offices are told. The item is saved and its clashes come back with it.")
    @ApiResponse(responseCode = "422", description = "End before start, outside the programme's period, or unknown leaders, bodies, units or office",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Update
    public HttpResponse<ItemWriteResponse> update(Authentication authentication, @Parameter(description = "Item id") @PathVariable UUID id,
                                                  @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                  @Valid @Body ItemRequest request) {
        ItemWriteResponse written = programmeItems.update(Caller.of(authentication), id, ifMatch, request);
        return HttpResponse.ok(written).header(HttpHeaders.ETAG, Versions.etag(written.item().version()));
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteProgrammeItem", summary = "Remove a programme item",
            description = "With If-Match. From a draft it is removed; from a published programme it is cancelled (amendmentReason required) and stays in the feeds as cancelled.")
    @ApiResponse(responseCode = "204", description = "Removed or cancelled")
    @ApiErrors.Update
    public HttpResponse<Void> delete(Authentication authentication, @Parameter(description = "Item id") @PathVariable UUID id,
                                     @Parameter(description = "The ETag being removed") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Parameter(description = "Why (required on a published programme)") @Nullable @QueryValue @Size(max = 1000) String amendmentReason) {
        programmeItems.delete(Caller.of(authentication), id, ifMatch, amendmentReason);
        return HttpResponse.noContent();
    }
}
