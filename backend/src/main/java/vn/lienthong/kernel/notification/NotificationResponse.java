package vn.lienthong.kernel.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Serdeable
@Schema(name = "NotificationResponse", description = "A message in the caller's inbox (to them, their office or their unit)",
        example = "{\"id\":\"9d1e7c55-7f0b-4c1e-9a51-3c0b8f6f1a22\",\"kind\":\"UNIT_CHANGED\",\"title\":\"Đơn vị được cập nhật\",\"body\":\"Sở Nội vụ: tên đơn vị đã thay đổi.\",\"link\":\"/units/4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"createdAt\":\"2026-11-23T09:15:00+07:00\",\"read\":false}")
public record NotificationResponse(
        @Schema(description = "Notification id") UUID id,
        @Schema(description = "Stable code of what happened, for translation and filtering", example = "UNIT_CHANGED") String kind,
        @Schema(description = "Title (Vietnamese)") String title,
        @Schema(description = "Text (Vietnamese)") String body,
        @Schema(description = "Where in the SPA the object is shown") @Nullable String link,
        @Schema(description = "When it was sent") OffsetDateTime createdAt,
        @Schema(description = "Whether the caller has read it") boolean read) {
}
