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
@Schema(name = "LeadershipBodyResponse", description = "A leadership body (cơ quan lãnh đạo) and the office that serves it",
        example = "{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"code\":\"TTTU\",\"nameVi\":\"Thường trực Thành ủy\",\"nameEn\":\"Standing Board of the City Party Committee\",\"active\":true,\"version\":0}")
public record LeadershipBodyResponse(@Schema(description = "Body id") UUID id,
                                     @Schema(description = "Office that serves it") UUID officeId,
                                     @Schema(description = "Code", example = "TTTU") String code,
                                     @Schema(description = "Vietnamese name", example = "Thường trực Thành ủy") String nameVi,
                                     @Schema(description = "English name") String nameEn,
                                     @Schema(description = "False once deactivated: not offered for new items, still shown on old ones") boolean active,
                                     @Schema(description = "Version for optimistic concurrency; also the ETag") long version) {
    static LeadershipBodyResponse of(LeadershipBody b) {
        return new LeadershipBodyResponse(b.id(), b.officeId(), b.code(), b.nameVi(), b.nameEn(), b.active(), b.version());
    }
}
