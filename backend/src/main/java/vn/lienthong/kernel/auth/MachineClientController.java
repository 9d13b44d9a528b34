package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/machine-clients")
@Secured(Roles.SYSTEM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration", description = "A jurisdiction's own set-up, by its system administrator")
public class MachineClientController {
    private final MachineClientService service;

    MachineClientController(MachineClientService service) {
        this.service = service;
    }

    @Get
    @Operation(operationId = "listMachineClients", summary = "List machine clients",
            description = "The jurisdiction's machine clients (e-portal, mobile back ends), never their secrets. `q` ignores diacritics and searches clientId and name; sortable by clientId, name, createdAt, updatedAt.")
    @ApiErrors.Read
    public PageResponse<MachineClientDtos.Response> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                         @Parameter(description = "Only active (true) or deactivated (false) clients") @Nullable @QueryValue Boolean active) {
        return service.list(Caller.of(authentication), page, active);
    }

    @Get("/{id}")
    @Operation(operationId = "getMachineClient", summary = "Get a machine client", description = "Never the secret. The version comes as ETag, for If-Match when updating.")
    @ApiErrors.ReadOne
    public HttpResponse<MachineClientDtos.Response> get(Authentication authentication, @Parameter(description = "Machine client id") @PathVariable UUID id) {
        return withEtag(service.get(Caller.of(authentication), id));
    }

    @Post
    @Operation(operationId = "registerMachineClient", summary = "Register a machine client",
            description = "The server generates the secret and answers it this once (only a hash is kept). A clientId already taken, in any jurisdiction, is a 409; "
                    + "an unknown scope a 400. Send an Idempotency-Key to make retries safe: a replayed answer carries no secret.")
    @ApiResponse(responseCode = "201", description = "Registered, with the secret (or the first answer again, without the secret, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MachineClientDtos.WithSecret.class)))
    @ApiErrors.Create
    public HttpResponse<MachineClientDtos.WithSecret> register(Authentication authentication,
                                                               @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                               @Valid @Body MachineClientDtos.Registration request) {
        Idempotency.Outcome<MachineClientDtos.WithSecret> outcome = service.register(Caller.of(authentication), idempotencyKey, request);
        MachineClientDtos.Response client = outcome.body().client();
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/machine-clients/" + client.id()))
                .header(HttpHeaders.ETAG, Versions.etag(client.version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Put("/{id}")
    @Operation(operationId = "updateMachineClient", summary = "Change a machine client's name and scopes",
            description = "Requires If-Match with the current ETag. A change of scopes ends the client's current tokens (it asks for a new one with the same secret).")
    @ApiErrors.Update
    public HttpResponse<MachineClientDtos.Response> update(Authentication authentication, @Parameter(description = "Machine client id") @PathVariable UUID id,
                                                           @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                           @Valid @Body MachineClientDtos.Update request) {
        return withEtag(service.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Post("/{id}/deactivation")
    @Operation(operationId = "deactivateMachineClient", summary = "Deactivate a machine client",
            description = "Active → deactivated: no token is issued to it any more, and the tokens it holds are refused from now on. 409 when already deactivated.")
    @ApiErrors.Transition
    public HttpResponse<MachineClientDtos.Response> deactivate(Authentication authentication, @Parameter(description = "Machine client id") @PathVariable UUID id) {
        return withEtag(service.deactivate(Caller.of(authentication), id));
    }

    @Post("/{id}/reactivation")
    @Operation(operationId = "reactivateMachineClient", summary = "Reactivate a machine client",
            description = "Deactivated → active: its secret works again (tokens issued before the deactivation stay refused). 409 when already active.")
    @ApiErrors.Transition
    public HttpResponse<MachineClientDtos.Response> reactivate(Authentication authentication, @Parameter(description = "Machine client id") @PathVariable UUID id) {
        return withEtag(service.reactivate(Caller.of(authentication), id));
    }

    @Post("/{id}/secret-rotations")
    @Operation(operationId = "rotateMachineClientSecret", summary = "Rotate a machine client's secret",
            description = "A new secret, generated by the server and answered this once. The old secret and every token issued under it stop working at once (no grace period): "
                    + "configure the client with the new secret right away. Of two rotations the later one's secret is the one that works.")
    @ApiResponse(responseCode = "201", description = "The new secret", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MachineClientDtos.WithSecret.class)))
    @ApiErrors.Action
    public HttpResponse<MachineClientDtos.WithSecret> rotate(Authentication authentication, @Parameter(description = "Machine client id") @PathVariable UUID id) {
        MachineClientDtos.WithSecret rotated = service.rotateSecret(Caller.of(authentication), id);
        return HttpResponse.created(rotated)
                .header(HttpHeaders.ETAG, Versions.etag(rotated.client().version()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static HttpResponse<MachineClientDtos.Response> withEtag(MachineClientDtos.Response client) {
        return HttpResponse.ok(client).header(HttpHeaders.ETAG, Versions.etag(client.version()));
    }
}
