package vn.lienthong.kernel.office;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaders and their positions over time (issue 18, point 2): a leader moves post, the history keeps both positions with
 * their validity, and a meeting or calendar item chaired before the move still shows the title held then.
 */
@MicronautTest(transactional = false)
class LeaderHistoryTest extends OrgTestSupport {

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String meetingJson(UUID body, String leader, LocalDate day) {
        UUID kind = fixtures.id("SELECT id FROM meeting_kind WHERE jurisdiction_id IS NULL AND code = 'STANDING_BOARD'");
        return "{\"kindId\":\"" + kind + "\",\"title\":\"Hội nghị Thường trực Tỉnh ủy\",\"startsAt\":\"" + day + "T08:00:00+07:00\",\"endsAt\":\"" + day
                + "T11:00:00+07:00\",\"venue\":\"Phòng họp số 1\",\"format\":\"IN_PERSON\",\"bodyId\":\"" + body + "\",\"leaderIds\":[\"" + leader
                + "\"],\"hostOfficeId\":null,\"supportingOfficeIds\":[],\"confidentiality\":\"PUBLIC\",\"description\":null,\"reason\":null}";
    }

    private static String chairTitle(Api.Response meeting) {
        return meeting.json().get("leaders").get(0).get("title").getStringValue();
    }

    @Test
    void aMeetingAndACalendarItemChairedBeforeAMoveKeepTheTitleHeldThen() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        UUID standingBoard = UUID.randomUUID();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", standingBoard, w.jurisdictionId(), w.partyOffice());
        Api.Response created = post("/api/v1/leaders", admin, "{\"fullName\":\"Nguyễn Văn Phó\",\"titleVi\":\"Phó Bí thư Tỉnh ủy\",\"titleEn\":\"Deputy Secretary\","
                + "\"bodyId\":\"" + standingBoard + "\",\"protocolOrder\":2,\"validFrom\":\"2025-10-01\"}", UUID.randomUUID().toString());
        assertEquals(201, created.status(), created.toString());
        String leader = created.text("id");
        assertEquals(1, audited("leader", leader));

        String party = login(w.specialist());
        Api.Response before = api().postJson("/api/v1/meetings", party, meetingJson(standingBoard, leader, today().plusDays(3)));
        assertEquals(201, before.status(), before.toString());
        LocalDate nextMonth = today().withDayOfMonth(1).plusMonths(1);
        String ubnd = login(w.otherOfficeSpecialist());
        String calendar = fixtures.id("SELECT id FROM calendar WHERE body_id = ?", w.body()).toString();
        Api.Response programme = api().postJson("/api/v1/programmes", ubnd, "{\"calendarId\":\"" + calendar + "\",\"periodKind\":\"MONTH\",\"periodStart\":\"" + nextMonth + "\"}");
        assertEquals(201, programme.status(), programme.toString());
        LocalDate itemDay = nextMonth.withDayOfMonth(12);
        Api.Response item = api().postJson("/api/v1/programmes/" + programme.text("id") + "/items", ubnd, "{\"title\":\"Làm việc với các sở\",\"startsAt\":\""
                + itemDay + "T08:00:00+07:00\",\"endsAt\":\"" + itemDay + "T11:00:00+07:00\",\"allDay\":false,\"venue\":null,\"localityUnitId\":null,\"leaderIds\":[\""
                + leader + "\"],\"participantBodyIds\":[],\"participantUnitIds\":[],\"participantPersons\":[],\"servingOfficeId\":\"" + w.peoplesCommitteeOffice()
                + "\",\"visibility\":\"INTERNAL\",\"notes\":null,\"meetingId\":null,\"amendmentReason\":null}");
        assertEquals(201, item.status(), item.toString());
        String itemId = item.json().get("item").get("id").getStringValue();

