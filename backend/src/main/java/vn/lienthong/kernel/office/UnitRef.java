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
@Schema(name = "UnitRef", description = "A unit in short", example = "{\"id\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"code\":\"SNV\",\"name\":\"Sở Nội vụ\"}")
public record UnitRef(@Schema(description = "Unit id") UUID id,
                      @Schema(description = "Code", example = "SNV") String code,
                      @Schema(description = "Name", example = "Sở Nội vụ") String name) {
    public static UnitRef of(Unit u) {
        return new UnitRef(u.id(), u.code(), u.name());
    }
}
