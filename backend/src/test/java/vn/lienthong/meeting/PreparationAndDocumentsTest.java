package vn.lienthong.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checklist and inboxes, agenda, documents and who reads them, invitations and replies, minutes and the outcome notice. */
@MicronautTest(transactional = false)
class PreparationAndDocumentsTest extends MeetingTestSupport {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Api.Response upload(String token, String name, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/api/v1/attachments", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }

    private String task(MeetingWorld mw, String title, String office, String unit, int dueInDays) {
        return "{\"category\":\"SOUND_AND_SCREENS\",\"title\":\"" + title + "\",\"assigneeOfficeId\":" + (office == null ? "null" : "\"" + office + "\"")
                + ",\"assigneeUnitId\":" + (unit == null ? "null" : "\"" + unit + "\"") + ",\"dueAt\":\"" + at(dueInDays, "16:00") + "\",\"note\":null}";
    }

    @Test
    void aTaskAssignedToAnotherOfficeShowsInItsInboxAndIsTickedOffWithWhoAndWhen() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị Thường trực mở rộng", 3, "IN_PERSON", "PUBLIC");
        String ubnd = login(mw.w().otherOfficeSpecialist());
        assertEquals(0, api().get("/api/v1/meeting-tasks", ubnd).json().get("totalItems").getLongValue());

        Api.Response both = post(party, "/api/v1/meetings/" + id + "/tasks", task(mw, "Âm thanh", mw.w().peoplesCommitteeOffice().toString(), mw.w().unit().toString(), 2));
        assertEquals(422, both.status(), "exactly one assignee");
        assertTrue(both.body().contains("assigneeOfficeId"));
        assertEquals(403, post(ubnd, "/api/v1/meetings/" + id + "/tasks", task(mw, "Âm thanh", mw.w().peoplesCommitteeOffice().toString(), null, 2)).status(),
                "only the host assigns");
        Api.Response added = post(party, "/api/v1/meetings/" + id + "/tasks", task(mw, "Chuẩn bị âm thanh, màn hình tại hội trường",
                mw.w().peoplesCommitteeOffice().toString(), null, 2));
        assertEquals(201, added.status(), added.body());
        String taskId = added.text("id");
        post(party, "/api/v1/meetings/" + id + "/tasks", task(mw, "Đón tiếp đại biểu", mw.w().partyOffice().toString(), null, 2));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'MEETING_TASK_ASSIGNED'", mw.w().peoplesCommitteeOffice()));

        Api.Response inbox = api().get("/api/v1/meeting-tasks?open=true", ubnd);
        assertEquals(1, inbox.json().get("totalItems").getLongValue(), inbox.body());
        JsonNode mine = inbox.json().get("items").get(0);
        assertEquals("Chuẩn bị âm thanh, màn hình tại hội trường", text(mine, "title"));
        assertEquals("Hội nghị Thường trực mở rộng", text(mine, "meetingTitle"));
        assertTrue(mine.get("canComplete").getBooleanValue());
        assertEquals(2, api().get("/api/v1/meeting-tasks?scope=HOSTED&open=true", party).json().get("totalItems").getLongValue(), "the host sees what is open");
        assertEquals(404, post(login(mw.w().unitOfficer()), "/api/v1/meeting-tasks/" + taskId + "/completion", "{}").status(), "an uninvolved unit");

        Api.Response done = post(ubnd, "/api/v1/meeting-tasks/" + taskId + "/completion", "{\"note\":\"Đã kiểm tra âm thanh\"}");
        assertEquals(200, done.status(), done.body());
        assertTrue(done.json().get("done").getBooleanValue());
        assertEquals(fixtures.id("SELECT id FROM app_user WHERE username = ?", mw.w().otherOfficeSpecialist()),
                fixtures.id("SELECT done_by FROM meeting_task WHERE id = ?", UUID.fromString(taskId)), "who ticked it off");
        assertTrue(text(done.json(), "doneAt") != null);
        assertEquals(409, post(ubnd, "/api/v1/meeting-tasks/" + taskId + "/completion", "{}").status(), "already done");
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'MEETING_TASK_DONE'", mw.w().partyOffice()));
        assertEquals(1, api().get("/api/v1/meeting-tasks?scope=HOSTED&open=true", party).json().get("totalItems").getLongValue());
        assertEquals(1, api().get("/api/v1/meetings/" + id, party).json().get("counts").get("openTasks").getLongValue());
        assertEquals(0, api().get("/api/v1/meeting-tasks?open=true", ubnd).json().get("totalItems").getLongValue());
    }

