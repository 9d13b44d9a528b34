package vn.lienthong.kernel.office;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A leadership body (cơ quan lãnh đạo) served by one office, e.g. Thường trực Thành ủy. */
@MappedEntity("leadership_body")
public record LeadershipBody(@Id UUID id, UUID jurisdictionId, UUID officeId, String code, String nameVi, String nameEn, boolean active, long version,
                             Instant createdAt, Instant updatedAt) {
}
