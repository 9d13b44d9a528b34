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

    MyPasswordController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @Put
    @Operation(operationId = "changeMyPassword", summary = "Change my password", description = "The current password is required. " + PasswordPolicy.RULE
            + " Clears a one-time password; the account's other logins end (their refresh tokens are revoked), this one stays.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "422", description = "Wrong current password (field currentPassword), or a new password that breaks the rule (field newPassword, with the rule)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Read
    public HttpResponse<Void> change(Authentication authentication, @Valid @Body UserDtos.ChangePasswordRequest request) {
        Object session = authentication.getAttributes().get(Caller.CLAIM_SESSION);
        passwords.change(Caller.of(authentication), session == null ? null : UUID.fromString(String.valueOf(session)), request);
        return HttpResponse.noContent();
    }
}
