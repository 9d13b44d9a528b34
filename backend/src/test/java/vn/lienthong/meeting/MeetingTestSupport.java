package vn.lienthong.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A small world for the meeting tests: the Party Committee Office (specialist, leader) serves the standing board (TTTU)
 * and hosts its meetings; the People's Committee Office (otherOfficeSpecialist, otherOfficeLeader) serves the People's
 * Committee (`w.body()`) and supports; Sở Nội vụ (`w.unit()`, unitOfficer) and Sở Y tế (`w.secondUnit()`, secondUnitOfficer).
 */
abstract class MeetingTestSupport extends ApiTestBase {

    record MeetingWorld(Fixtures.World w, UUID standingBoard, UUID secretary, UUID standingBoardKind, UUID plenumKind) {
    }

    MeetingWorld meetingWorld() {
        Fixtures.World w = fixtures.world();
        UUID standingBoard = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", standingBoard, w.jurisdictionId(), w.partyOffice());
        UUID secretary = UUID.randomUUID();
        fixtures.update("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Nguyễn Văn Bí Thư', 'Bí thư Tỉnh ủy', 'Provincial Party Secretary', 1, now(), now())", secretary, w.jurisdictionId(), standingBoard);
        return new MeetingWorld(w, standingBoard, secretary, kind("STANDING_BOARD"), kind("EXECUTIVE_COMMITTEE_PLENUM"));
    }

    UUID kind(String code) {
        return fixtures.id("SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = ?", code);
    }

    /** "2026-12-10T08:00:00+07:00": `days` from today, Vietnamese time. */
    String at(int days, String time) {
        return LocalDate.now(clock).plusDays(days) + "T" + time + ":00+07:00";
    }

    /** A standing-board meeting hosted by the Party Committee Office, supported by the People's Committee Office. */
    String meetingJson(MeetingWorld mw, String title, String startsAt, String endsAt, String format, String confidentiality) {
        return "{\"kindId\":\"" + mw.standingBoardKind() + "\",\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt
                + "\",\"venue\":\"Phòng họp số 1\",\"format\":\"" + format + "\",\"bodyId\":\"" + mw.standingBoard() + "\",\"leaderIds\":[\"" + mw.secretary()
                + "\"],\"hostOfficeId\":null,\"supportingOfficeIds\":[\"" + mw.w().peoplesCommitteeOffice() + "\"],\"confidentiality\":\"" + confidentiality
                + "\",\"description\":null,\"reason\":null}";
    }

    /** Creates a meeting as the Party Committee Office's specialist; returns its id. */
    String createMeeting(MeetingWorld mw, String title, int daysFromToday, String format, String confidentiality) {
        Api.Response created = api().postJson("/api/v1/meetings", login(mw.w().specialist()),
                meetingJson(mw, title, at(daysFromToday, "08:00"), at(daysFromToday, "11:00"), format, confidentiality));
        if (created.status() != 201) {
            throw new AssertionError("expected 201: " + created);
        }
        return created.text("id");
    }

    Api.Response post(String token, String path, String body) {
        return api().send(HttpRequest.POST(path, body == null ? "{}" : body).contentType("application/json").bearerAuth(token));
    }

    Api.Response put(String token, String path, String etag, String body) {
        var request = HttpRequest.PUT(path, body).contentType("application/json").bearerAuth(token);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return api().send(request);
    }

    static void assertStatus(int expected, Api.Response response) {
        if (response.status() != expected) {
            throw new AssertionError("expected " + expected + ": " + response);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.coerceStringValue();
    }
}
