package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("app_user")
public record AppUser(@Id UUID id, UUID jurisdictionId, String username, String fullName, String passwordHash, Role role,
                      @Nullable UUID officeId, @Nullable UUID unitId, boolean active, boolean passwordChangeRequired,
                      Instant createdAt, Instant updatedAt) {
}
