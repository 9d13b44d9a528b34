package vn.lienthong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** PLANNED → INVITED → HELD → CLOSED (minutes approved); POSTPONED (new time, reason) or CANCELLED (reason) before it is held. */
@Schema(description = "Where the meeting is in its lifecycle")
public enum MeetingStatus {
    PLANNED, INVITED, HELD, CLOSED, POSTPONED, CANCELLED;

    /** Before the meeting is held: it can still be changed, postponed or cancelled. */
    boolean upcoming() {
        return this == PLANNED || this == INVITED || this == POSTPONED;
    }
}
