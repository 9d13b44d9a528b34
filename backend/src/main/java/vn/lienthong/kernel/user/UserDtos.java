package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.auth.Role;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bodies of /users and /me/password. */
public final class UserDtos {
    static final String EMAIL = "[^@\\s]{1,100}@[^@\\s]{1,100}";
    static final String PHONE = "[0-9+() .-]{3,40}";

    private UserDtos() {
    }

    @Serdeable
    @Schema(name = "UserResponse", description = "A person's account (never its password)",
            example = "{\"id\":\"0b6f2f7e-8d36-4f39-9a7c-0b1c2d3e4f50\",\"username\":\"vptu.chuyenvien\",\"fullName\":\"Nguyễn Văn An\",\"role\":\"SPECIALIST\","
                    + "\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"unitId\":null,\"email\":\"an.nv@hanoi.gov.vn\",\"phone\":\"024 3825 1234\",\"active\":true,"
                    + "\"passwordChangeRequired\":false,\"lockedUntil\":null,\"deactivatedAt\":null,\"version\":3,"
                    + "\"createdAt\":\"2026-11-02T08:00:00+07:00\",\"updatedAt\":\"2026-11-23T09:15:00+07:00\"}")
    public record UserResponse(@Schema(description = "User id") UUID id,
                               @Schema(description = "Username: lower-case letters without diacritics, digits, '.', '_', '-'", example = "vptu.chuyenvien") String username,
                               @Schema(description = "Full name", example = "Nguyễn Văn An") String fullName,
                               @Schema(description = "Role") Role role,
                               @Schema(description = "Office, for office roles") @Nullable UUID officeId,
                               @Schema(description = "Unit, for unit officers") @Nullable UUID unitId,
                               @Schema(description = "E-mail address") @Nullable String email,
                               @Schema(description = "Telephone") @Nullable String phone,
                               @Schema(description = "False once deactivated: the account cannot log in and its tokens stop working") boolean active,
                               @Schema(description = "The password is a one-time password the user must change at the next login") boolean passwordChangeRequired,
                               @Schema(description = "Locked after too many failed logins until then (POST /users/{id}/unlock lifts it)") @Nullable OffsetDateTime lockedUntil,
                               @Schema(description = "When the account was deactivated") @Nullable OffsetDateTime deactivatedAt,
                               @Schema(description = "Version for optimistic concurrency; also the ETag") long version,
                               @Schema(description = "Created") OffsetDateTime createdAt,
                               @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "UserWithPasswordResponse", description = "An account with its new one-time password. The password is shown in this response only, "
            + "never again (a replayed Idempotency-Key returns the account without it: reset the password if it was lost); the user must change it at first login.",
            example = "{\"user\":{\"id\":\"0b6f2f7e-8d36-4f39-9a7c-0b1c2d3e4f50\",\"username\":\"vpubnd.chuyenvien2\",\"fullName\":\"Trần Thị Bình\",\"role\":\"SPECIALIST\","
                    + "\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"unitId\":null,\"email\":null,\"phone\":null,\"active\":true,\"passwordChangeRequired\":true,"
                    + "\"lockedUntil\":null,\"deactivatedAt\":null,\"version\":0,\"createdAt\":\"2026-11-23T09:15:00+07:00\",\"updatedAt\":\"2026-11-23T09:15:00+07:00\"},"
                    + "\"oneTimePassword\":\"k7Qm-3xPa-9dRt\"}")
    public record UserWithPasswordResponse(@Schema(description = "The account") UserResponse user,
                                           @Schema(description = "The one-time password, shown once; null on a replayed request") @Nullable String oneTimePassword) {
    }