        // refusals first: before the current position began (409), an unknown body (400), another jurisdiction (404)
        String move = "{\"titleVi\":\"Chủ tịch UBND tỉnh\",\"titleEn\":\"Chairman of the Provincial People's Committee\",\"bodyId\":\"" + w.body() + "\",\"validFrom\":\"%s\"}";
        assertEquals(409, post("/api/v1/leaders/" + leader + "/positions", admin, move.formatted("2025-09-30"), null).status());
        assertEquals(400, post("/api/v1/leaders/" + leader + "/positions", admin, move.replace(w.body().toString(), UUID.randomUUID().toString()).formatted(nextMonth.withDayOfMonth(13)), null).status());
        assertEquals(404, post("/api/v1/leaders/" + leader + "/positions", login(fixtures.world().admin()), move.formatted(nextMonth.withDayOfMonth(13)), null).status());
        assertEquals(403, post("/api/v1/leaders/" + leader + "/positions", party, move.formatted(nextMonth.withDayOfMonth(13)), null).status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM leader_position WHERE leader_id = ?::uuid", leader));

        Api.Response moved = post("/api/v1/leaders/" + leader + "/positions", admin, move.formatted(nextMonth.withDayOfMonth(13)), UUID.randomUUID().toString());
        assertEquals(201, moved.status(), moved.toString());
        assertEquals("Chủ tịch UBND tỉnh", moved.text("titleVi"));

        Api.Response history = api().get("/api/v1/leaders/" + leader + "/positions", party);
        assertEquals(200, history.status(), history.toString());
        JsonNode positions = history.json();
        assertEquals(2, positions.size(), history.toString());
        assertEquals("Chủ tịch UBND tỉnh", positions.get(0).get("titleVi").getStringValue());
        assertNull(positions.get(0).get("validTo") == null || positions.get(0).get("validTo").isNull() ? null : "set");
        assertEquals("Phó Bí thư Tỉnh ủy", positions.get(1).get("titleVi").getStringValue());
        assertEquals("2025-10-01", positions.get(1).get("validFrom").getStringValue());
        assertEquals(nextMonth.withDayOfMonth(12).toString(), positions.get(1).get("validTo").getStringValue());

        Api.Response leaderNow = api().get("/api/v1/leaders/" + leader, party);
        assertEquals("Chủ tịch UBND tỉnh", leaderNow.text("titleVi"));
        assertEquals(w.body().toString(), leaderNow.text("bodyId"));
        assertEquals(2, audited("leader", leader));

        // chaired before the move: the old title; after it: the new one
        assertEquals("Phó Bí thư Tỉnh ủy", chairTitle(api().get("/api/v1/meetings/" + before.text("id"), party)));
        JsonNode chairs = api().get("/api/v1/programme-items/" + itemId, ubnd).json().get("leaders");
        assertEquals("Phó Bí thư Tỉnh ủy", chairs.get(0).get("titleVi").getStringValue(), chairs.toString());
        Api.Response after = api().postJson("/api/v1/meetings", party, meetingJson(standingBoard, leader, nextMonth.withDayOfMonth(20)));
        assertEquals(201, after.status(), after.toString());
        assertEquals("Chủ tịch UBND tỉnh", chairTitle(after));
    }

    @Test
    void aDeactivatedLeaderIsNoLongerOfferedButOldItemsStillShowThem() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        Api.Response created = post("/api/v1/leaders", admin, "{\"fullName\":\"Trần Thị Nghỉ\",\"titleVi\":\"Phó Chủ tịch UBND tỉnh\",\"titleEn\":\"Vice-chair\","
                + "\"bodyId\":null,\"protocolOrder\":5,\"validFrom\":\"2024-01-01\"}", null);
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        assertEquals(400, post("/api/v1/leaders", admin, "{\"fullName\":\" \",\"titleVi\":\"x\",\"titleEn\":\"x\",\"validFrom\":\"2024-01-01\"}", null).status());
        assertEquals(428, put("/api/v1/leaders/" + id, admin, null, "{\"fullName\":\"Trần Thị Nghỉ\",\"protocolOrder\":5}").status());
        Api.Response off = put("/api/v1/leaders/" + id, admin, "\"0\"", "{\"fullName\":\"Trần Thị Nghỉ\",\"protocolOrder\":6,\"active\":false}");
        assertEquals(200, off.status(), off.toString());
        assertEquals(412, put("/api/v1/leaders/" + id, admin, "\"0\"", "{\"fullName\":\"Ghi đè\",\"protocolOrder\":1}").status());
        String specialist = login(w.specialist());
        assertTrue(!api().get("/api/v1/leaders", specialist).body().contains(id), "not offered for new items");
        assertTrue(api().get("/api/v1/leaders?includeInactive=true", admin).body().contains(id));
        assertEquals("false", api().get("/api/v1/leaders/" + id, specialist).text("active"));
        assertEquals(409, post("/api/v1/leaders/" + id + "/positions", admin, "{\"titleVi\":\"Chủ tịch\",\"titleEn\":\"Chair\",\"validFrom\":\"2026-01-01\"}", null).status());
        assertEquals(404, put("/api/v1/leaders/" + id, login(fixtures.world().admin()), "\"1\"", "{\"fullName\":\"X\",\"protocolOrder\":1}").status());
    }
}
