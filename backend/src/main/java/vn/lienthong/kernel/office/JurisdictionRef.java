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
@Schema(name = "JurisdictionRef", description = "A province or centrally-run city",
        example = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"code\":\"HN\",\"name\":\"Thành phố Hà Nội\"}")
public record JurisdictionRef(@Schema(description = "Jurisdiction id") UUID id,
                              @Schema(description = "Short code", example = "HN") String code,
                              @Schema(description = "Name", example = "Thành phố Hà Nội") String name) {
    static JurisdictionRef of(Jurisdiction j) {
        return new JurisdictionRef(j.id(), j.code(), j.name());
    }
}
