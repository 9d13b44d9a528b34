package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizen reception: a leader's regular reception day is an item of the body's calendar that follows the session (planned,
 * moved, withdrawn on cancellation); petitions handed in at a session are recorded, linked and listed without any identity;
 * the e-portal's schedule shows only public sessions and only when, where, who and the kind; the host office alone writes.
 */
@MicronautTest(transactional = false)
class ReceptionSessionTest extends ApiTestBase {
    static final String NAME = "Đỗ Thị Tiếpdân Bảomật";
    static final String ADDRESS = "Số 9 ngõ Kínđáo";
    static final String ID_NUMBER = "001190001234";
    static final List<String> MARKERS = List.of(NAME, "Tiếpdân", ADDRESS, "Kínđáo", ID_NUMBER);

    /** The People's Committee Office (otherOfficeSpecialist) hosts the chair's reception days; the chair leads the People's Committee (`w.body()`). */
    record ReceptionWorld(Fixtures.World w, UUID chair, UUID viceChair) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ReceptionWorld receptionWorld() {
        Fixtures.World w = fixtures.world();
        UUID chair = UUID.randomUUID();
        fixtures.update("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Nguyễn Văn Chủ Tịch', 'Chủ tịch UBND tỉnh', 'Chairman of the Provincial People''s Committee', 1, now(), now())",
                chair, w.jurisdictionId(), w.body());
        UUID vice = UUID.randomUUID();
        fixtures.update("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Trần Thị Phó Chủ Tịch', 'Phó Chủ tịch UBND tỉnh', 'Vice-chairwoman', 2, now(), now())", vice, w.jurisdictionId(), w.body());
        return new ReceptionWorld(w, chair, vice);
    }

    /** "2026-12-10T08:00:00+07:00": `days` from today, Vietnamese time. */
    String at(int days, String time) {
        return LocalDate.now(clock).plusDays(days) + "T" + time + ":00+07:00";
    }

    String regular(ReceptionWorld rw, String startsAt, String endsAt, String venue, boolean publicSession) {
        return "{\"kind\":\"REGULAR\",\"bodyId\":\"" + rw.w().body() + "\",\"leaderIds\":[\"" + rw.chair() + "\"],\"participatingOfficeIds\":[],\"occasion\":null,"
                + "\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"venue\":\"" + venue + "\",\"publicSession\":" + publicSession + ",\"reason\":null}";
    }

