package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "CONFLICT must be resolved (moved, merged or accepted with a note); WARNING is for information (same locality on the same day)")
public enum ClashSeverity {
    CONFLICT, WARNING
}
