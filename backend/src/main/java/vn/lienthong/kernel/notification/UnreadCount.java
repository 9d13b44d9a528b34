package vn.lienthong.kernel.notification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "UnreadCount", description = "Number of unread notifications in the caller's inbox", example = "{\"count\":3}")
public record UnreadCount(@Schema(description = "Unread notifications", example = "3") long count) {
}
