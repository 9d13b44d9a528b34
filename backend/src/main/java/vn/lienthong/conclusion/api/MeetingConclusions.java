package vn.lienthong.conclusion.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The concluding notices (and other documents) recorded for a meeting: a concluding notice can name its meeting. */
public interface MeetingConclusions {

    record ConclusionRef(UUID id, String number, LocalDate issuedOn, String summary) {
    }

    /** The documents naming this meeting, oldest first. */
    List<ConclusionRef> ofMeeting(UUID jurisdictionId, UUID meetingId);
}
