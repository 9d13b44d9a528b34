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
@Schema(name = "OfficeRef", description = "An office (văn phòng) and its names in both languages",
        example = "{\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"code\":\"VPTU\",\"kind\":\"PARTY_COMMITTEE_OFFICE\",\"nameVi\":\"Văn phòng Thành ủy\",\"nameEn\":\"Party Committee Office\",\"shortName\":\"VPTU\",\"email\":null,\"active\":true,\"version\":0}")
public record OfficeRef(@Schema(description = "Office id") UUID id,
                        @Schema(description = "Code, unique in the jurisdiction", example = "VPTU") String code,
                        @Schema(description = "Kind of office") OfficeKind kind,
                        @Schema(description = "Vietnamese name", example = "Văn phòng Thành ủy") String nameVi,
                        @Schema(description = "English name", example = "Party Committee Office") String nameEn,
                        @Schema(description = "Abbreviation", example = "VPTU") String shortName,
                        @Schema(description = "The office's e-mail address: the ORGANIZER of its meetings' calendar invitations", nullable = true) @Nullable String email,
                        @Schema(description = "False once deactivated: not offered for new items, still shown on old ones") boolean active,
                        @Schema(description = "Version for optimistic concurrency; also the ETag") long version) {
    public static OfficeRef of(Office o) {
        return new OfficeRef(o.id(), o.code(), o.kind(), o.nameVi(), o.nameEn(), o.shortName(), o.email(), o.active(), o.version());
    }
}
