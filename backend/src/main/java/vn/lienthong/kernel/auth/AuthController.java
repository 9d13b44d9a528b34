package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.StrictJson;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Problems;

@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication", description = "Logins for people (JWT + rotating refresh token) and client credentials for machine clients")
public class AuthController {
    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    @Post("/login")
    @Operation(operationId = "login", summary = "Log in", description = "Exchanges a username and password for an access token (15 minutes) and a refresh token. "
            + "Repeated failures lock the username for a while (429 with Retry-After). The answer never says whether a username exists.")
    @ApiResponse(responseCode = "200", description = "Logged in", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuthDtos.TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Wrong username or password", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed logins", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuthDtos.TokenResponse login(@Valid @Body AuthDtos.LoginRequest request) {
        return auth.login(request);
    }

    @Post("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Refresh tokens", description = "Exchanges a refresh token for new tokens. Each refresh token works once; presenting a used one revokes the whole session.")
    @ApiResponse(responseCode = "200", description = "New tokens", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuthDtos.TokenResponse.class)))
    @ApiResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Invalid, expired or reused refresh token", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuthDtos.TokenResponse refresh(@Valid @Body AuthDtos.RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @Post("/logout")
    @Operation(operationId = "logout", summary = "Log out", description = "Revokes the session's refresh tokens. Access tokens expire on their own within minutes.")
    @ApiResponse(responseCode = "204", description = "Logged out (also when the token was already invalid)")
    @ApiResponse(responseCode = "400", description = "Malformed body", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> logout(@Valid @Body AuthDtos.LogoutRequest request) {
        auth.logout(request.refreshToken());
        return HttpResponse.noContent();
    }

    @Serdeable.Serializable
    @Serdeable.Deserializable(using = ClientCredentialsRequest.FromForm.class)
    @Schema(name = "ClientCredentialsRequest", description = "OAuth 2.0 client-credentials grant (RFC 6749 §4.4), form-encoded",
            example = "{\"grant_type\":\"client_credentials\",\"client_id\":\"cong-thong-tin\",\"client_secret\":\"portal-demo-secret\",\"scope\":\"public:read\"}")
    public record ClientCredentialsRequest(
            @Schema(description = "Must be client_credentials", example = "client_credentials") @Nullable String grant_type,
            @Schema(description = "Client id", example = "cong-thong-tin") @Nullable String client_id,
            @Schema(description = "Client secret") @Nullable String client_secret,
            @Schema(description = "Requested scopes, space-separated; default all granted", example = "public:read") @Nullable String scope) {

        /** The form's fields as strings, each sent at most once, under the kernel's text rules (no NUL reaches the database). */
        @Singleton
        public static final class FromForm implements Deserializer<ClientCredentialsRequest> {
            @Override
            public ClientCredentialsRequest deserialize(Decoder decoder, DecoderContext context, Argument<? super ClientCredentialsRequest> type) throws IOException {
                JsonNode form = decoder.decodeNode();
                return new ClientCredentialsRequest(StrictJson.formField(form, "grant_type"), StrictJson.formField(form, "client_id"),
                        StrictJson.formField(form, "client_secret"), StrictJson.formField(form, "scope"));
            }
        }
    }

    @Post("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "issueClientToken", summary = "Token for a machine client", description = "Client credentials for integrators such as the city e-portal. "
            + "The token carries the client's scopes (public:read, petitions:submit) and can never act as a person.")
    @ApiResponse(responseCode = "200", description = "Token issued", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuthDtos.ClientTokenResponse.class)))
    @ApiErrors.Read
    public AuthDtos.ClientTokenResponse token(@Body ClientCredentialsRequest request) {
        if (!"client_credentials".equals(request.grant_type())) {
            throw ProblemException.invalid("grant_type", "must be client_credentials");
        }
        return auth.clientToken(request.client_id(), request.client_secret(), request.scope());
    }
}
