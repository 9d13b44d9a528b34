package vn.lienthong.kernel.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.office.JurisdictionRef;
import vn.lienthong.kernel.office.OfficeRef;
import vn.lienthong.kernel.office.UnitRef;

import java.util.UUID;

public final class AuthDtos {
    private AuthDtos() {
    }

    @Serdeable
    @Schema(name = "LoginRequest", description = "A person's credentials", example = "{\"username\":\"vptu.chuyenvien\",\"password\":\"LienThong@2026\"}")
    public record LoginRequest(@Schema(description = "Username", example = "vptu.chuyenvien") @NotBlank @Size(max = 100) String username,
                               @Schema(description = "Password", example = "LienThong@2026") @NotBlank @Size(max = 200) String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    @Serdeable
    @Schema(name = "RefreshRequest", description = "A refresh token to exchange for new tokens", example = "{\"refreshToken\":\"q0Zb2m2yq3S3k2uS8Yk0mJbQn3x6m1fK4Gv3b4dXo2Q\"}")
    public record RefreshRequest(@Schema(description = "The refresh token from the last login or refresh") @NotBlank @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    @Schema(name = "LogoutRequest", description = "The refresh token to revoke", example = "{\"refreshToken\":\"q0Zb2m2yq3S3k2uS8Yk0mJbQn3x6m1fK4Gv3b4dXo2Q\"}")
    public record LogoutRequest(@Schema(description = "The refresh token of this session") @NotBlank @Size(max = 200) String refreshToken) {
    }

    @Serdeable
    @Schema(name = "TokenResponse", description = "A short-lived access token and a rotating refresh token",
            example = "{\"accessToken\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.sig\",\"refreshToken\":\"q0Zb2m2yq3S3k2uS8Yk0mJbQn3x6m1fK4Gv3b4dXo2Q\",\"tokenType\":\"Bearer\",\"expiresIn\":900,\"refreshExpiresIn\":43200,\"passwordChangeRequired\":false}")
    public record TokenResponse(@Schema(description = "JWT to send as `Authorization: Bearer ...`") String accessToken,
                                @Schema(description = "Opaque token for POST /auth/refresh; valid once") String refreshToken,
                                @Schema(description = "Always Bearer", example = "Bearer") String tokenType,
                                @Schema(description = "Seconds until the access token expires", example = "900") long expiresIn,
                                @Schema(description = "Seconds until the refresh token expires", example = "43200") long refreshExpiresIn,
                                @Schema(description = "The password is a one-time password (first login, or reset by an administrator): until it is changed "
                                        + "with PUT /me/password, every other call but GET /me and /auth/* is refused with 403 "
                                        + "urn:lienthong:problem:password-change-required", example = "false") boolean passwordChangeRequired) {
    }

    @Serdeable
    @Schema(name = "ClientTokenResponse", description = "OAuth 2.0 client-credentials token response (RFC 6749 §5.1; snake_case as that standard requires)",
            example = "{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.sig\",\"token_type\":\"Bearer\",\"expires_in\":900,\"scope\":\"public:read petitions:submit\"}")
    public record ClientTokenResponse(@JsonProperty("access_token") @Schema(description = "JWT for the machine client") String accessToken,
                                      @JsonProperty("token_type") @Schema(description = "Always Bearer") String tokenType,
                                      @JsonProperty("expires_in") @Schema(description = "Seconds until expiry") long expiresIn,
                                      @Schema(description = "Granted scopes, space-separated") String scope) {
    }

    @Serdeable
    @Schema(name = "MeResponse", description = "The signed-in person, their role, office or unit, and jurisdiction",
            example = "{\"id\":\"0b6f2f7e-8d36-4f39-9a7c-0b1c2d3e4f50\",\"username\":\"vptu.chuyenvien\",\"fullName\":\"Nguyễn Văn An\",\"role\":\"SPECIALIST\",\"jurisdiction\":{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"code\":\"HN\",\"name\":\"Thành phố Hà Nội\"},\"office\":{\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"code\":\"VPTU\",\"kind\":\"PARTY_COMMITTEE_OFFICE\",\"nameVi\":\"Văn phòng Thành ủy\",\"nameEn\":\"Party Committee Office\",\"shortName\":\"VPTU\",\"email\":null,\"active\":true,\"version\":0},\"unit\":null,\"passwordChangeRequired\":false}")
    public record MeResponse(@Schema(description = "User id") UUID id,
                             @Schema(description = "Username") String username,
                             @Schema(description = "Full name") String fullName,
                             @Schema(description = "Role") Role role,
                             @Schema(description = "Jurisdiction") JurisdictionRef jurisdiction,
                             @Schema(description = "Office, for office roles") @Nullable OfficeRef office,
                             @Schema(description = "Unit, for unit officers") @Nullable UnitRef unit,
                             @Schema(description = "The password is a one-time password that must be changed (PUT /me/password) before anything else") boolean passwordChangeRequired) {
    }
}
