package vn.lienthong.meeting;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .ics invitation can be accepted in Outlook and Google Calendar: a mailto: organizer and attendees, CN as a parameter value. */
@MicronautTest(transactional = false)
class InvitationAddressesTest extends MeetingTestSupport {

    @Test
    void theOrganizerIsTheHostOfficesEmailAndEachInviteeWithAnEmailIsAMailtoAttendee() {
        MeetingWorld mw = meetingWorld();
        fixtures.update("UPDATE office SET name_vi = 'Văn phòng Tỉnh ủy, tỉnh Bắc Ninh', email = 'vanphong@tinhuy.bacninh.gov.vn' WHERE id = ?", mw.w().partyOffice());
        fixtures.update("UPDATE office SET email = 'vp@ubnd.bacninh.gov.vn' WHERE id = ?", mw.w().peoplesCommitteeOffice());
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị giao ban", 3, "IN_PERSON", "PUBLIC");
        String guest = post(party, "/api/v1/meetings/" + id + "/invitees",
                "{\"kind\":\"PERSON\",\"personName\":\"Ông Phạm Văn \\\"Khách\\\"; chuyên gia\",\"email\":\"khach@example.vn\"}").text("id");
        String unknown = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"PERSON\",\"personName\":\"Bà Lê Thị Mai\"}").text("id");
        String body = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"BODY\",\"bodyId\":\"" + mw.w().body() + "\"}").text("id");
        assertStatus(200, post(party, "/api/v1/meetings/" + id + "/invitation", null));

        List<String> lines = lines(api().get("/api/v1/meetings/" + id + "/invitees/" + guest + "/invitation.ics", party).body());
        assertTrue(lines.contains("ORGANIZER;CN=\"Văn phòng Tỉnh ủy, tỉnh Bắc Ninh\":mailto:vanphong@tinhuy.bacninh.gov.vn"), lines.toString());
        assertTrue(lines.contains("ATTENDEE;CN=\"Ông Phạm Văn 'Khách'; chuyên gia\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:khach@example.vn"),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ORGANIZER") && l.contains("\\")), "CN is not escaped as TEXT");

        List<String> noEmail = lines(api().get("/api/v1/meetings/" + id + "/invitees/" + unknown + "/invitation.ics", party).body());
        assertTrue(noEmail.contains("ATTENDEE;CN=Bà Lê Thị Mai;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:urn:uuid:" + unknown), noEmail.toString());
        List<String> ofBody = lines(api().get("/api/v1/meetings/" + id + "/invitees/" + body + "/invitation.ics", party).body());
        assertTrue(ofBody.stream().anyMatch(l -> l.startsWith("ATTENDEE;") && l.endsWith(":mailto:vp@ubnd.bacninh.gov.vn")), "a body is reached at its office: " + ofBody);

        fixtures.update("UPDATE office SET email = NULL WHERE id = ?", mw.w().partyOffice());
        List<String> fallback = lines(api().get("/api/v1/meetings/" + id + "/invitees/" + guest + "/invitation.ics", party).body());
        assertEquals(1, fallback.stream().filter(l -> l.equals("ORGANIZER;CN=\"Văn phòng Tỉnh ủy, tỉnh Bắc Ninh\":urn:uuid:" + mw.w().partyOffice())).count(),
                "without an e-mail configured the organizer stays the office's urn:uuid: " + fallback);
    }

    @Test
    void theAddressesAreMailtoOnlyForPlausibleAddressesAndFallBackToTheConfiguredOne() {
        UUID office = UUID.randomUUID();
        assertEquals("ORGANIZER;CN=Văn phòng Tỉnh ủy:mailto:vp@tinhuy.vn", InvitationParties.organizer("Văn phòng Tỉnh ủy", office, "vp@tinhuy.vn", "x@y.vn"));
        assertEquals("ORGANIZER;CN=\"VP: Tỉnh ủy\":mailto:lich@lienthong.gov.vn", InvitationParties.organizer("VP: Tỉnh ủy", office, null, "lich@lienthong.gov.vn"));
        assertEquals("ORGANIZER;CN=VP:urn:uuid:" + office, InvitationParties.organizer("VP", office, "not an address", null));
        assertTrue(InvitationParties.mailto("a@b.vn\r\nATTENDEE:mailto:evil@x.vn").isEmpty(), "no line injection");
        assertTrue(InvitationParties.mailto("a;b@c.vn").isEmpty());
        assertEquals("mailto:a.b@c.gov.vn", InvitationParties.mailto(" a.b@c.gov.vn ").orElseThrow());
    }

    /** The content lines, unfolded (RFC 5545 §3.1). */
    private static List<String> lines(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }
}
