package vn.lienthong.meeting.api;

import java.util.UUID;

/** Whether a meeting exists in a jurisdiction: a concluding notice can name the meeting it concludes. */
public interface MeetingDirectory {

    boolean exists(UUID jurisdictionId, UUID meetingId);
}
