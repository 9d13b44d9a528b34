package vn.lienthong.kernel.user;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.LoginThrottle;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;

import java.util.UUID;

@Controller("/api/v1/me/password")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
public class MyPasswordController {
    private final PasswordChange passwords;
    private final LoginThrottle throttle;

    MyPasswordController(PasswordChange passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /**
     * Wrong current passwords are throttled like failed logins (a stolen access token must not be a way to guess the
     * password), under a key of their own so that they never lock the account's login. Counted here, outside the
     * change's transaction, which a refusal rolls back.
     */
    private static String throttleKey(Caller caller) {
        return "me-password:" + caller.id();
    }

    @Put
    @Operation(operationId = "changeMyPassword", summary = "Change my password", description = "The current password is required. " + PasswordPolicy.RULE
            + " Clears a one-time password; the account's other logins end (their refresh tokens are revoked), this one stays.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "422", description = "Wrong current password (field currentPassword), or a new password that breaks the rule (field newPassword, with the rule)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many wrong current passwords: try again after Retry-After seconds",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Read
    public HttpResponse<Void> change(Authentication authentication, @Valid @Body UserDtos.ChangePasswordRequest request) {
        Object session = authentication.getAttributes().get(Caller.CLAIM_SESSION);
        Caller caller = Caller.of(authentication);
        String key = throttleKey(caller);
        throttle.refuseWhileLocked(key, "Too many wrong current passwords; try again later.");
        try {
            passwords.change(caller, session == null ? null : UUID.fromString(String.valueOf(session)), request);
        } catch (ProblemException e) {
            if (e.errors().stream().anyMatch(error -> "currentPassword".equals(error.field()))) {
                throttle.recordFailure(key);
            }
            throw e;
        }
        throttle.reset(key);
        return HttpResponse.noContent();
    }
}
