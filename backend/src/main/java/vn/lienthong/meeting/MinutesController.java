package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
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
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.util.List;
import java.util.UUID;
@Controller("/api/v1/meetings/{id}")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class MinutesController {
    private final Minutes minutes;

    MinutesController(Minutes minutes) {
        this.minutes = minutes;
    }

    @Get("/minutes")
    @Operation(operationId = "getMinutes", summary = "The minutes (biên bản)", description = "Read like the documents: internal meetings' minutes by the people involved only.")
    @ApiErrors.ReadOne
    public HttpResponse<Minutes.MinutesResponse> get(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        Minutes.MinutesResponse found = minutes.get(Caller.of(authentication), id);
        return HttpResponse.ok(found).header(HttpHeaders.ETAG, Versions.etag(found.version()));
    }

    @Put("/minutes")
    @Operation(operationId = "writeMinutes", summary = "Write the minutes",
            description = "The host office once the meeting is HELD; rewriting needs If-Match. A leader of the host office approves them by closing the meeting.")
    @ApiErrors.Update
    public HttpResponse<Minutes.MinutesResponse> write(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                       @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                       @Valid @Body Minutes.MinutesRequest request) {
        Minutes.MinutesResponse written = minutes.write(Caller.of(authentication), id, ifMatch, request);
        return HttpResponse.ok(written).header(HttpHeaders.ETAG, Versions.etag(written.version()));
    }

    @Get("/outcome-notices")
    @Operation(operationId = "listOutcomeNotices", summary = "Notices of the meeting's conclusions sent to offices", description = "Oldest first.")
    @ApiErrors.ReadOne
    public List<Minutes.OutcomeNoticeResponse> notices(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return minutes.notices(Caller.of(authentication), id);
    }

    @Post("/outcome-notices")
    @Operation(operationId = "notifyMeetingOutcome", summary = "Notify the related offices of the conclusions and decisions",
            description = "The host office after the meeting (seed 004). Each office gets it in its inbox, linked to the concluding notice recorded for the meeting.")
    @ApiResponse(responseCode = "201", description = "Sent", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Minutes.OutcomeNoticeResponse.class)))
    @ApiErrors.Update
    public HttpResponse<Minutes.OutcomeNoticeResponse> notifyOutcome(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                                     @Valid @Body Minutes.OutcomeNoticeRequest request) {
        Minutes.OutcomeNoticeResponse sent = minutes.notifyOutcome(Caller.of(authentication), id, request);
        return HttpResponse.created(sent, URI.create("/api/v1/meetings/" + id + "/outcome-notices/" + sent.id()));
    }
}
