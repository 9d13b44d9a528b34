package vn.lienthong.kernel.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

@Serdeable
@Schema(name = "AuditEvent", description = "One recorded change: who, when, which object, what changed",
        example = "{\"id\":42,\"occurredAt\":\"2026-11-23T09:15:00+07:00\",\"actorId\":\"0b6f2f7e-8d36-4f39-9a7c-0b1c2d3e4f50\",\"actorKind\":\"PERSON\",\"actorName\":\"Nguyễn Văn An\",\"action\":\"UPDATE\",\"entityType\":\"unit\",\"entityId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"changes\":{\"name\":{\"from\":\"Sở Nội vụ\",\"to\":\"Sở Nội vụ Hà Nội\"}},\"requestId\":\"5f0c3a0e-2b1c-4a4e-9d53-0f7f3c1f2a10\",\"jurisdictionId\":\"7d1e5c3b-2a4f-4c6e-8b9a-0c1d2e3f4a5b\",\"actorJurisdictionId\":\"7d1e5c3b-2a4f-4c6e-8b9a-0c1d2e3f4a5b\"}")
public record AuditEventResponse(
        @Schema(description = "Sequence number of the event") long id,
        @Schema(description = "When it happened (Asia/Ho_Chi_Minh offset)") OffsetDateTime occurredAt,
        @Schema(description = "The person or machine client that acted; empty for the system") @Nullable UUID actorId,
        @Schema(description = "PERSON, MACHINE or SYSTEM") String actorKind,
        @Schema(description = "Display name of the actor") String actorName,
        @Schema(description = "What was done, e.g. CREATE, UPDATE, LOGIN") String action,
        @Schema(description = "Kind of object, e.g. unit") String entityType,
        @Schema(description = "Id of the object") String entityId,
        @Schema(description = "Changed fields with their old and new values") Map<String, Object> changes,
        @Schema(description = "Request id of the call that made the change") @Nullable String requestId,
        @Schema(description = "The jurisdiction whose data changed; empty for national data (statutory deadline rules, holiday years, national holidays, job runs)")
        @Nullable UUID jurisdictionId,
        @Schema(description = "The jurisdiction of the account that acted (empty on events recorded before it was kept)") @Nullable UUID actorJurisdictionId) {
}
