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
@Schema(name = "UnitRequest", description = "Create or replace a unit",
        example = "{\"code\":\"SNV\",\"name\":\"Sở Nội vụ\",\"kind\":\"DEPARTMENT\",\"validFrom\":\"2020-01-01\",\"validTo\":null}")
public record UnitRequest(
        @Schema(description = "Code: capitals, digits, - and _", example = "SNV") @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,30}", message = "must be 2 to 30 capitals, digits, - or _") String code,
        @Schema(description = "Name", example = "Sở Nội vụ") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Kind of unit") @NotNull UnitKind kind,
        @Schema(description = "First day the unit exists") @NotNull LocalDate validFrom,
        @Schema(description = "Last day the unit exists") @Nullable LocalDate validTo,
        @Schema(description = "Active; omitted: unchanged (true for a new one)", nullable = true) @Nullable Boolean active) {
}
