package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionTaskEvent", description = "One entry of a task's history: progress, proposals, decisions, extensions (with the deadline before and after), cancellation, urging",
        example = "{\"id\":\"9c858901-8a57-4791-81fe-4c455b099bc9\",\"kind\":\"EXTENSION_APPROVED\",\"actorName\":\"Lê Văn Lãnh Đạo\",\"unitId\":null,\"note\":\"Đồng ý gia hạn\",\"percent\":null,\"deadlineFrom\":\"2026-12-31\",\"deadlineTo\":\"2027-01-31\",\"attachmentIds\":[],\"occurredAt\":\"2026-12-21T09:00:00+07:00\"}")
public record TaskEventResponse(
        @Schema(description = "Event id") UUID id,
        @Schema(description = "CREATED, PROGRESS_REPORTED, COMPLETION_PROPOSED, COMPLETION_CONFIRMED, COMPLETION_RETURNED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED, CANCELLED, URGED") String kind,
        @Schema(description = "Who acted") String actorName,
        @Schema(description = "The unit that reported, for unit actions") @Nullable UUID unitId,
        @Schema(description = "Text of the report, reason or decision") @Nullable String note,
        @Schema(description = "Reported progress, %") @Nullable Integer percent,
        @Schema(description = "Deadline before (extensions)") @Nullable LocalDate deadlineFrom,
        @Schema(description = "Deadline after (extensions)") @Nullable LocalDate deadlineTo,
        @Schema(description = "Files attached to the report") List<UUID> attachmentIds,
        @Schema(description = "When") OffsetDateTime occurredAt) {
}