    @Test
    void theUnitAssignedATaskSeesTheMeetingAndTicksItOff() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị trực tuyến toàn tỉnh", 3, "ONLINE", "INTERNAL");
        String taskId = post(party, "/api/v1/meetings/" + id + "/tasks", task(mw, "Kết nối điểm cầu Sở Nội vụ", null, mw.w().unit().toString(), 2)).text("id");
        String unit = login(mw.w().unitOfficer());
        assertEquals(200, api().get("/api/v1/meetings/" + id, unit).status(), "the unit sees the meeting it prepares");
        assertEquals(404, api().get("/api/v1/meetings/" + id, login(mw.w().secondUnitOfficer())).status());
        assertEquals(404, post(login(mw.w().secondUnitOfficer()), "/api/v1/meeting-tasks/" + taskId + "/completion", "{}").status());
        assertEquals(200, post(unit, "/api/v1/meeting-tasks/" + taskId + "/completion", "{}").status());
    }

    @Test
    void documentsOfAnInternalMeetingAreReadOnlyByThoseInvolvedAndDownloadsAreRecorded() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị Ban Thường vụ", 3, "IN_PERSON", "INTERNAL");
        String agendaItem = post(party, "/api/v1/meetings/" + id + "/agenda", "{\"title\":\"Báo cáo tình hình kinh tế – xã hội\",\"presenter\":\"Giám đốc Sở Tài chính\"}")
                .text("id");
        post(party, "/api/v1/meetings/" + id + "/agenda", "{\"position\":1,\"title\":\"Khai mạc\"}");
        Api.Response agenda = api().get("/api/v1/meetings/" + id + "/agenda", party);
        assertEquals("Khai mạc", text(agenda.json().get(0), "title"));
        assertEquals(agendaItem, text(agenda.json().get(1), "id"));
        assertEquals(422, post(party, "/api/v1/meetings/" + id + "/agenda", "{\"title\":\"Sai giờ\",\"startsAt\":\"" + at(3, "09:00") + "\",\"endsAt\":\"" + at(3, "08:00")
                + "\"}").status());

        String file = upload(party, "bao-cao.pdf", "application/pdf", PDF).text("id");
        Api.Response document = post(party, "/api/v1/meetings/" + id + "/documents", "{\"title\":\"Dự thảo báo cáo\",\"agendaItemId\":\"" + agendaItem
                + "\",\"attachmentId\":\"" + file + "\"}");
        assertEquals(201, document.status(), document.body());
        String documentId = document.text("id");
        String second = upload(party, "bao-cao-v2.pdf", "application/pdf", PDF).text("id");
        Api.Response versioned = post(party, "/api/v1/meetings/" + id + "/documents/" + documentId + "/versions", "{\"attachmentId\":\"" + second
                + "\",\"note\":\"Tiếp thu ý kiến\"}");
        assertEquals(2, versioned.json().get("versions").size(), "both versions are kept");

        String ubnd = login(mw.w().otherOfficeSpecialist());
        assertEquals(200, api().get("/api/v1/meetings/" + id + "/documents", ubnd).status(), "the supporting office reads them");
        String unit = login(mw.w().unitOfficer());
        String otherUnit = login(mw.w().secondUnitOfficer());
        post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}");
        Api.Response download = api().get("/api/v1/meetings/" + id + "/documents/" + documentId + "/versions/1/content", unit);
        assertEquals(200, download.status(), "an invited unit reads them");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'meeting_document' AND entity_id = ? AND action = 'DOWNLOAD'", documentId));
        assertEquals(404, api().get("/api/v1/meetings/" + id + "/documents", otherUnit).status(), "an uninvolved unit does not even see the meeting");

        // a third office, not involved
        UUID thirdOffice = UUID.randomUUID();
        fixtures.update("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) "
                + "VALUES (?, ?, 'VPMT', 'FATHERLAND_FRONT_OFFICE', 'Văn phòng Ủy ban MTTQ', 'Fatherland Front Office', 'VP MTTQ', now(), now())", thirdOffice, mw.w().jurisdictionId());
        String username = "mttq-" + mw.w().code().toLowerCase();
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT gen_random_uuid(), jurisdiction_id, ?, 'Chuyên viên MTTQ', password_hash, 'SPECIALIST', ?, now(), now() FROM app_user WHERE username = ?",
                username, thirdOffice, mw.w().specialist());
        String outsider = login(username);
        assertEquals(200, api().get("/api/v1/meetings/" + id, outsider).status(), "offices see that the meeting exists");
        assertFalse(api().get("/api/v1/meetings/" + id, outsider).json().get("documentsVisible").getBooleanValue());
        Api.Response refused = api().get("/api/v1/meetings/" + id + "/documents", outsider);
        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertFalse(refused.body().contains("Dự thảo báo cáo"), "nothing leaked");
        assertEquals(403, api().get("/api/v1/meetings/" + id + "/documents/" + documentId + "/versions/2/content", outsider).status());
        assertEquals(403, post(outsider, "/api/v1/meetings/" + id + "/documents", "{\"title\":\"Chen\",\"attachmentId\":\"" + file + "\"}").status());

        Api.Response tooLarge = upload(party, "lon.pdf", "application/pdf", new byte[2 * 1024 * 1024]);
        assertEquals(413, tooLarge.status(), "over the size limit");
        assertEquals(415, upload(party, "virus.exe", "application/x-msdownload", new byte[]{'M', 'Z'}).status(), "a forbidden type");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_document WHERE meeting_id = ?", UUID.fromString(id)));
        assertEquals(400, post(party, "/api/v1/meetings/" + id + "/documents", "{\"title\":\"Của người khác\",\"attachmentId\":\"" + UUID.randomUUID() + "\"}")
                .status(), "a file the office did not upload");

        String publicMeeting = createMeeting(mw, "Hội nghị công khai", 4, "IN_PERSON", "PUBLIC");
        assertEquals(200, api().get("/api/v1/meetings/" + publicMeeting + "/documents", outsider).status(), "public documents are read by every office");
    }

    @Test
    void invitationsAreAnsweredWithReasonsOrSubstitutesAttendanceIsTakenAndConclusionsAreNotified() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị giao ban", 0, "IN_PERSON", "PUBLIC");
        String unitInvitee = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}").text("id");
        String guest = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"PERSON\",\"personName\":\"Ông Phạm Văn Khách\",\"personTitle\":\"Chuyên gia\"}")
                .text("id");
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}").status(), "invited already");
        assertEquals(422, post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"PERSON\"}").status());
        String unit = login(mw.w().unitOfficer());
        assertEquals(409, post(unit, "/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/reply", "{\"reply\":\"ATTEND\"}").status(), "not sent yet");
        post(party, "/api/v1/meetings/" + id + "/invitation", null);

        Api.Response noReason = post(unit, "/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/reply", "{\"reply\":\"ABSENT\"}");
        assertEquals(422, noReason.status());
        assertTrue(noReason.body().contains("reason"));
        assertEquals(422, post(unit, "/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/reply", "{\"reply\":\"SUBSTITUTE\"}").status());
        assertEquals(404, post(login(mw.w().secondUnitOfficer()), "/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/reply", "{\"reply\":\"ATTEND\"}").status(),
                "another unit does not see it");
        Api.Response substitute = post(unit, "/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/reply",
                "{\"reply\":\"SUBSTITUTE\",\"reason\":\"Giám đốc đi công tác\",\"substituteName\":\"Phó Giám đốc Nguyễn Thị Lan\"}");
        assertEquals(200, substitute.status(), substitute.body());
        assertEquals("Phó Giám đốc Nguyễn Thị Lan", substitute.text("substituteName"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'MEETING_REPLY'", mw.w().partyOffice()));
        assertEquals(200, post(party, "/api/v1/meetings/" + id + "/invitees/" + guest + "/reply", "{\"reply\":\"ATTEND\"}").status(), "the host answers for a guest");

        String ics = api().get("/api/v1/meetings/" + id + "/invitees/" + unitInvitee + "/invitation.ics", unit).body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("UID:meeting-" + id + "@lienthong") && ics.contains("PARTSTAT=DELEGATED"), ics);

        Api.Response attendance = put(party, "/api/v1/meetings/" + id + "/invitees/attendance", null,
                "{\"entries\":[{\"inviteeId\":\"" + unitInvitee + "\",\"attended\":true},{\"inviteeId\":\"" + guest + "\",\"attended\":false,\"note\":\"Ốm\"}]}");
        assertEquals(200, attendance.status(), attendance.body());
        assertEquals(422, put(party, "/api/v1/meetings/" + id + "/invitees/attendance", null, "{\"entries\":[{\"inviteeId\":\"" + UUID.randomUUID()
                + "\",\"attended\":true}]}").status());
        assertEquals(1, api().get("/api/v1/meetings/" + id, party).json().get("counts").get("attended").getLongValue());

        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/outcome-notices", "{\"content\":\"Kết luận\"}").status(), "not held yet");
        post(party, "/api/v1/meetings/" + id + "/holding", null);
        UUID notice = UUID.randomUUID();
        fixtures.update("""
                INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, meeting_id, created_by, created_at, updated_at)
                SELECT ?, ?, ?, 'CONCLUDING_NOTICE', '15-TB/TU', current_date, ?, 'Nguyễn Văn Bí Thư', 'Kết luận hội nghị giao ban', ?, id, now(), now()
                FROM app_user WHERE username = ?""", notice, mw.w().jurisdictionId(), mw.w().partyOffice(), mw.standingBoard(), UUID.fromString(id), mw.w().specialist());
        assertTrue(api().get("/api/v1/meetings/" + id, party).body().contains("15-TB/TU"), "the concluding notice naming the meeting is listed");
        assertEquals(422, post(party, "/api/v1/meetings/" + id + "/outcome-notices", "{\"content\":\"Kết luận\",\"conclusionId\":\"" + UUID.randomUUID() + "\"}").status());
        Api.Response sent = post(party, "/api/v1/meetings/" + id + "/outcome-notices", "{\"content\":\"Giao UBND tỉnh chỉ đạo hoàn thành quy hoạch\"}");
        assertEquals(201, sent.status(), sent.body());
        assertEquals(notice.toString(), sent.text("conclusionId"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'MEETING_OUTCOME' AND link = ?",
                mw.w().peoplesCommitteeOffice(), "/conclusions/" + notice), "the supporting office's inbox links to the concluding notice");
    }

    @Test
    void aConcludingNoticeNamesAnExistingMeetingAndTheMeetingListsIt() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị Thường trực", 0, "IN_PERSON", "PUBLIC");
        String notice = "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"21-TB/TU\",\"issuedOn\":\"" + java.time.LocalDate.now(clock) + "\",\"issuingBodyId\":\""
                + mw.standingBoard() + "\",\"signer\":\"Nguyễn Văn Bí Thư\",\"summary\":\"Kết luận hội nghị\",\"meetingId\":\"%s\",\"attachmentIds\":[],\"tasks\":[]}";
        Api.Response unknown = api().postJson("/api/v1/conclusions", party, notice.formatted(UUID.randomUUID()));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"meetingId\""));
        Api.Response recorded = api().postJson("/api/v1/conclusions", party, notice.formatted(id));
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals(recorded.text("id"), text(api().get("/api/v1/meetings/" + id, party).json().get("conclusions").get(0), "id"));
    }

    @jakarta.inject.Inject
    PreparationReminderJob reminders;

    @Test
    void openTasksDueWithinADayAreRemindedOnceADayAndOverdueOnesAlsoToTheHost() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị Thường trực", 3, "IN_PERSON", "PUBLIC");
        String soon = "{\"category\":\"HALL\",\"title\":\"Bố trí hội trường\",\"assigneeOfficeId\":\"" + mw.w().peoplesCommitteeOffice()
                + "\",\"assigneeUnitId\":null,\"dueAt\":\"%s\",\"note\":null}";
        post(party, "/api/v1/meetings/" + id + "/tasks", soon.formatted(java.time.OffsetDateTime.now(clock).plusHours(20)));
        post(party, "/api/v1/meetings/" + id + "/tasks", soon.formatted(java.time.OffsetDateTime.now(clock).plusDays(2)).replace("Bố trí hội trường", "Chưa đến hạn"));
        String done = post(party, "/api/v1/meetings/" + id + "/tasks", soon.formatted(java.time.OffsetDateTime.now(clock).plusHours(5)).replace("Bố trí hội trường", "Đã xong"))
                .text("id");
        post(login(mw.w().otherOfficeSpecialist()), "/api/v1/meeting-tasks/" + done + "/completion", "{}");
        String due = "SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = ?";

        assertTrue(reminders.run());
        assertEquals(1, fixtures.count(due, mw.w().peoplesCommitteeOffice(), "MEETING_TASK_DUE"), "only the open task due within a day");
        assertTrue(reminders.run());
        assertEquals(1, fixtures.count(due, mw.w().peoplesCommitteeOffice(), "MEETING_TASK_DUE"), "once a day");

        clock.advance(java.time.Duration.ofDays(1));
        try {
            assertTrue(reminders.run());
            assertEquals(1, fixtures.count(due, mw.w().peoplesCommitteeOffice(), "MEETING_TASK_OVERDUE"), "the next day the first task is overdue");
            assertEquals(1, fixtures.count(due, mw.w().partyOffice(), "MEETING_TASK_OVERDUE"), "and the host hears of it");
            assertEquals(2, fixtures.count(due, mw.w().peoplesCommitteeOffice(), "MEETING_TASK_DUE"), "the second is now due within a day");
        } finally {
            clock.reset();
        }
    }
}
