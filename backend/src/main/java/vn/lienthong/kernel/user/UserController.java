package vn.lienthong.kernel.user;

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
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/users")
@Secured({Roles.SYSTEM_ADMIN, Roles.CHIEF_OF_OFFICE})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Users", description = "People's accounts: a jurisdiction's system administrator manages all of them, a chief of office their own office's staff")
public class UserController {
    private final UserAdministration users;

    UserController(UserAdministration users) {
        this.users = users;
    }

    @Get
    @Operation(operationId = "listUsers", summary = "List accounts", description = "The accounts of the caller's jurisdiction (a chief of office: of their own office). "
            + "`q` searches username, name and e-mail ignoring diacritics; sortable by username, fullName, role, createdAt, updatedAt.")
    @ApiErrors.Read
    public PageResponse<UserDtos.UserResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                    @Parameter(description = "Only accounts with this role") @Nullable @QueryValue Role role,
                                                    @Parameter(description = "Only accounts of this office") @Nullable @QueryValue UUID officeId,
                                                    @Parameter(description = "Only accounts of this unit") @Nullable @QueryValue UUID unitId,
                                                    @Parameter(description = "Only active (true) or deactivated (false) accounts") @Nullable @QueryValue Boolean active) {
        return users.list(Caller.of(authentication), page, role, officeId, unitId, active);
    }

    @Get("/{id}")
    @Operation(operationId = "getUser", summary = "Get an account", description = "The response carries the version as ETag, to send back in If-Match when updating.")
    @ApiErrors.ReadOne
    public HttpResponse<UserDtos.UserResponse> get(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id) {
        return withEtag(users.get(Caller.of(authentication), id));
    }

    @Post
    @Operation(operationId = "createUser", summary = "Create an account", description = "Answers with the account and its one-time password, shown this once; "
            + "the user must change it at first login. A chief of office creates specialists and office leaders of their own office only. "
            + "A username that exists already, in any case and with or without diacritics, is a 409. Send an Idempotency-Key to make retries safe "
            + "(a replay answers without the password).")
    @ApiResponse(responseCode = "201", description = "Created (or the first response again, without the password, for a replayed Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDtos.UserWithPasswordResponse.class)))
    @ApiErrors.Create
    public HttpResponse<UserDtos.UserWithPasswordResponse> create(Authentication authentication,
                                                                  @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                                  @Valid @Body UserDtos.CreateUserRequest request) {
        Idempotency.Outcome<UserDtos.UserWithPasswordResponse> outcome = users.create(Caller.of(authentication), idempotencyKey, request);
        UserDtos.UserResponse user = outcome.body().user();
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/users/" + user.id())).header(HttpHeaders.ETAG, Versions.etag(user.version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Put("/{id}")
    @Operation(operationId = "updateUser", summary = "Replace an account", description = "Name, role, office or unit, e-mail and telephone; requires If-Match. "
            + "A new role, office or unit ends the user's sessions (their tokens carry them). Taking the role away from the last active system "
            + "administrator is a 409.")
    @ApiResponse(responseCode = "422", description = "No such office or unit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Update
    public HttpResponse<UserDtos.UserResponse> update(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id,
                                                      @Parameter(description = "The ETag of the version being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                      @Valid @Body UserDtos.UpdateUserRequest request) {
        return withEtag(users.update(Caller.of(authentication), id, ifMatch, request));
    }

    @Post("/{id}/deactivation")
    @Operation(operationId = "deactivateUser", summary = "Deactivate an account", description = "The account can no longer log in; its refresh tokens are revoked "
            + "and its access tokens refused from the next request on. Never deleted: the audit trail points at it. Deactivating one's own account or the "
            + "last active system administrator is a 409; an inactive account stays as it is.")
    @ApiErrors.Transition
    public HttpResponse<UserDtos.UserResponse> deactivate(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id) {
        return withEtag(users.deactivate(Caller.of(authentication), id));
    }

    @Post("/{id}/reactivation")
    @Operation(operationId = "reactivateUser", summary = "Reactivate an account", description = "The account may log in again with its password; an active account stays as it is.")
    @ApiErrors.Transition
    public HttpResponse<UserDtos.UserResponse> reactivate(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id) {
        return withEtag(users.reactivate(Caller.of(authentication), id));
    }

    @Post("/{id}/password-reset")
    @Operation(operationId = "resetUserPassword", summary = "Reset an account's password", description = "Sets a new one-time password, answered this once, "
            + "that the user must change at the next login; the user's sessions end.")
    @ApiErrors.Transition
    public HttpResponse<UserDtos.UserWithPasswordResponse> resetPassword(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id) {
        UserDtos.UserWithPasswordResponse reset = users.resetPassword(Caller.of(authentication), id);
        return HttpResponse.ok(reset).header(HttpHeaders.ETAG, Versions.etag(reset.user().version()));
    }

    @Post("/{id}/unlock")
    @Operation(operationId = "unlockUser", summary = "Unlock an account", description = "Lifts the lock after too many failed logins, and forgets the failures.")
    @ApiErrors.Transition
    public HttpResponse<UserDtos.UserResponse> unlock(Authentication authentication, @Parameter(description = "User id") @PathVariable UUID id) {
        return withEtag(users.unlock(Caller.of(authentication), id));
    }

    private static HttpResponse<UserDtos.UserResponse> withEtag(UserDtos.UserResponse user) {
        return HttpResponse.ok(user).header(HttpHeaders.ETAG, Versions.etag(user.version()));
    }
}
