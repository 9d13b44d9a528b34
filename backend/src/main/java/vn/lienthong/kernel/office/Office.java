package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("office")
public record Office(@Id UUID id, UUID jurisdictionId, String code, OfficeKind kind, String nameVi, String nameEn,
                     String shortName, @Nullable String email, boolean active, long version, Instant createdAt, Instant updatedAt) {
}
