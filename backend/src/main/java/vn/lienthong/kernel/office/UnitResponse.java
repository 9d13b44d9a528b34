package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Serdeable
@Schema(name = "UnitResponse", description = "A department or locality that receives tasks and petitions",
        example = "{\"id\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"code\":\"SNV\",\"name\":\"Sở Nội vụ\",\"kind\":\"DEPARTMENT\",\"validFrom\":\"2020-01-01\",\"validTo\":null,\"active\":true,\"successorUnitId\":null,\"version\":0,\"updatedAt\":\"2026-11-23T09:15:00+07:00\"}")
public record UnitResponse(@Schema(description = "Unit id") UUID id,
                           @Schema(description = "Code, unique in the jurisdiction", example = "SNV") String code,
                           @Schema(description = "Name", example = "Sở Nội vụ") String name,
                           @Schema(description = "Kind of unit") UnitKind kind,
                           @Schema(description = "First day the unit exists") LocalDate validFrom,
                           @Schema(description = "Last day the unit exists (merged, renamed or abolished); empty while it exists") @Nullable LocalDate validTo,
                           @Schema(description = "False once deactivated by an administrator: not offered for new items") boolean active,
                           @Schema(description = "The unit it was merged into (sáp nhập), if any", nullable = true) @Nullable UUID successorUnitId,
                           @Schema(description = "Version for optimistic concurrency; also the ETag") long version,
                           @Schema(description = "Last change") OffsetDateTime updatedAt) {
}
