package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

@Serdeable
@Schema(name = "LeaderResponse", description = "A leader (lãnh đạo) who chairs activities and meetings",
        example = "{\"id\":\"6f1c2a4e-8d3b-4b7a-9c1e-2f3a4b5c6d7e\",\"fullName\":\"Nguyễn Văn An\",\"titleVi\":\"Bí thư Thành ủy\",\"titleEn\":\"Secretary of the City Party Committee\",\"bodyId\":null,\"bodyName\":null,\"protocolOrder\":1,\"active\":true,\"version\":0}")
public record LeaderResponse(@Schema(description = "Leader id") UUID id,
                             @Schema(description = "Full name", example = "Nguyễn Văn An") String fullName,
                             @Schema(description = "Title in Vietnamese", example = "Bí thư Thành ủy") String titleVi,
                             @Schema(description = "Title in English", example = "Secretary of the City Party Committee") String titleEn,
                             @Schema(description = "The leadership body they belong to", nullable = true) @Nullable UUID bodyId,
                             @Schema(description = "That body's Vietnamese name", nullable = true) @Nullable String bodyName,
                             @Schema(description = "Protocol order (smaller first)") int protocolOrder,
                             @Schema(description = "False once deactivated: not offered for new items, still shown on old ones") boolean active,
                             @Schema(description = "Version for optimistic concurrency; also the ETag") long version) {
}
