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

@Controller("/api/v1/meetings/{id}/agenda")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class AgendaController {
    private final Agenda agenda;

    AgendaController(Agenda agenda) {
        this.agenda = agenda;
    }

    @Get
    @Operation(operationId = "listAgendaItems", summary = "The meeting's agenda", description = "In order.")
    @ApiErrors.ReadOne
    public List<Agenda.ItemResponse> list(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id) {
        return agenda.list(Caller.of(authentication), id);
    }

    @Post
    @Operation(operationId = "addAgendaItem", summary = "Add an agenda item", description = "The host office, before the meeting; at `position` or last.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Agenda.ItemResponse.class)))
    @ApiErrors.Update
    public HttpResponse<Agenda.ItemResponse> add(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                @Valid @Body Agenda.ItemRequest request) {
        Agenda.ItemResponse item = agenda.add(Caller.of(authentication), id, request);
        return HttpResponse.created(item, URI.create("/api/v1/meetings/" + id + "/agenda/" + item.id())).header(HttpHeaders.ETAG, Versions.etag(item.version()));
    }

    @Put("/{itemId}")
    @Operation(operationId = "updateAgendaItem", summary = "Change or move an agenda item", description = "The host office, with If-Match.")
    @ApiErrors.Update
    public HttpResponse<Agenda.ItemResponse> update(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                                                    @Parameter(description = "Agenda item id") @PathVariable UUID itemId,
                                                    @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                    @Valid @Body Agenda.ItemRequest request) {
        Agenda.ItemResponse item = agenda.update(Caller.of(authentication), id, itemId, ifMatch, request);
        return HttpResponse.ok(item).header(HttpHeaders.ETAG, Versions.etag(item.version()));
    }

    @Delete("/{itemId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAgendaItem", summary = "Remove an agenda item", description = "The host office, before the meeting; its documents stay with the meeting.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiErrors.Transition
    public void delete(Authentication authentication, @Parameter(description = "Meeting id") @PathVariable UUID id,
                       @Parameter(description = "Agenda item id") @PathVariable UUID itemId) {
        agenda.delete(Caller.of(authentication), id, itemId);
    }
}
