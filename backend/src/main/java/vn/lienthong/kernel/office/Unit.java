package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A department or locality that receives tasks and petitions. Units change over time (mergers, the 2025
 * abolition of districts), so they carry validity dates instead of being deleted.
 */
@MappedEntity("unit")
public record Unit(@Id UUID id, UUID jurisdictionId, String code, String name, UnitKind kind, LocalDate validFrom,
                   @Nullable LocalDate validTo, boolean active, @Nullable UUID successorUnitId, @Version long version, Instant createdAt, Instant updatedAt) {
}
