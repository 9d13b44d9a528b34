package vn.lienthong.kernel.office;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A province or centrally-run city: the tenant every business row belongs to. */
@MappedEntity("jurisdiction")
public record Jurisdiction(@Id UUID id, String code, String name, String kind, boolean active, long version, Instant createdAt, Instant updatedAt) {
}
