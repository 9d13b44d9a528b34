package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Voters' recommendations (seed 002): gathered at a voter meeting, assigned to the competent body with the statutory
 * deadline (40 days, 50 for the lead agency on a shared matter — Decision 33/2017/QĐ-TTg, art. 12), answered by the
 * unit's officer, counted on time, late or overdue per competent body, and published with the answer for the e-portal.
 */
@MicronautTest(transactional = false)
class VoterRecommendationTest extends ApiTestBase {
    static final String NOTE = "Ghi chú nội bộ: cần đôn đốc Sở";
    static final String DELEGATES = "Đại biểu Hoàng Văn Kín";

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A day of the last two weeks from which `days` calendar days end on a working day, so the due date is exactly `day + days`. */
    LocalDate assignableDay(int days) {
        for (int back = 1; back <= 14; back++) {
            LocalDate day = today().minusDays(back);
            LocalDate due = day.plusDays(days);
            boolean weekend = due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && fixtures.count("SELECT count(*) FROM holiday WHERE day = ? AND kind <> 'MAKE_UP_WORKING_DAY'", due) == 0) {
                return day;
            }
        }
        throw new AssertionError("no day of the last two weeks ends a " + days + "-day period on a working day");
    }

    String recommendation(String content) {
        return "{\"gatheredBy\":\"PEOPLES_COUNCIL\",\"meetingDate\":\"" + today().minusDays(20) + "\",\"meetingPlace\":\"Nhà văn hóa khu phố 3, phường Hòa Bình\","
                + "\"delegates\":\"" + DELEGATES + "\",\"content\":\"" + content + "\",\"topic\":\"Giao thông, đô thị\",\"note\":\"" + NOTE + "\"}";
    }

    Api.Response post(String token, String path, String body) {
        return send(token, path, body, null);
    }

    Api.Response send(String token, String path, String body, String idempotencyKey) {
        var request = HttpRequest.POST(path, body == null ? "{}" : body).contentType("application/json").bearerAuth(token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api().send(request);
    }

    String create(String token, String content) {
        Api.Response created = post(token, "/api/v1/voter-recommendations", recommendation(content));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    Api.Response assign(String token, String id, String body) {
        return post(token, "/api/v1/voter-recommendations/" + id + "/assignment", body);
    }

    String toUnit(Fixtures.World w, LocalDate on, boolean shared) {
        return "{\"unitId\":\"" + w.unit() + "\",\"authority\":null,\"assignedOn\":\"" + on + "\",\"dueOn\":null,\"sharedMatter\":" + shared + "}";
    }

    String answer(LocalDate on) {
        return "{\"answer\":\"Sở đã bố trí vốn duy tu năm 2027, khởi công quý I/2027\",\"answeredOn\":\"" + on + "\",\"documentNumber\":\"1234/SNV-XD\"}";
    }

    static void assertFields(Api.Response response, String... fields) {
        assertEquals(400, response.status(), response.body());
        for (String field : fields) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
        }
    }

    @Test
    void gatheredAssignedAnsweredAndCountedOnTimeLateAndOverdue() {
        Fixtures.World w = fixtures.world();
        String office = login(w.specialist());
        String unit = login(w.unitOfficer());
        String otherUnit = login(w.secondUnitOfficer());
        String otherOffice = login(w.otherOfficeSpecialist());

        Api.Response created = send(office, "/api/v1/voter-recommendations", recommendation("Sửa chữa tuyến đường liên phường bị xuống cấp"), "knct-" + w.code());
        assertEquals(201, created.status(), created.body());
        String a = created.text("id");
        assertEquals("GATHERED", created.text("status"));
        assertEquals("1/" + today().minusDays(20).getYear(), created.text("number"));
        assertEquals(List.of("EDIT", "ASSIGN"), strings(created.json().get("allowedActions")));
        Api.Response replay = send(office, "/api/v1/voter-recommendations", recommendation("Sửa chữa tuyến đường liên phường bị xuống cấp"), "knct-" + w.code());
        assertEquals(a, replay.text("id"), "a retry records nothing twice");
        assertEquals(403, post(unit, "/api/v1/voter-recommendations", recommendation("Đơn vị không ghi nhận")).status(), "units do not record them");

        // A: own competence, 40 days, answered on time by the unit's officer
        LocalDate on40 = assignableDay(40);
        assertEquals(404, api().get("/api/v1/voter-recommendations/" + a, unit).status(), "not the unit's before it is assigned to it");
        Api.Response assigned = assign(office, a, toUnit(w, on40, false));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("ASSIGNED", assigned.text("status"));
        assertEquals(on40.plusDays(40).toString(), assigned.text("dueOn"), "40 days by default");
        assertTrue(assigned.text("dueRule").contains("33/2017"), assigned.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_unit_id = ? AND kind = 'VOTER_RECOMMENDATION_ASSIGNED'", w.unit()));
        assertEquals(200, api().get("/api/v1/voter-recommendations/" + a, unit).status(), "the assigned unit reads it");
        assertEquals(404, api().get("/api/v1/voter-recommendations/" + a, otherUnit).status(), "another unit does not");
        assertEquals(404, post(otherUnit, "/api/v1/voter-recommendations/" + a + "/answer", answer(today())).status());
        assertEquals(403, post(otherOffice, "/api/v1/voter-recommendations/" + a + "/answer", answer(today())).status(), "another office does not answer");
        assertFields(post(unit, "/api/v1/voter-recommendations/" + a + "/answer", "{\"answer\":\" \",\"answeredOn\":null}"), "answer", "answeredOn");
        Api.Response answered = post(unit, "/api/v1/voter-recommendations/" + a + "/answer", answer(today()));
        assertEquals(200, answered.status(), answered.body());
        assertEquals("ANSWERED", answered.text("status"));
        assertEquals("true", answered.text("answeredOnTime"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'VOTER_RECOMMENDATION_ANSWERED'", w.partyOffice()));
        assertEquals(409, post(unit, "/api/v1/voter-recommendations/" + a + "/answer", answer(today())).status(), "answered once");
        assertEquals(409, api().send(HttpRequest.PUT("/api/v1/voter-recommendations/" + a, recommendation("Sửa"))
                .contentType("application/json").bearerAuth(office).header("If-Match", "\"" + answered.json().get("version").getLongValue() + "\"")).status(),
                "an answered recommendation is not edited");

        // B: a shared matter led by an authority named in words, 50 days, answered by the office on time
        String b = create(office, "Đầu tư mở rộng quốc lộ qua địa bàn tỉnh");
        LocalDate on50 = assignableDay(50);
        Api.Response shared = assign(office, b, "{\"unitId\":null,\"authority\":\"Bộ Xây dựng\",\"assignedOn\":\"" + on50 + "\",\"sharedMatter\":true}");
        assertEquals(200, shared.status(), shared.body());
        assertEquals(on50.plusDays(50).toString(), shared.text("dueOn"), "50 days for the lead agency on a shared matter");
        assertEquals(200, post(office, "/api/v1/voter-recommendations/" + b + "/answer", answer(today())).status());

        // C: left unanswered; D: answered after its deadline; E: gathered, not assigned yet
        String c = create(office, "Xử lý ô nhiễm kênh thoát nước khu dân cư");
        assertEquals(200, assign(office, c, toUnit(w, on40, false)).status());
        String d = create(office, "Bố trí thêm điểm trường mầm non");
        assertEquals(200, assign(office, d, toUnit(w, on40, false)).status());
        String e = create(office, "Lắp đèn chiếu sáng ngõ 5");

        assertEquals(0, api().get("/api/v1/voter-recommendations?overdue=true", office).json().get("totalItems").getLongValue(), "nothing overdue yet");
        assertEquals(3, api().get("/api/v1/voter-recommendations?unitId=" + w.unit(), unit).json().get("totalItems").getLongValue(), "the unit's list: A, C, D");
        clock.advance(Duration.ofDays(45));
        try {
            Api.Response overdue = api().get("/api/v1/voter-recommendations?overdue=true", office);
            assertEquals(2, overdue.json().get("totalItems").getLongValue(), overdue.body());
            assertEquals(200, post(unit, "/api/v1/voter-recommendations/" + d + "/answer", answer(today())).status());
            Api.Response late = api().get("/api/v1/voter-recommendations/" + d, unit);
            assertEquals("false", late.text("answeredOnTime"), "answered after its deadline");
            Api.Response stillOverdue = api().get("/api/v1/voter-recommendations?overdue=true", office);
            assertEquals(1, stillOverdue.json().get("totalItems").getLongValue());
            assertEquals(c, stillOverdue.json().get("items").get(0).get("id").getStringValue());
            assertEquals("true", api().get("/api/v1/voter-recommendations/" + c, office).text("overdue"));

            Api.Response summary = api().get("/api/v1/voter-recommendations/summary?from=" + today().minusDays(80) + "&to=" + today(), otherOffice);
            assertEquals(200, summary.status(), summary.body());
            JsonNode json = summary.json();
            assertCounts(json.get("total"), 5, 4, 3, 2, 1, 1);
            JsonNode rows = json.get("byAssignee");
            assertEquals(3, rows.size(), summary.body());
            JsonNode sub = rows.get(0);
            assertEquals(w.unit().toString(), sub.get("unit").get("id").getStringValue());
            assertEquals("Sở Nội vụ", sub.get("unit").get("name").getStringValue());
            assertCounts(sub, 3, 3, 2, 1, 1, 1);
            JsonNode authority = rows.get(1);
            assertEquals("Bộ Xây dựng", authority.get("authority").getStringValue());
            assertCounts(authority, 1, 1, 1, 1, 0, 0);
            JsonNode unassigned = rows.get(2);
            assertTrue(unassigned.get("unit").isNull() && unassigned.get("authority").isNull());
            assertCounts(unassigned, 1, 0, 0, 0, 0, 0);

            Api.Response unitSummary = api().get("/api/v1/voter-recommendations/summary", unit);
            assertEquals(200, unitSummary.status(), unitSummary.body());
            assertCounts(unitSummary.json().get("total"), 3, 3, 2, 1, 1, 1);
        } finally {
            clock.reset();
        }
        assertEquals("GATHERED", api().get("/api/v1/voter-recommendations/" + e, office).text("status"));
        assertEquals(0, api().get("/api/v1/voter-recommendations/summary?from=" + today().plusDays(1), office).json().get("total").get("gathered").getLongValue());
    }

    static void assertCounts(JsonNode row, long gathered, long assigned, long answered, long onTime, long late, long overdue) {
        assertEquals(List.of(gathered, assigned, answered, onTime, late, overdue), List.of(row.get("gathered").getLongValue(), row.get("assigned").getLongValue(),
                row.get("answered").getLongValue(), row.get("answeredOnTime").getLongValue(), row.get("answeredLate").getLongValue(),
                row.get("overdue").getLongValue()), row.toString());
    }

    @Test
    void publicationShowsTheRecommendationAndItsAnswerToTheEPortalWithoutInternalNotes() {
        Fixtures.World w = fixtures.world();
        String office = login(w.specialist());
        String unit = login(w.unitOfficer());
        String client = fixtures.machineClient(w, "public:read");
        String portal = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + client + "&client_secret=" + Fixtures.PASSWORD)
                .contentType("application/x-www-form-urlencoded")).text("access_token");

        String a = create(office, "Nạo vét kênh tiêu thoát nước phường Hòa Bình");
        assertEquals(409, post(office, "/api/v1/voter-recommendations/" + a + "/publication", null).status(), "published with its answer only");
        assertEquals(200, assign(office, a, toUnit(w, today(), false)).status());
        assertEquals(200, post(unit, "/api/v1/voter-recommendations/" + a + "/answer", answer(today())).status());
        String b = create(office, "Kiến nghị chưa công bố");
        assertEquals(200, assign(office, b, toUnit(w, today(), false)).status());
        assertEquals(200, post(unit, "/api/v1/voter-recommendations/" + b + "/answer", answer(today())).status());

        assertEquals(0, api().get("/api/v1/public/voter-recommendations", portal).json().get("totalItems").getLongValue(), "nothing published yet");
        assertEquals(403, post(unit, "/api/v1/voter-recommendations/" + a + "/publication", null).status(), "the recording office publishes");
        assertEquals(403, post(login(w.otherOfficeSpecialist()), "/api/v1/voter-recommendations/" + a + "/publication", null).status());
        Api.Response published = post(office, "/api/v1/voter-recommendations/" + a + "/publication", null);
        assertEquals(200, published.status(), published.body());
        assertEquals("true", published.text("published"));
        assertEquals(409, post(office, "/api/v1/voter-recommendations/" + a + "/publication", null).status(), "published once");

        Api.Response list = api().get("/api/v1/public/voter-recommendations?from=" + today().minusDays(30) + "&to=" + today() + "&q=nao+vet", portal);
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.json().get("totalItems").getLongValue(), list.body());
        JsonNode item = list.json().get("items").get(0);
        assertEquals("Nạo vét kênh tiêu thoát nước phường Hòa Bình", item.get("content").getStringValue());
        assertEquals("Sở đã bố trí vốn duy tu năm 2027, khởi công quý I/2027", item.get("answer").getStringValue());
        assertEquals("Sở Nội vụ", item.get("answeredBy").getStringValue());
        assertFalse(list.body().contains(NOTE) || list.body().contains("nội bộ"), "no internal note: " + list.body());
        assertFalse(list.body().contains(DELEGATES) || list.body().contains("Kiến nghị chưa công bố"), list.body());
        assertFalse(list.body().contains("\"id\""), "no internal ids: " + list.body());
        assertEquals(401, api().get("/api/v1/public/voter-recommendations", null).status());
        assertEquals(403, api().get("/api/v1/voter-recommendations", portal).status(), "the e-portal reads only the published list");
    }

    @Test
    void validationErrorsNameTheFieldsAndWriteNothing() {
        Fixtures.World w = fixtures.world();
        String office = login(w.specialist());
        assertFields(post(office, "/api/v1/voter-recommendations", "{\"gatheredBy\":\"PEOPLES_COUNCIL\",\"meetingDate\":\"" + today()
                + "\",\"meetingPlace\":\" \",\"content\":\"\"}"), "meetingPlace", "content");
        assertFields(post(office, "/api/v1/voter-recommendations", "{\"meetingPlace\":\"Nhà văn hóa\",\"content\":\"Nội dung\"}"), "gatheredBy", "meetingDate");
        assertFields(post(office, "/api/v1/voter-recommendations", recommendation("Tương lai").replace(today().minusDays(20).toString(), today().plusDays(1).toString())),
                "meetingDate");
        assertEquals(0, fixtures.count("SELECT count(*) FROM voter_recommendation WHERE jurisdiction_id = ?", w.jurisdictionId()), "nothing written");

        String id = create(office, "Cấp nước sạch cho khu tái định cư");
        assertFields(assign(office, id, "{\"unitId\":null,\"authority\":null}"), "unitId");
        assertFields(assign(office, id, "{\"unitId\":\"" + w.unit() + "\",\"authority\":\"Bộ Xây dựng\"}"), "authority");
        assertFields(assign(office, id, "{\"unitId\":\"" + java.util.UUID.randomUUID() + "\"}"), "unitId");
        assertFields(assign(office, id, "{\"authority\":\"Bộ Xây dựng\",\"assignedOn\":\"" + today().minusDays(30) + "\"}"), "assignedOn");
        assertFields(assign(office, id, "{\"authority\":\"Bộ Xây dựng\",\"assignedOn\":\"" + today() + "\",\"dueOn\":\"" + today().minusDays(1) + "\"}"), "dueOn");
        assertEquals(409, post(office, "/api/v1/voter-recommendations/" + id + "/answer", answer(today())).status(), "assigned first");
        Api.Response current = api().get("/api/v1/voter-recommendations/" + id, office);
        assertEquals("GATHERED", current.text("status"));
        assertEquals(0, current.json().get("version").getLongValue(), "nothing written");

        Api.Response explicit = assign(office, id, "{\"authority\":\"Ủy ban nhân dân tỉnh\",\"dueOn\":\"" + today().plusDays(15) + "\"}");
        assertEquals(200, explicit.status(), explicit.body());
        assertEquals(today().plusDays(15).toString(), explicit.text("dueOn"), "a deadline given by hand");
        assertEquals(today().toString(), explicit.text("assignedOn"), "assigned today by default");
        assertEquals(null, explicit.text("dueRule"));

        String changed = recommendation("Cấp nước sạch cho khu tái định cư Đồng Tâm");
        assertEquals(428, api().send(HttpRequest.PUT("/api/v1/voter-recommendations/" + id, changed).contentType("application/json").bearerAuth(office)).status());
        Api.Response edited = api().send(HttpRequest.PUT("/api/v1/voter-recommendations/" + id, changed).contentType("application/json").bearerAuth(office)
                .header("If-Match", "\"1\""));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(2, edited.json().get("version").getLongValue());
        assertEquals(403, api().send(HttpRequest.PUT("/api/v1/voter-recommendations/" + id, recommendation("Khác")).contentType("application/json")
                .bearerAuth(login(w.otherOfficeSpecialist())).header("If-Match", "\"2\"")).status(), "another office does not edit");
        assertEquals(1, api().get("/api/v1/voter-recommendations?q=dong+tam", office).json().get("totalItems").getLongValue(), "search ignores diacritics");
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.values().forEach(v -> out.add(v.getStringValue()));
        return out;
    }
}
