package vn.lienthong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the caller may do with the meeting now")
public enum MeetingAction {
    EDIT, INVITE, POSTPONE, CANCEL, HOLD, TAKE_ATTENDANCE, WRITE_MINUTES, CLOSE, NOTIFY_OUTCOME, MANAGE_BRIDGE_POINTS
}
