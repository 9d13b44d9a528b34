package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Why two items clash: LEADER (the same chairing leader in overlapping items), VENUE (the same venue at overlapping times), "
        + "PARTICIPANT (the same participating body or unit required in two overlapping items), LOCALITY (two activities in the same locality on the same day)")
public enum ClashKind {
    LEADER, VENUE, PARTICIPANT, LOCALITY
}
