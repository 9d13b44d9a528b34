package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.clock.ICalendarText;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * ORGANIZER and ATTENDEE of an invitation. Outlook and Google Calendar ignore a REQUEST whose organizer is not a
 * `mailto:`: the organizer is the host office's e-mail (`office.email`), else the configured
 * `lienthong.invitations.organizer-email`; with neither it stays the office's `urn:uuid:` (valid RFC 5545, but those
 * clients will not offer to accept it). An attendee is a `mailto:` of the invitee's e-mail where known, else their
 * `urn:uuid:`. CN is a parameter value (quoted), not TEXT.
 */
final class InvitationParties {
    /** One address: no spaces, quotes, angle brackets or separators that would break the line or the URI. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s:;,\"<>()\\[\\]\\\\]+@[^@\\s:;,\"<>()\\[\\]\\\\]+\\.[^@\\s:;,\"<>()\\[\\]\\\\]+");

    private InvitationParties() {
    }

    /** `mailto:` of an e-mail address that is one, or empty. */
    static Optional<String> mailto(@Nullable String email) {
        return email != null && ADDRESS.matcher(email.strip()).matches() ? Optional.of("mailto:" + email.strip()) : Optional.empty();
    }

    static String organizer(String officeName, UUID officeId, @Nullable String officeEmail, @Nullable String fallbackEmail) {
        String address = mailto(officeEmail).or(() -> mailto(fallbackEmail)).orElse("urn:uuid:" + officeId);
        return "ORGANIZER;CN=" + ICalendarText.param(officeName) + ":" + address;
    }

    static String attendee(String name, UUID inviteeId, @Nullable String email, String partstat) {
        return "ATTENDEE;CN=" + ICalendarText.param(name) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=" + partstat + ";RSVP=TRUE:"
                + mailto(email).orElse("urn:uuid:" + inviteeId);
    }
}