    Api.Response post(String token, String path, String body, String idempotencyKey) {
        var request = HttpRequest.POST(path, body == null ? "{}" : body).contentType("application/json").bearerAuth(token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api().send(request);
    }

    Api.Response put(String token, String path, String etag, String body) {
        var request = HttpRequest.PUT(path, body).contentType("application/json").bearerAuth(token);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return api().send(request);
    }

    String createSession(String token, String body) {
        Api.Response created = post(token, "/api/v1/reception-sessions", body, null);
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    long sessions(Fixtures.World w) {
        return fixtures.count("SELECT count(*) FROM reception_session WHERE jurisdiction_id = ?", w.jurisdictionId());
    }

    long items(String sessionId) {
        return fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ? AND NOT cancelled", UUID.fromString(sessionId));
    }

    static void assertNoIdentity(String where, String body) {
        for (String marker : MARKERS) {
            assertFalse(body.contains(marker), where + " leaks «" + marker + "»: " + body);
        }
    }

    @Test
    void aRegularReceptionDayIsAnItemOfTheLeadersCalendarThatFollowsTheSession() {
        ReceptionWorld rw = receptionWorld();
        String host = login(rw.w().otherOfficeSpecialist());
        String body = regular(rw, at(3, "07:30"), at(3, "11:30"), "Trụ sở Tiếp công dân tỉnh", true);
        Api.Response created = post(host, "/api/v1/reception-sessions", body, "reception-" + rw.w().code());
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertEquals("PLANNED", created.text("status"));
        assertEquals("\"0\"", created.headers().get("ETag"));
        assertEquals(List.of("EDIT", "HOLD", "CANCEL", "RECORD_PETITION"), strings(created.json().get("allowedActions")));
        assertEquals("Nguyễn Văn Chủ Tịch", created.json().get("leaders").get(0).get("fullName").getStringValue());

        UUID item = fixtures.id("SELECT id FROM programme_item WHERE meeting_id = ?", UUID.fromString(id));
        assertEquals(item.toString(), created.text("calendarItemId"), "the reception day is an item of the body's weekly programme");
        assertEquals(1, fixtures.count("""
                SELECT count(*) FROM programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id
                WHERE i.id = ? AND p.period_kind = 'WEEK' AND c.body_id = ? AND ? = ANY (i.leader_ids) AND i.visibility = 'PUBLIC'
                  AND i.title LIKE 'Tiếp công dân định kỳ: Nguyễn Văn Chủ Tịch%' AND i.starts_at = ?::timestamptz""",
                item, rw.w().body(), rw.chair(), at(3, "07:30")));

        Api.Response replay = post(host, "/api/v1/reception-sessions", body, "reception-" + rw.w().code());
        assertEquals(id, replay.text("id"), "a retry with the same key plans no second session");
        assertEquals("true", replay.headers().get("Idempotent-Replayed"));
        assertEquals(1, sessions(rw.w()));

        String moved = regular(rw, at(5, "13:30"), at(5, "17:00"), "Trụ sở Tiếp công dân tỉnh", true);
        assertEquals(428, put(host, "/api/v1/reception-sessions/" + id, null, moved).status(), "a change needs If-Match");
        assertEquals(412, put(host, "/api/v1/reception-sessions/" + id, "\"7\"", moved).status(), "a stale version is refused");
        Api.Response updated = put(host, "/api/v1/reception-sessions/" + id, "\"0\"", moved);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(1, items(id), "still one item");
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ? AND starts_at = ?::timestamptz AND ends_at = ?::timestamptz",
                UUID.fromString(id), at(5, "13:30"), at(5, "17:00")), "the item moves with the session");

        Api.Response cancelled = post(host, "/api/v1/reception-sessions/" + id + "/cancellation", "{\"reason\":\"Đồng chí Chủ tịch đi công tác Trung ương\"}", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals(0, items(id), "the item is withdrawn from the (draft) programme");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'reception_session' AND entity_id = ? AND action = 'CANCEL'", id));

        long version = cancelled.json().get("version").getLongValue();
        Api.Response holdCancelled = post(host, "/api/v1/reception-sessions/" + id + "/holding", "{\"citizensCount\":3,\"outcome\":\"Đã tiếp\"}", null);
        assertEquals(409, holdCancelled.status(), "a cancelled session is not held");
        Api.Response after = api().get("/api/v1/reception-sessions/" + id, host);
        assertEquals("CANCELLED", after.text("status"), "nothing written");
        assertEquals(version, after.json().get("version").getLongValue());
        assertEquals(null, after.text("outcome"));
        assertEquals(409, put(host, "/api/v1/reception-sessions/" + id, "\"" + version + "\"", moved).status(), "a cancelled session is not edited");
    }

    @Test
    void onlyTheHostOfficeWritesAndBadInputChangesNothing() {
        ReceptionWorld rw = receptionWorld();
        String host = login(rw.w().otherOfficeSpecialist());
        String id = createSession(host, regular(rw, at(4, "07:30"), at(4, "11:30"), "Trụ sở Tiếp công dân tỉnh", true));

        String other = login(rw.w().specialist());
        String unit = login(rw.w().unitOfficer());
        String change = regular(rw, at(6, "07:30"), at(6, "11:30"), "Hội trường UBND tỉnh", true);
        assertEquals(403, put(other, "/api/v1/reception-sessions/" + id, "\"0\"", change).status(), "another office does not edit");
        assertEquals(403, post(other, "/api/v1/reception-sessions/" + id + "/cancellation", "{\"reason\":\"Không\"}", null).status());
        assertEquals(403, post(other, "/api/v1/reception-sessions/" + id + "/holding", "{\"citizensCount\":1,\"outcome\":\"x\"}", null).status());
        assertEquals(403, post(unit, "/api/v1/reception-sessions", change, null).status(), "units do not plan sessions");
        assertEquals(403, put(unit, "/api/v1/reception-sessions/" + id, "\"0\"", change).status(), "nor change them");
        assertEquals(200, api().get("/api/v1/reception-sessions/" + id, other).status(), "other offices read");
        assertEquals(List.of(), strings(api().get("/api/v1/reception-sessions/" + id, other).json().get("allowedActions")));

        Api.Response backwards = post(host, "/api/v1/reception-sessions", regular(rw, at(4, "11:30"), at(4, "07:30"), "Trụ sở", true), null);
        assertEquals(400, backwards.status(), backwards.body());
        assertTrue(backwards.body().contains("\"endsAt\""), backwards.body());
        Api.Response noBody = post(host, "/api/v1/reception-sessions", "{\"kind\":\"REGULAR\",\"leaderIds\":[],\"startsAt\":\"" + at(4, "07:30")
                + "\",\"endsAt\":\"" + at(4, "11:30") + "\",\"venue\":\"Trụ sở\"}", null);
        assertEquals(400, noBody.status(), noBody.body());
        assertTrue(noBody.body().contains("\"bodyId\"") && noBody.body().contains("\"leaderIds\""), noBody.body());
        Api.Response noVenue = post(host, "/api/v1/reception-sessions", regular(rw, at(4, "07:30"), at(4, "11:30"), " ", true), null);
        assertEquals(400, noVenue.status(), noVenue.body());
        assertTrue(noVenue.body().contains("\"venue\""), noVenue.body());
        Api.Response jointAlone = post(host, "/api/v1/reception-sessions", "{\"kind\":\"JOINT\",\"startsAt\":\"" + at(4, "07:30") + "\",\"endsAt\":\""
                + at(4, "11:30") + "\",\"venue\":\"Trụ sở\"}", null);
        assertEquals(400, jointAlone.status(), jointAlone.body());
        assertTrue(jointAlone.body().contains("\"participatingOfficeIds\""), jointAlone.body());
        Api.Response badMove = put(host, "/api/v1/reception-sessions/" + id, "\"0\"", regular(rw, at(6, "11:30"), at(6, "07:30"), "Trụ sở", true));
        assertEquals(400, badMove.status(), badMove.body());

        assertEquals(1, sessions(rw.w()), "nothing written");
        Api.Response unchanged = api().get("/api/v1/reception-sessions/" + id, host);
        assertEquals(0, unchanged.json().get("version").getLongValue());
        assertEquals("Trụ sở Tiếp công dân tỉnh", unchanged.text("venue"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE meeting_id = ? AND starts_at = ?::timestamptz", UUID.fromString(id), at(4, "07:30")));
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'reception_session' AND entity_id = ? AND action <> 'CREATE'", id));

        Api.Response early = post(host, "/api/v1/reception-sessions/" + id + "/holding", "{\"citizensCount\":1,\"outcome\":\"Đã tiếp\"}", null);
        assertEquals(409, early.status(), "not held before its day");

        Api.Response list = api().get("/api/v1/reception-sessions?officeId=" + rw.w().peoplesCommitteeOffice() + "&kind=REGULAR&status=PLANNED&from="
                + LocalDate.now(clock) + "&to=" + LocalDate.now(clock).plusDays(10) + "&q=tiep+cong+dan", other);
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().get("totalItems").getLongValue());
        assertEquals(0, api().get("/api/v1/reception-sessions?status=HELD", other).json().get("totalItems").getLongValue());
    }

    @Test
    void aPetitionHandedInAtTheSessionIsRecordedLinkedAndListedWithoutItsPetitioner() {
        ReceptionWorld rw = receptionWorld();
        String host = login(rw.w().otherOfficeSpecialist());
        String id = createSession(host, "{\"kind\":\"JOINT\",\"bodyId\":\"" + rw.w().body() + "\",\"leaderIds\":[\"" + rw.viceChair() + "\"],"
                + "\"participatingOfficeIds\":[\"" + rw.w().partyOffice() + "\"],\"occasion\":\"dịp Tết Nguyên đán\",\"startsAt\":\"" + at(0, "07:30")
                + "\",\"endsAt\":\"" + at(0, "11:30") + "\",\"venue\":\"Trụ sở Tiếp công dân tỉnh\",\"publicSession\":false}");
        assertEquals(1, items(id), "a joint session with a body is in its calendar too");

        String today = LocalDate.now(clock).toString();
        String petitioner = "{\"fullName\":\"" + NAME + "\",\"address\":\"" + ADDRESS + "\",\"idNumber\":\"" + ID_NUMBER + "\",\"phone\":null,\"representative\":false}";
        String petition = "{\"kind\":\"COMPLAINT\",\"channel\":\"IN_PERSON\",\"receivedOn\":\"" + today + "\",\"subject\":\"Khiếu nại quyết định thu hồi đất\","
                + "\"content\":\"Không đồng ý mức bồi thường\",\"contestedAct\":\"Quyết định thu hồi đất số 12/QĐ-UBND\",\"addressedTo\":null,"
                + "\"transferredFrom\":null,\"petitioners\":[" + petitioner + "],\"petitionerCount\":null,\"attachmentIds\":[]}";

        Api.Response byPost = post(host, "/api/v1/reception-sessions/" + id + "/petitions", petition.replace("IN_PERSON", "POST"), null);
        assertEquals(400, byPost.status(), byPost.body());
        assertTrue(byPost.body().contains("\"channel\""), byPost.body());
        Api.Response otherDay = post(host, "/api/v1/reception-sessions/" + id + "/petitions", petition.replace(today, LocalDate.now(clock).minusDays(1).toString()), null);
        assertEquals(400, otherDay.status(), otherDay.body());
        assertTrue(otherDay.body().contains("\"receivedOn\""), otherDay.body());
        assertEquals(404, post(login(rw.w().unitOfficer()), "/api/v1/reception-sessions/" + id + "/petitions", petition, null).status(),
                "a unit does not see an internal session");
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition WHERE jurisdiction_id = ?", rw.w().jurisdictionId()), "nothing recorded");

        Api.Response recorded = post(host, "/api/v1/reception-sessions/" + id + "/petitions", petition, "petition-" + rw.w().code());
        assertEquals(201, recorded.status(), recorded.body());
        assertNoIdentity("the recorded petition", recorded.body());
        String petitionId = recorded.text("id");
        assertEquals("IN_PERSON", recorded.text("channel"));
        assertEquals("/api/v1/petitions/" + petitionId, recorded.headers().get("Location"));
        Api.Response replay = post(host, "/api/v1/reception-sessions/" + id + "/petitions", petition, "petition-" + rw.w().code());
        assertEquals(petitionId, replay.text("id"), "a retry records no second petition");
        assertNoIdentity("the replay", replay.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM petition WHERE jurisdiction_id = ? AND channel = 'IN_PERSON' AND office_id = ?",
                rw.w().jurisdictionId(), rw.w().peoplesCommitteeOffice()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM reception_session_petition WHERE session_id = ? AND petition_id = ?",
                UUID.fromString(id), UUID.fromString(petitionId)));
        assertEquals(1, fixtures.count("SELECT count(*) FROM petitioner WHERE petition_id = ?", UUID.fromString(petitionId)), "the identity is sealed in the petition");

        // the participating office records its own petition at the joint session
        String party = login(rw.w().specialist());
        Api.Response partyPetition = post(party, "/api/v1/reception-sessions/" + id + "/petitions", petition.replace("COMPLAINT", "REFLECTION"), null);
        assertEquals(201, partyPetition.status(), partyPetition.body());

        Api.Response listed = api().get("/api/v1/reception-sessions/" + id + "/petitions", host);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(1, listed.json().size(), "the host office lists the petitions it received");
        assertEquals(petitionId, listed.json().get(0).get("id").getStringValue());
        assertNoIdentity("the session's petitions", listed.body());
        Api.Response partyListed = api().get("/api/v1/reception-sessions/" + id + "/petitions", party);
        assertEquals(1, partyListed.json().size(), "the participating office lists its own");
        assertEquals(partyPetition.text("id"), partyListed.json().get(0).get("id").getStringValue());

        Api.Response held = post(host, "/api/v1/reception-sessions/" + id + "/holding", "{\"citizensCount\":2,\"outcome\":\"Tiếp 2 lượt công dân, tiếp nhận 2 đơn\","
                + "\"issuesRaised\":\"Bồi thường giải phóng mặt bằng\"}", null);
        assertEquals(200, held.status(), held.body());
        assertEquals("HELD", held.text("status"));
        assertEquals(2, held.json().get("petitionCount").getLongValue());
        assertEquals(2, held.json().get("citizensCount").getIntValue());
        assertNoIdentity("the held session", held.body());
        assertNoIdentity("the session", api().get("/api/v1/reception-sessions/" + id, host).body());
        assertNoIdentity("the list", api().get("/api/v1/reception-sessions", host).body());
        assertEquals(409, post(host, "/api/v1/reception-sessions/" + id + "/holding", "{\"citizensCount\":2,\"outcome\":\"Lại\"}", null).status(), "held once");
        assertEquals(409, post(host, "/api/v1/reception-sessions/" + id + "/cancellation", "{\"reason\":\"Muộn\"}", null).status(), "a held session is not cancelled");
        assertEquals(1, items(id), "a held session stays in the calendar");
    }

    @Test
    void thePublicScheduleShowsOnlyPublicSessionsAndOnlyWhenWhereWhoAndKind() {
        ReceptionWorld rw = receptionWorld();
        String host = login(rw.w().otherOfficeSpecialist());
        createSession(host, regular(rw, at(7, "07:30"), at(7, "11:30"), "Trụ sở Tiếp công dân tỉnh", true));
        createSession(host, regular(rw, at(7, "13:30"), at(7, "17:00"), "Phòng tiếp dân nội bộ", false));
        String cancelled = createSession(host, regular(rw, at(8, "07:30"), at(8, "11:30"), "Hội trường bị hủy", true));
        assertEquals(200, post(host, "/api/v1/reception-sessions/" + cancelled + "/cancellation", "{\"reason\":\"Trùng lịch\"}", null).status());

        String client = fixtures.machineClient(rw.w(), "public:read");
        String portal = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + client + "&client_secret=" + Fixtures.PASSWORD)
                .contentType("application/x-www-form-urlencoded")).text("access_token");
        String range = "?from=" + LocalDate.now(clock) + "&to=" + LocalDate.now(clock).plusDays(10);
        Api.Response schedule = api().get("/api/v1/public/reception-sessions" + range, portal);
        assertEquals(200, schedule.status(), schedule.body());
        JsonNode items = schedule.json().get("items");
        assertEquals(1, items.size(), schedule.body());
        JsonNode session = items.get(0);
        assertEquals(List.of("kind", "startsAt", "endsAt", "venue", "leaders"), names(session));
        assertEquals("Trụ sở Tiếp công dân tỉnh", session.get("venue").getStringValue());
        assertEquals("REGULAR", session.get("kind").getStringValue());
        assertEquals(List.of("fullName", "title"), names(session.get("leaders").get(0)));
        assertEquals("Chủ tịch UBND tỉnh", session.get("leaders").get(0).get("title").getStringValue());
        assertFalse(schedule.body().contains("nội bộ") || schedule.body().contains("bị hủy"), schedule.body());

        assertEquals(401, api().get("/api/v1/public/reception-sessions" + range, null).status(), "the e-portal signs in with its client");
        assertEquals(0, api().get("/api/v1/public/reception-sessions?from=" + LocalDate.now(clock).plusDays(20), portal).json().get("items").size());
        assertEquals(403, api().get("/api/v1/reception-sessions", portal).status(), "the e-portal reads only the public schedule");
        assertEquals(2, api().get("/api/v1/reception-sessions", login(rw.w().unitOfficer())).json().get("totalItems").getLongValue(),
                "a unit's officers see the public sessions (the cancelled one flagged by its status), not the internal one");
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.entries().forEach(e -> names.add(e.getKey()));
        return names;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }
}
