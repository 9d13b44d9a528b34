package vn.lienthong.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A small world for the calendar tests: the Party Committee Office serves the standing board (TTTU), the People's
 * Committee Office serves the People's Committee (UBND); the provincial secretary sits on TTTU, the chairman on UBND.
 */
abstract class CalendarTestSupport extends ApiTestBase {

    record CalendarWorld(Fixtures.World w, UUID standingBoard, UUID secretary, UUID chairman, String partyCalendar, String peoplesCalendar, UUID ward) {
    }

    CalendarWorld calendarWorld() {
        Fixtures.World w = fixtures.world();
        UUID standingBoard = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", standingBoard, w.jurisdictionId(), w.partyOffice());
        UUID secretary = UUID.randomUUID();
        UUID chairman = UUID.randomUUID();
        fixtures.update("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Nguyễn Văn Bí Thư', 'Bí thư Tỉnh ủy', 'Provincial Party Secretary', 1, now(), now()), "
                + "(?, ?, ?, 'Trần Văn Chủ Tịch', 'Chủ tịch UBND tỉnh', 'Chairman of the People''s Committee', 2, now(), now())",
                secretary, w.jurisdictionId(), standingBoard, chairman, w.jurisdictionId(), w.body());
        UUID ward = UUID.randomUUID();
        fixtures.update("INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at) VALUES (?, ?, 'P-DONGDA', 'Phường Đống Đa', 'WARD', "
                + "DATE '2025-07-01', now(), now())", ward, w.jurisdictionId());
        String partyCalendar = calendarOf(standingBoard);
        String peoplesCalendar = calendarOf(w.body());
        return new CalendarWorld(w, standingBoard, secretary, chairman, partyCalendar, peoplesCalendar, ward);
    }

    private String calendarOf(UUID body) {
        return fixtures.id("SELECT id FROM calendar WHERE body_id = ?", body).toString();
    }

    LocalDate nextMonth() {
        return LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
    }

    /** "2026-12-10T08:00:00+07:00" for day `day` of next month. */
    String at(int day, String time) {
        return nextMonth().withDayOfMonth(day) + "T" + time + ":00+07:00";
    }

    Api.Response createProgramme(String token, String calendarId, String kind, LocalDate start) {
        return api().postJson("/api/v1/programmes", token, "{\"calendarId\":\"" + calendarId + "\",\"periodKind\":\"" + kind + "\",\"periodStart\":\"" + start + "\"}");
    }

    static String item(String title, String startsAt, String endsAt, UUID leader, UUID servingOffice, String visibility) {
        return item(title, startsAt, endsAt, false, leader, null, null, servingOffice, visibility, null);
    }

    static String item(String title, String startsAt, String endsAt, boolean allDay, UUID leader, String venue, UUID locality, UUID servingOffice,
                       String visibility, String amendmentReason) {
        return "{\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"allDay\":" + allDay
                + ",\"venue\":" + (venue == null ? "null" : "\"" + venue + "\"") + ",\"localityUnitId\":" + (locality == null ? "null" : "\"" + locality + "\"")
                + ",\"leaderIds\":[" + (leader == null ? "" : "\"" + leader + "\"") + "],\"participantBodyIds\":[],\"participantUnitIds\":[],"
                + "\"participantPersons\":[\"Lãnh đạo các sở, ngành\"],\"servingOfficeId\":\"" + servingOffice + "\",\"visibility\":\"" + visibility + "\","
                + "\"notes\":\"Ghi chú nội bộ\",\"meetingId\":null,\"amendmentReason\":" + (amendmentReason == null ? "null" : "\"" + amendmentReason + "\"") + "}";
    }

    Api.Response addItem(String token, String programmeId, String body) {
        return api().postJson("/api/v1/programmes/" + programmeId + "/items", token, body);
    }

    Api.Response action(String token, String programmeId, String action, String body) {
        return api().send(HttpRequest.POST("/api/v1/programmes/" + programmeId + "/" + action, body == null ? "{}" : body)
                .contentType("application/json").bearerAuth(token));
    }

    Api.Response put(String token, String path, String etag, String body) {
        var request = HttpRequest.PUT(path, body).contentType("application/json").bearerAuth(token);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return api().send(request);
    }

    /** Takes a programme of `owner` from draft to published through every action. */
    void publish(CalendarWorld cw, String programmeId, String ownerLeader) {
        assertOk(action(login(ownerLeader), programmeId, "submission", null));
        assertOk(action(login(cw.w().specialist()), programmeId, "consolidation", null));
        assertOk(action(login(cw.w().leader()), programmeId, "approval", "{\"decisionReference\":\"125-TB/TU\",\"decidedOn\":\"" + LocalDate.now(clock) + "\"}"));
        assertOk(action(login(cw.w().leader()), programmeId, "publication", null));
    }

    static void assertOk(Api.Response response) {
        if (response.status() != 200) {
            throw new AssertionError("expected 200: " + response);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.coerceStringValue();
    }
}
