package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.lienthong.kernel.office.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionUrgingLetter", description = "An urging letter (công văn đôn đốc) to a unit listing its overdue tasks; the DOCX is at /document, sending is recorded",
        example = "{\"id\":\"5b1d7f3e-3c0a-4a8e-9a1b-2c3d4e5f6a7b\",\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"unit\":{\"id\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"code\":\"SNV\",\"name\":\"Sở Nội vụ\"},\"preparedOn\":\"2026-11-24\",\"taskIds\":[\"7d444840-9dc0-11d1-b245-5ffdce74fad2\"],\"reference\":null,\"sentAt\":null}")
public record UrgingLetterResponse(
        @Schema(description = "Letter id") UUID id,
        @Schema(description = "The office that urges") UUID officeId,
        @Schema(description = "The unit urged") UnitRef unit,
        @Schema(description = "Day it was prepared") LocalDate preparedOn,
        @Schema(description = "The overdue tasks it lists") List<UUID> taskIds,
        @Schema(description = "Its number (số) once sent, e.g. 12/2026") @Nullable String reference,
        @Schema(description = "When it was sent; empty while prepared only") @Nullable OffsetDateTime sentAt) {
}
