package vn.lienthong.calendar.api;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.auth.Caller;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How a meeting keeps its item in its body's calendar, so that clash detection, the consolidated views and the feeds
 * cover meetings too. The item lives in the body's weekly programme of the meeting's week (created as a draft of the
 * body's office when there is none); while that programme is published, every change is recorded as an amendment.
 */
public interface MeetingCalendar {

    /** What the calendar needs to know of a meeting. */
    record MeetingSlot(UUID meetingId, UUID bodyId, String title, Instant startsAt, Instant endsAt, @Nullable String venue, List<UUID> leaderIds,
                       List<UUID> participantBodyIds, List<UUID> participantUnitIds, UUID servingOfficeId, boolean publicItem, String reason) {
    }

    /** A clash of the meeting's item with another activity, as one Vietnamese sentence. */
    record ClashNote(String severity, String kind, String message) {
    }

    record Placement(UUID itemId, UUID programmeId, List<ClashNote> clashes) {
    }

    /** Creates or moves the meeting's item; returns where it is and what it clashes with. */
    Placement place(Caller caller, MeetingSlot slot);

    /** The meeting is cancelled: the item is removed from a draft, or cancelled (kept in the feeds) in a published programme. */
    void withdraw(Caller caller, UUID meetingId, String reason);

    /** The clashes of the meeting's current item, or none when it has no item. */
    List<ClashNote> clashesOf(Caller caller, UUID meetingId);
}
