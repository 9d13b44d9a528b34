package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.auth.Role;

import java.time.Instant;
import java.util.UUID;

/** One account as {@link UserStore} reads it (never its password hash). */
record UserRow(UUID id, UUID jurisdictionId, String username, String fullName, Role role, @Nullable UUID officeId,
               @Nullable UUID unitId, @Nullable String email, @Nullable String phone, boolean active,
               boolean passwordChangeRequired, @Nullable Instant passwordChangedAt, @Nullable Instant deactivatedAt,
               @Nullable Instant lockedUntil, long version, Instant createdAt, Instant updatedAt) {
}
