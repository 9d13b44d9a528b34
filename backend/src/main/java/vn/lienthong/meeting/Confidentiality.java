package vn.lienthong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** Of the meeting's documents: PUBLIC ones every office sees; INTERNAL (lưu hành nội bộ) ones only the host, supporting offices and invitees. */
@Schema(description = "Who may read the meeting's documents and minutes")
public enum Confidentiality {
    PUBLIC, INTERNAL
}