    @Serdeable
    @Schema(name = "CreateUserRequest", description = "A new account. Office roles (SPECIALIST, OFFICE_LEADER, CHIEF_OF_OFFICE) name an office, UNIT_OFFICER a unit, "
            + "SYSTEM_ADMIN neither. The username is stored without case and diacritics (\"Nguyễn.An\" is nguyen.an) and must be new in the whole system.",
            example = "{\"username\":\"vpubnd.chuyenvien2\",\"fullName\":\"Trần Thị Bình\",\"role\":\"SPECIALIST\",\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\","
                    + "\"unitId\":null,\"email\":null,\"phone\":null}")
    public record CreateUserRequest(@Schema(description = "Username", example = "vpubnd.chuyenvien2") @NotBlank @Size(max = 60) String username,
                                    @Schema(description = "Full name", example = "Trần Thị Bình") @NotBlank @Size(max = 200) String fullName,
                                    @Schema(description = "Role") @NotNull Role role,
                                    @Schema(description = "Office, for office roles") @Nullable UUID officeId,
                                    @Schema(description = "Unit, for unit officers") @Nullable UUID unitId,
                                    @Schema(description = "E-mail address", example = "binh.tt@hanoi.gov.vn") @Nullable @Size(max = 200) @Pattern(regexp = EMAIL, message = "must be an e-mail address") String email,
                                    @Schema(description = "Telephone", example = "024 3825 1234") @Nullable @Size(max = 40) @Pattern(regexp = PHONE, message = "must be a telephone number") String phone) {
    }

    @Serdeable
    @Schema(name = "UpdateUserRequest", description = "Replaces an account's name, role, office or unit and contact details (the username stays).",
            example = "{\"fullName\":\"Trần Thị Bình\",\"role\":\"OFFICE_LEADER\",\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"unitId\":null,"
                    + "\"email\":\"binh.tt@hanoi.gov.vn\",\"phone\":null}")
    public record UpdateUserRequest(@Schema(description = "Full name", example = "Trần Thị Bình") @NotBlank @Size(max = 200) String fullName,
                                    @Schema(description = "Role") @NotNull Role role,
                                    @Schema(description = "Office, for office roles") @Nullable UUID officeId,
                                    @Schema(description = "Unit, for unit officers") @Nullable UUID unitId,
                                    @Schema(description = "E-mail address") @Nullable @Size(max = 200) @Pattern(regexp = EMAIL, message = "must be an e-mail address") String email,
                                    @Schema(description = "Telephone") @Nullable @Size(max = 40) @Pattern(regexp = PHONE, message = "must be a telephone number") String phone) {
    }

    @Serdeable
    @Schema(name = "ChangePasswordRequest", description = "The signed-in person's new password. " + PasswordPolicy.RULE,
            example = "{\"currentPassword\":\"LienThong@2026\",\"newPassword\":\"Mua-thu-Ha-Noi-2026\"}")
    public record ChangePasswordRequest(@Schema(description = "The current (or one-time) password") @NotBlank @Size(max = 200) String currentPassword,
                                        @Schema(description = "The new password") @NotBlank @Size(max = 200) String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[]";
        }
    }

    @Serdeable
    @Schema(name = "UserImportResponse", description = "The accounts an import created, each with its one-time password: shown in this response only, never again "
            + "(reset the password if it was lost); each user must change it at first login.",
            example = "{\"created\":1,\"users\":[{\"user\":{\"id\":\"0b6f2f7e-8d36-4f39-9a7c-0b1c2d3e4f50\",\"username\":\"nguyen.van.an\",\"fullName\":\"Nguyễn Văn An\","
                    + "\"role\":\"SPECIALIST\",\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"unitId\":null,\"email\":\"an.nv@tinh.gov.vn\",\"phone\":\"0912 345 678\","
                    + "\"active\":true,\"passwordChangeRequired\":true,\"lockedUntil\":null,\"deactivatedAt\":null,\"version\":0,"
                    + "\"createdAt\":\"2026-11-23T09:15:00+07:00\",\"updatedAt\":\"2026-11-23T09:15:00+07:00\"},\"oneTimePassword\":\"k7Qm-3xPa-9dRt\"}]}")
    public record UserImportResponse(@Schema(description = "How many accounts were created") int created,
                                     @Schema(description = "The created accounts in file order, with their one-time passwords") java.util.List<UserWithPasswordResponse> users) {
    }
}
