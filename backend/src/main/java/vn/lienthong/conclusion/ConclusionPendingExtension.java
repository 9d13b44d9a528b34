package vn.lienthong.conclusion;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionPendingExtension", description = "An extension request not yet decided",
        example = "{\"id\":\"a3bb189e-8bf9-3888-9912-ace4e6543002\",\"requestedDeadline\":\"2027-01-31\",\"reason\":\"Chờ ý kiến thẩm định của Bộ\",\"requestedAt\":\"2026-12-20T08:00:00+07:00\"}")
public record ConclusionPendingExtension(@Schema(description = "Request id") UUID id,
                               @Schema(description = "Deadline asked for") LocalDate requestedDeadline,
                               @Schema(description = "Reason given") String reason,
                               @Schema(description = "When it was asked") OffsetDateTime requestedAt) {
}
