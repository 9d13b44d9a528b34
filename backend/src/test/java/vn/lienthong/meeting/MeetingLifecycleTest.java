package vn.lienthong.meeting;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MeetingLifecycleTest extends MeetingTestSupport {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long notifications(MeetingWorld mw, UUID office, String kind) {
        return fixtures.count("SELECT count(*) FROM notification WHERE jurisdiction_id = ? AND recipient_office_id = ? AND kind = ?", mw.w().jurisdictionId(), office, kind);
    }

    @Test
    void aMeetingGoesFromPlannedToClosedThroughExplicitAuditedActions() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        Api.Response created = api().send(io.micronaut.http.HttpRequest.POST("/api/v1/meetings",
                        meetingJson(mw, "Hội nghị Thường trực Tỉnh ủy tháng 11", at(0, "08:00"), at(0, "11:00"), "IN_PERSON", "INTERNAL"))
                .contentType("application/json").bearerAuth(party).header("Idempotency-Key", "meeting-" + mw.w().code()));
        assertEquals(201, created.status(), created.body());
        assertEquals("PLANNED", created.text("status"));
        String id = created.text("id");
        assertEquals("STANDING_BOARD", created.text("kindCode"));
        assertEquals(1, notifications(mw, mw.w().peoplesCommitteeOffice(), "MEETING_SUPPORT_REQUESTED"), "the supporting office is asked");
        UUID item = fixtures.id("SELECT id FROM programme_item WHERE meeting_id = ?", UUID.fromString(id));
        assertEquals(item.toString(), created.text("calendarItemId"), "the meeting is in the standing board's weekly programme");
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme p JOIN programme_item i ON i.programme_id = p.id WHERE i.id = ? AND p.period_kind = 'WEEK'", item));

        Api.Response replay = api().send(io.micronaut.http.HttpRequest.POST("/api/v1/meetings",
                        meetingJson(mw, "Hội nghị Thường trực Tỉnh ủy tháng 11", at(0, "08:00"), at(0, "11:00"), "IN_PERSON", "INTERNAL"))
                .contentType("application/json").bearerAuth(party).header("Idempotency-Key", "meeting-" + mw.w().code()));
        assertEquals(id, replay.text("id"), "a retry with the same key does not plan a second meeting");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE jurisdiction_id = ?", mw.w().jurisdictionId()));

        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitation", null).status(), "no invitees yet");
        assertEquals(201, post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}").status());
        assertEquals(403, post(login(mw.w().otherOfficeSpecialist()), "/api/v1/meetings/" + id + "/invitation", null).status(), "only the host office invites");
        Api.Response invited = post(party, "/api/v1/meetings/" + id + "/invitation", null);
        assertEquals(200, invited.status(), invited.body());
        assertEquals("INVITED", invited.text("status"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_unit_id = ? AND kind = 'MEETING_INVITATION'", mw.w().unit()));
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitation", null).status(), "invitations are out already");
        assertEquals(409, post(login(mw.w().leader()), "/api/v1/meetings/" + id + "/closure", null).status(), "not held yet");

        Api.Response held = post(party, "/api/v1/meetings/" + id + "/holding", null);
        assertEquals(200, held.status(), held.body());
        assertEquals("HELD", held.text("status"));
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\":\"Thôi\"}").status(), "a held meeting is not cancelled");
        String leader = login(mw.w().leader());
        assertEquals(409, post(leader, "/api/v1/meetings/" + id + "/closure", null).status(), "no minutes yet");
        Api.Response minutes = put(party, "/api/v1/meetings/" + id + "/minutes", null, "{\"content\":\"Hội nghị thống nhất các nội dung trình.\",\"attachmentIds\":[]}");
        assertEquals(200, minutes.status(), minutes.body());
        assertEquals(428, put(party, "/api/v1/meetings/" + id + "/minutes", null, "{\"content\":\"Sửa\"}").status(), "rewriting needs If-Match");
        assertEquals(403, post(party, "/api/v1/meetings/" + id + "/closure", null).status(), "a specialist does not approve minutes");
        Api.Response closed = post(leader, "/api/v1/meetings/" + id + "/closure", null);
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.text("status"));
        assertEquals("CLOSED", api().get("/api/v1/meetings/" + id, party).text("status"));
        assertTrue(api().get("/api/v1/meetings/" + id + "/minutes", party).text("approvedByName") != null);
        assertEquals(409, put(party, "/api/v1/meetings/" + id + "/minutes", "\"1\"", "{\"content\":\"Sửa\"}").status(), "approved minutes do not change");

        Api.Response history = api().get("/api/v1/meetings/" + id + "/history", party);
        java.util.List<String> actions = new java.util.ArrayList<>();
        history.json().values().forEach(e -> actions.add(text(e, "action")));
        assertEquals(java.util.List.of("CREATE", "INVITE", "HOLD", "CLOSE"), actions);
        for (String action : new String[]{"CREATE", "INVITE", "HOLD", "CLOSE"}) {
            assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'meeting' AND entity_id = ? AND action = ?", id, action), action);
        }
    }

    @Test
    void postponingMovesTheMeetingAndItsCalendarItemAndTellsEveryoneAffected() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị giao ban quý IV", 3, "IN_PERSON", "PUBLIC");
        post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"BODY\",\"bodyId\":\"" + mw.w().body() + "\"}");
        assertEquals(200, post(party, "/api/v1/meetings/" + id + "/invitation", null).status());
        String reply = api().get("/api/v1/meetings/" + id + "/invitees", login(mw.w().otherOfficeSpecialist())).json().get(0).get("id").coerceStringValue();
        assertEquals(200, post(login(mw.w().otherOfficeSpecialist()), "/api/v1/meetings/" + id + "/invitees/" + reply + "/reply", "{\"reply\":\"ATTEND\"}").status(),
                "the office of the invited body answers");

        Api.Response bad = post(party, "/api/v1/meetings/" + id + "/postponement", "{\"startsAt\":\"" + at(10, "11:00") + "\",\"endsAt\":\"" + at(10, "08:00")
                + "\",\"reason\":\"Trùng lịch\"}");
        assertEquals(422, bad.status(), "a new time that ends before it starts");
        assertTrue(bad.body().contains("endsAt"));
        assertEquals("INVITED", api().get("/api/v1/meetings/" + id, party).text("status"), "nothing changed");
        assertEquals(400, post(party, "/api/v1/meetings/" + id + "/postponement", "{\"startsAt\":\"" + at(10, "08:00") + "\",\"endsAt\":\"" + at(10, "11:00") + "\"}").status(),
                "a postponement needs a reason");

        long before = notifications(mw, mw.w().peoplesCommitteeOffice(), "MEETING_POSTPONED");
        Api.Response postponed = post(party, "/api/v1/meetings/" + id + "/postponement", "{\"startsAt\":\"" + at(10, "08:00") + "\",\"endsAt\":\"" + at(10, "11:00")
                + "\",\"reason\":\"Trùng lịch làm việc với đoàn công tác Trung ương\"}");
        assertEquals(200, postponed.status(), postponed.body());
        assertEquals("POSTPONED", postponed.text("status"));
        assertEquals("Trùng lịch làm việc với đoàn công tác Trung ương", postponed.text("statusReason"));
        assertEquals(before + 1, notifications(mw, mw.w().peoplesCommitteeOffice(), "MEETING_POSTPONED"), "told once, though support and invited body share an office");
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ? AND starts_at = ?::timestamptz", UUID.fromString(id), at(10, "08:00")),
                "the calendar item moves with the meeting");

        Api.Response reinvited = post(party, "/api/v1/meetings/" + id + "/invitation", null);
        assertEquals("INVITED", reinvited.text("status"));
        assertEquals("PENDING", api().get("/api/v1/meetings/" + id + "/invitees", party).json().get(0).get("reply").coerceStringValue(), "replies start again");
        String ics = api().get("/api/v1/meetings/" + id + "/invitees/" + reply + "/invitation.ics", party).body();
        assertTrue(ics.contains("SEQUENCE:1"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Ho_Chi_Minh:" + at(10, "08:00").substring(0, 10).replace("-", "") + "T080000"), ics);
    }

    @Test
    void cancellingWithdrawsTheCalendarItemAndRefusesInvitationsAfterwards() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị chuyên đề chuyển đổi số", 5, "HYBRID", "PUBLIC");
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ?", UUID.fromString(id)));
        assertEquals(400, post(party, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\":\"\"}").status(), "a reason is required");
        Api.Response cancelled = post(party, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\":\"Nội dung đã xử lý tại phiên họp thường kỳ\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ?", UUID.fromString(id)), "a draft's item is removed");
        Api.Response invitee = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}");
        assertEquals(409, invitee.status(), "no invitations to a cancelled meeting");
        assertEquals("application/problem+json", invitee.contentType());
        assertEquals(0, fixtures.count("SELECT count(*) FROM meeting_invitee WHERE meeting_id = ?", UUID.fromString(id)));
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitation", null).status());
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/postponement", "{\"startsAt\":\"" + at(9, "08:00") + "\",\"endsAt\":\"" + at(9, "11:00")
                + "\",\"reason\":\"x\"}").status());
        assertEquals(409, put(party, "/api/v1/meetings/" + id, "\"" + cancelled.text("version") + "\"",
                meetingJson(mw, "Đổi tên", at(5, "08:00"), at(5, "11:00"), "HYBRID", "PUBLIC")).status(), "a cancelled meeting does not change");
    }

    @Test
    void badMeetingsAreRefusedWithFieldErrorsAndNothingIsWritten() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        Api.Response backwards = api().postJson("/api/v1/meetings", party, meetingJson(mw, "Họp", at(2, "11:00"), at(2, "08:00"), "IN_PERSON", "PUBLIC"));
        assertEquals(422, backwards.status());
        assertEquals("application/problem+json", backwards.contentType());
        assertTrue(backwards.body().contains("\"field\":\"endsAt\""), backwards.body());
        Api.Response unknownKind = api().postJson("/api/v1/meetings", party, meetingJson(mw, "Họp", at(2, "08:00"), at(2, "11:00"), "IN_PERSON", "PUBLIC")
                .replace(mw.standingBoardKind().toString(), UUID.randomUUID().toString()));
        assertEquals(422, unknownKind.status());
        assertTrue(unknownKind.body().contains("kindId"));
        Api.Response otherHost = api().postJson("/api/v1/meetings", party, meetingJson(mw, "Họp", at(2, "08:00"), at(2, "11:00"), "IN_PERSON", "PUBLIC")
                .replace("\"hostOfficeId\":null", "\"hostOfficeId\":\"" + mw.w().peoplesCommitteeOffice() + "\""));
        assertEquals(403, otherHost.status(), "an office plans only the meetings it hosts");
        assertEquals(403, api().postJson("/api/v1/meetings", login(mw.w().unitOfficer()), meetingJson(mw, "Họp", at(2, "08:00"), at(2, "11:00"), "IN_PERSON", "PUBLIC"))
                .status(), "units do not plan meetings");
        assertEquals(400, api().postJson("/api/v1/meetings", party, "{\"title\":\"Thiếu loại\"}").status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM meeting WHERE jurisdiction_id = ?", mw.w().jurisdictionId()));
    }

    @Test
    void changesNeedIfMatchAndTheClashWithTheSecretarysScheduleComesBack() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String first = createMeeting(mw, "Hội nghị Thường trực", 4, "IN_PERSON", "PUBLIC");
        Api.Response second = api().postJson("/api/v1/meetings", party, meetingJson(mw, "Tiếp đoàn công tác", at(4, "09:00"), at(4, "10:00"), "IN_PERSON", "PUBLIC")
                .replace("Phòng họp số 1", "Hội trường lớn"));
        assertEquals(201, second.status(), second.body());
        assertTrue(second.body().contains("Nguyễn Văn Bí Thư"), "the clash with the same leader is reported: " + second.body());
        assertEquals("CONFLICT", second.json().get("clashes").get(0).get("severity").coerceStringValue());

        String etag = api().get("/api/v1/meetings/" + first, party).headers().get("ETag");
        String moved = meetingJson(mw, "Hội nghị Thường trực", at(6, "08:00"), at(6, "11:00"), "IN_PERSON", "PUBLIC");
        assertEquals(428, put(party, "/api/v1/meetings/" + first, null, moved).status());
        assertEquals(412, put(party, "/api/v1/meetings/" + first, "\"99\"", moved).status());
        assertEquals(403, put(login(mw.w().otherOfficeSpecialist()), "/api/v1/meetings/" + first, etag, moved).status(), "only the host changes it");
        Api.Response updated = put(party, "/api/v1/meetings/" + first, etag, moved);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ? AND starts_at = ?::timestamptz", UUID.fromString(first), at(6, "08:00")),
                "the calendar item follows");
        assertFalse(api().get("/api/v1/meetings/" + second.text("id"), party).body().contains("\"severity\":\"CONFLICT\""), "no clash any more");
    }

    @Test
    void unitsSeeOnlyMeetingsTheyAreInvolvedInAndAdminsCanAddKinds() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String invited = createMeeting(mw, "Họp có Sở Nội vụ", 2, "IN_PERSON", "PUBLIC");
        String other = createMeeting(mw, "Họp nội bộ", 2, "IN_PERSON", "PUBLIC");
        post(party, "/api/v1/meetings/" + invited + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}");
        String unit = login(mw.w().unitOfficer());
        Api.Response list = api().get("/api/v1/meetings", unit);
        assertEquals(1, list.json().get("totalItems").getLongValue(), list.body());
        assertEquals(404, api().get("/api/v1/meetings/" + other, unit).status());
        assertEquals(2, api().get("/api/v1/meetings?from=" + java.time.LocalDate.now(clock) + "&q=hop", login(mw.w().otherOfficeSpecialist())).json().get("totalItems")
                .getLongValue(), "every office sees the jurisdiction's meetings; q ignores diacritics");

        Api.Response kinds = api().get("/api/v1/meeting-kinds", party);
        assertTrue(kinds.body().contains("Hội nghị Ban Thường vụ Thành ủy"));
        assertEquals(403, api().postJson("/api/v1/meeting-kinds", party, "{\"code\":\"CONGRESS_PREP\",\"nameVi\":\"Họp chuẩn bị Đại hội\",\"nameEn\":\"Congress\"}").status());
        String admin = login(mw.w().admin());
        assertEquals(201, api().postJson("/api/v1/meeting-kinds", admin, "{\"code\":\"CONGRESS_PREP\",\"nameVi\":\"Họp chuẩn bị Đại hội\",\"nameEn\":\"Congress\"}").status());
        assertEquals(409, api().postJson("/api/v1/meeting-kinds", admin, "{\"code\":\"STANDING_BOARD\",\"nameVi\":\"Trùng\",\"nameEn\":\"Dup\"}").status());
        assertTrue(api().get("/api/v1/meeting-kinds", party).body().contains("Họp chuẩn bị Đại hội"));
    }

    @Test
    void aMeetingClashesWithTheLeadersActivityInTheMonthlyProgramme() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String calendar = fixtures.id("SELECT id FROM calendar WHERE body_id = ?", mw.standingBoard()).toString();
        java.time.LocalDate day = java.time.LocalDate.now(clock).plusDays(40);
        Api.Response programme = api().postJson("/api/v1/programmes", party, "{\"calendarId\":\"" + calendar + "\",\"periodKind\":\"MONTH\",\"periodStart\":\""
                + day.withDayOfMonth(1) + "\"}");
        assertEquals(201, programme.status(), programme.body());
        Api.Response item = api().postJson("/api/v1/programmes/" + programme.text("id") + "/items", party, "{\"title\":\"Làm việc với Đảng ủy xã\",\"startsAt\":\""
                + day + "T08:00:00+07:00\",\"endsAt\":\"" + day + "T10:00:00+07:00\",\"allDay\":false,\"venue\":\"Trụ sở Đảng ủy xã\",\"localityUnitId\":null,"
                + "\"leaderIds\":[\"" + mw.secretary() + "\"],\"participantBodyIds\":[],\"participantUnitIds\":[],\"participantPersons\":[],\"servingOfficeId\":\""
                + mw.w().partyOffice() + "\",\"visibility\":\"PUBLIC\",\"notes\":null,\"meetingId\":null,\"amendmentReason\":null}");
        assertEquals(201, item.status(), item.body());
        Api.Response meeting = api().postJson("/api/v1/meetings", party, meetingJson(mw, "Hội nghị Thường trực", day + "T09:00:00+07:00", day + "T11:00:00+07:00",
                "IN_PERSON", "PUBLIC"));
        assertEquals(201, meeting.status(), meeting.body());
        assertEquals(1, meeting.json().get("clashes").size(), meeting.body());
        assertTrue(text(meeting.json().get("clashes").get(0), "message").contains("Làm việc với Đảng ủy xã"), meeting.body());
    }

    @Test
    void onceTheWeeklyProgrammeIsPublishedMeetingChangesAreAmendmentsAndACancelledMeetingStaysInTheFeedAsCancelled() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị Thường trực", 2, "IN_PERSON", "PUBLIC");
        UUID item = fixtures.id("SELECT id FROM programme_item WHERE meeting_id = ?", UUID.fromString(id));
        UUID programme = fixtures.id("SELECT programme_id FROM programme_item WHERE id = ?", item);
        fixtures.update("UPDATE programme SET status = 'PUBLISHED', submitted_at = now(), decision_reference = '1-TB/TU', approved_at = now(), published_at = now() "
                + "WHERE id = ?", programme);
        Api.Response postponed = post(party, "/api/v1/meetings/" + id + "/postponement", "{\"startsAt\":\"" + at(2, "14:00") + "\",\"endsAt\":\"" + at(2, "16:00")
                + "\",\"reason\":\"Lãnh đạo bận đột xuất\"}");
        assertEquals(200, postponed.status(), postponed.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_amendment WHERE programme_id = ? AND item_id = ? AND change = 'CHANGED' "
                + "AND reason LIKE '%Lãnh đạo bận đột xuất%'", programme, item));
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE id = ? AND sequence = 1", item), "calendar apps see the change");
        assertEquals(200, post(party, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\":\"Không tổ chức\"}").status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE id = ? AND cancelled AND sequence = 2", item),
                "kept as cancelled in the published programme");
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_amendment WHERE programme_id = ? AND change = 'CANCELLED'", programme));
    }

    @Test
    void aConferenceWithBridgePointsCannotBecomeAnInPersonMeeting() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị trực tuyến", 5, "HYBRID", "PUBLIC");
        assertEquals(201, post(party, "/api/v1/meetings/" + id + "/bridge-points", "{\"name\":\"Điểm cầu Sở Nội vụ\",\"expectedDelegates\":40}").status());
        String etag = api().get("/api/v1/meetings/" + id, party).headers().get("ETag");
        Api.Response refused = put(party, "/api/v1/meetings/" + id, etag, meetingJson(mw, "Hội nghị trực tuyến", at(5, "08:00"), at(5, "11:00"), "IN_PERSON", "PUBLIC"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"field\":\"format\""));
        assertEquals("HYBRID", api().get("/api/v1/meetings/" + id, party).text("format"));
    }

    @Test
    void eachLifecycleActionRefusesTheWrongOfficeAndTheWrongMomentAndChangesNothing() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String ubnd = login(mw.w().otherOfficeLeader());
        String id = createMeeting(mw, "Hội nghị Thường trực", 3, "IN_PERSON", "PUBLIC");
        post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}");
        String postpone = "{\"startsAt\":\"" + at(4, "08:00") + "\",\"endsAt\":\"" + at(4, "11:00") + "\",\"reason\":\"Lý do\"}";
        assertEquals(403, post(ubnd, "/api/v1/meetings/" + id + "/postponement", postpone).status(), "a supporting office does not postpone");
        assertEquals(403, post(ubnd, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\":\"Lý do\"}").status());
        assertEquals(403, post(ubnd, "/api/v1/meetings/" + id + "/holding", null).status());
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/holding", null).status(), "not invited yet");
        assertEquals(200, post(party, "/api/v1/meetings/" + id + "/invitation", null).status());
        Api.Response early = post(party, "/api/v1/meetings/" + id + "/holding", null);
        assertEquals(409, early.status(), "not before the meeting's day");
        assertTrue(early.body().contains(java.time.LocalDate.now(clock).plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))), early.body());
        clock.advance(java.time.Duration.ofDays(3));
        assertEquals(200, post(party, "/api/v1/meetings/" + id + "/holding", null).status(), "on its day it is held");
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/postponement", postpone).status(), "a held meeting is not postponed");
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitation", null).status());
        assertEquals(409, post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().secondUnit() + "\"}").status());
        assertEquals(404, post(login(mw.w().secondUnitOfficer()), "/api/v1/meetings/" + id + "/closure", null).status(), "an uninvolved unit does not see it");
        assertEquals("HELD", api().get("/api/v1/meetings/" + id, party).text("status"));
        assertEquals(3, fixtures.count("SELECT count(*) FROM meeting_event WHERE meeting_id = ?", UUID.fromString(id)), "CREATE, INVITE, HOLD only");
    }

    @Test
    void eachMeetingKeepsItsTotalsOfBridgePointsAndAttendanceThroughEveryChange() {
        MeetingWorld mw = meetingWorld();
        String party = login(mw.w().specialist());
        String id = createMeeting(mw, "Hội nghị trực tuyến", 0, "ONLINE", "PUBLIC");
        UUID meeting = UUID.fromString(id);
        String first = post(party, "/api/v1/meetings/" + id + "/bridge-points", "{\"name\":\"Điểm cầu A\",\"expectedDelegates\":40,\"actualDelegates\":35}").text("id");
        post(party, "/api/v1/meetings/" + id + "/bridge-points", "{\"name\":\"Điểm cầu B\",\"expectedDelegates\":60,\"actualDelegates\":50}");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE id = ? AND bridge_points = 2 AND expected_delegates = 100 AND actual_delegates = 85", meeting));
        String etag = api().get("/api/v1/meeting-bridge-points/" + first, party).headers().get("ETag");
        assertEquals(200, put(party, "/api/v1/meeting-bridge-points/" + first, etag, "{\"name\":\"Điểm cầu A\",\"expectedDelegates\":40,\"actualDelegates\":20}").status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE id = ? AND actual_delegates = 70", meeting));
        assertEquals(204, api().send(io.micronaut.http.HttpRequest.DELETE("/api/v1/meeting-bridge-points/" + first).bearerAuth(party)).status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE id = ? AND bridge_points = 1 AND expected_delegates = 60 AND actual_delegates = 50", meeting));

        String invitee = post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"UNIT\",\"unitId\":\"" + mw.w().unit() + "\"}").text("id");
        post(party, "/api/v1/meetings/" + id + "/invitees", "{\"kind\":\"PERSON\",\"personName\":\"Ông Khách\"}");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE id = ? AND invitees = 2 AND attended = 0 AND NOT attendance_taken", meeting));
        post(party, "/api/v1/meetings/" + id + "/invitation", null);
        put(party, "/api/v1/meetings/" + id + "/invitees/attendance", null, "{\"entries\":[{\"inviteeId\":\"" + invitee + "\",\"attended\":true}]}");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting WHERE id = ? AND invitees = 2 AND attended = 1 AND attendance_taken", meeting));
    }
}
