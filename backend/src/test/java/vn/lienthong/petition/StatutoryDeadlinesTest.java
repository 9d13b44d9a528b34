package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statutory deadlines through the HTTP API, counted against the seeded holiday calendar. The holiday data and the rules
 * are shared by every test: whatever a test changes it puts back in a finally block.
 */
@MicronautTest(transactional = false)
class StatutoryDeadlinesTest extends ApiTestBase {

    private Api.Response deadline(String token, String query) {
        return api().get("/api/v1/petition-deadlines?" + query, token);
    }

    private String dueOn(String token, String query) {
        Api.Response response = deadline(token, query);
        assertEquals(200, response.status(), query + " → " + response);
        return response.text("dueOn");
    }

    @Test
    void tenWorkingDaysFromTheFridayBeforeTet2026SkipTheNineDaysOff() {
        String specialist = login(fixtures.world().specialist());
        // received Friday 13/2/2026; Tết Bính Ngọ: 16–20/2 off, so 14–22/2 are all days off
        Api.Response due = deadline(specialist, "kind=RECOMMENDATION&stage=CLASSIFICATION&from=2026-02-13");
        assertEquals(200, due.status(), due.body());
        assertEquals("2026-03-06", due.text("dueOn"), "23–27/2 and 2–6/3 are the ten working days");
        assertEquals("10", due.text("days"));
        assertEquals("WORKING", due.text("dayType"));
        assertEquals("RECEIPT", due.text("countedFrom"));
        assertEquals("RECOMMENDATION_CLASSIFICATION", due.text("ruleCode"));
        assertTrue(due.text("legalReference").contains("05/2021/TT-TTCP"), due.body());
        assertNull(due.text("extendedMaxOn"));
        assertEquals("2026-03-03", dueOn(specialist, "kind=DENUNCIATION&stage=CLASSIFICATION&from=2026-02-13"), "7 working days (Law on Denunciation art. 24(1))");
        assertEquals("2026-03-06", dueOn(specialist, "kind=DENUNCIATION&stage=CLASSIFICATION&complexity=COMPLEX&from=2026-02-13"),
                "10 working days when several places must be checked");
        assertEquals("2026-02-27", dueOn(specialist, "kind=DENUNCIATION&stage=FORWARDING&from=2026-02-13"), "forwarding: 5 working days");
    }

    @Test
    void aCountReachingAYearWhoseHolidaysAreUnknownIsRefusedNamingTheYear() {
        String specialist = login(fixtures.world().specialist());
        // the seeded years are 2024–2030: 30 days from 23/12/2030 end on 22/1/2031
        Api.Response calendarDays = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&from=2030-12-23");
        assertEquals(422, calendarDays.status(), calendarDays.body());
        assertEquals("urn:lienthong:problem:unprocessable", calendarDays.text("type"));
        assertTrue(calendarDays.text("detail").contains("2031"), calendarDays.body());
        Api.Response workingDays = deadline(specialist, "kind=DENUNCIATION&stage=CLASSIFICATION&from=2030-12-23");
        assertEquals(422, workingDays.status(), "seven working days from 23/12/2030 run into 2031");
        assertTrue(workingDays.text("detail").contains("2031"), workingDays.body());
        // 23/12/2029: the 30 days and even the 90 days of an especially complex denunciation stay in 2030, which is known
        Api.Response withinKnownYears = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&complexity=ESPECIALLY_COMPLEX&from=2029-12-23");
        assertEquals(200, withinKnownYears.status(), withinKnownYears.body());
        assertEquals("2030-01-22", withinKnownYears.text("dueOn"));
        assertEquals("2030-03-25", withinKnownYears.text("extendedMaxOn"), "90 days end on Saturday 23/3/2030: the Monday after");
        // …but the latest date with extensions from 1/11/2030 is in 2031: the whole answer is refused
        Api.Response extended = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&complexity=ESPECIALLY_COMPLEX&from=2030-11-01");
        assertEquals(422, extended.status(), extended.body());
        assertTrue(extended.text("detail").contains("2031"));
    }

    @Test
    void aMakeUpWorkingSaturdayIsCountedAsAWorkingDayWhileItIsInTheCalendar() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.nationalAdmin());
        String specialist = login(w.specialist());
        // Thursday 14/10/2027 + 7 working days: 15, 18, 19, 20, 21, 22, 25/10 — no other test touches Saturday 16/10/2027
        String query = "kind=DENUNCIATION&stage=CLASSIFICATION&from=2027-10-14";
        assertEquals("2027-10-25", dueOn(specialist, query));
        String body = "{\"day\":\"2027-10-16\",\"kind\":\"MAKE_UP_WORKING_DAY\",\"nameVi\":\"Làm bù (dữ liệu kiểm thử)\",\"legalReference\":\"Kiểm thử\"}";
        assertEquals(403, api().postJson("/api/v1/holidays", specialist, body).status(), "only administrators change the calendar");
        Api.Response created = api().postJson("/api/v1/holidays", admin, body);
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        try {
            assertEquals("MAKE_UP_WORKING_DAY", created.text("kind"));
            assertEquals("2027-10-22", dueOn(specialist, query), "the Saturday counts: 15, 16, 18, 19, 20, 21, 22/10");
            assertEquals(409, api().postJson("/api/v1/holidays", admin, body.replace("MAKE_UP_WORKING_DAY", "HOLIDAY")).status(), "one entry per day");
            List<String> days = new ArrayList<>();
            for (JsonNode h : api().get("/api/v1/holidays?year=2027", specialist).json().values()) {
                days.add(h.get("day").getStringValue());
            }
            assertTrue(days.contains("2027-10-16"));
            assertEquals(days.stream().sorted().toList(), days, "sorted by day");
            assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'holiday' AND entity_id = ? AND action = 'CREATE'", id));
        } finally {
            assertEquals(204, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(admin)).status());
        }
        assertEquals("2027-10-25", dueOn(specialist, query), "removed again: an ordinary Saturday");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'holiday' AND entity_id = ? AND action = 'DELETE'", id));
        assertEquals(404, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(admin)).status());
    }

    @Test
    void theHolidayCalendarRefusesDaysThatCannotBeAndYearsThatAreNotDeclared() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.nationalAdmin());
        Api.Response weekday = api().postJson("/api/v1/holidays", admin,
                "{\"day\":\"2027-10-13\",\"kind\":\"MAKE_UP_WORKING_DAY\",\"nameVi\":\"Làm bù\",\"legalReference\":\"Kiểm thử\"}");
        assertEquals(400, weekday.status(), "a make-up working day is a Saturday or Sunday");
        assertTrue(weekday.body().contains("\"field\":\"kind\""), weekday.body());
        Api.Response unknownYear = api().postJson("/api/v1/holidays", admin,
                "{\"day\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết Dương lịch\",\"legalReference\":\"Bộ luật Lao động 2019, điểm a khoản 1 Điều 112\"}");
        assertEquals(422, unknownYear.status(), unknownYear.body());
        assertTrue(unknownYear.text("detail").contains("2031"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM holiday_year WHERE year = 2031"), "nothing was declared");

        String specialist = login(w.specialist());
        List<Integer> years = new ArrayList<>();
        for (JsonNode y : api().get("/api/v1/holiday-years", specialist).json().values()) {
            years.add(y.get("year").getIntValue());
        }
        assertTrue(years.containsAll(List.of(2024, 2025, 2026, 2027, 2028, 2029, 2030)), years.toString());
        assertEquals(403, api().send(HttpRequest.PUT("/api/v1/holiday-years/2031", "{\"source\":\"x\"}").bearerAuth(specialist)).status());
        boolean tet = false;
        for (JsonNode h : api().get("/api/v1/holidays?year=2026", specialist).json().values()) {
            tet |= h.get("day").getStringValue().equals("2026-02-17") && h.get("kind").getStringValue().equals("HOLIDAY")
                    && h.get("legalReference").getStringValue().contains("Điều 112");
        }
        assertTrue(tet, "Tết Bính Ngọ is seeded with its legal reference");
    }

    @Test
    void aCalendarDayPeriodEndingOnADayOffEndsOnTheNextWorkingDay() {
        String specialist = login(fixtures.world().specialist());
        // 8/5/2026 + 30 days = Sunday 7/6/2026 → Monday 8/6
        assertEquals("2026-06-08", dueOn(specialist, "kind=DENUNCIATION&stage=RESOLUTION&from=2026-05-08"));
        // 20/4/2026 + 10 days = Thursday 30/4 (holiday), then 1/5 (holiday) and the weekend → Monday 4/5
        assertEquals("2026-05-04", dueOn(specialist, "kind=COMPLAINT&stage=ACCEPTANCE&round=FIRST&from=2026-04-20"));
        // 17/4/2026 + 10 days = Monday 27/4, the day off for Giỗ Tổ on Sunday 26/4 → Tuesday 28/4
        assertEquals("2026-04-28", dueOn(specialist, "kind=COMPLAINT&stage=ACCEPTANCE&round=FIRST&from=2026-04-17"));
        // a period ending on an ordinary weekday ends that day
        assertEquals("2026-04-01", dueOn(specialist, "kind=DENUNCIATION&stage=RESOLUTION&from=2026-03-02"));
    }

    @Test
    void denunciationResolutionIsThirtyDaysWithOneOrTwoExtensionsOfThirty() {
        String specialist = login(fixtures.world().specialist());
        Api.Response normal = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&from=2026-03-02");
        assertEquals("2026-04-01", normal.text("dueOn"));
        assertEquals("30", normal.text("days"));
        assertEquals("ACCEPTANCE", normal.text("countedFrom"));
        assertNull(normal.text("extendedMaxOn"));
        assertTrue(normal.text("legalReference").contains("Điều 30"));

        Api.Response complex = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&complexity=COMPLEX&from=2026-03-02");
        assertEquals("2026-04-01", complex.text("dueOn"));
        assertEquals("30", complex.text("extensionDays"));
        assertEquals("1", complex.text("maxExtensions"));
        // 60 days = Friday 1/5/2026 (holiday), then the weekend → Monday 4/5
        assertEquals("2026-05-04", complex.text("extendedMaxOn"));

        Api.Response especially = deadline(specialist, "kind=DENUNCIATION&stage=RESOLUTION&complexity=ESPECIALLY_COMPLEX&from=2026-03-02");
        assertEquals("2", especially.text("maxExtensions"));
        // 90 days = Sunday 31/5/2026 → Monday 1/6
        assertEquals("2026-06-01", especially.text("extendedMaxOn"));
        assertEquals("DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX", especially.text("ruleCode"));
    }

    @Test
    void aSecondTimeComplaintInARemoteAreaHasSixtyOrSeventyDays() {
        String specialist = login(fixtures.world().specialist());
        Api.Response remote = deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=SECOND&remoteArea=true&from=2026-06-01");
        assertEquals(200, remote.status(), remote.body());
        assertEquals("60", remote.text("days"));
        assertEquals("2026-07-31", remote.text("dueOn"));
        assertTrue(remote.text("legalReference").contains("Điều 37"));
        Api.Response remoteComplex = deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=SECOND&remoteArea=true&complexity=COMPLEX&from=2026-06-01");
        assertEquals("70", remoteComplex.text("days"));
        assertEquals("2026-08-10", remoteComplex.text("dueOn"));
        assertEquals("45", deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=SECOND&from=2026-06-01").text("days"));
        assertEquals("30", deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=FIRST&from=2026-06-01").text("days"));
        assertEquals("60", deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=FIRST&remoteArea=true&complexity=ESPECIALLY_COMPLEX&from=2026-06-01").text("days"),
                "an especially complex case takes the complex rule when it has none of its own");
        assertEquals("COMPLAINT_FIRST_ACCEPTANCE", deadline(specialist, "kind=COMPLAINT&stage=ACCEPTANCE&round=FIRST&remoteArea=true&from=2026-06-01").text("ruleCode"),
                "a remote area without a rule of its own uses the general one");
    }

    @Test
    void unknownCombinationsAndValuesAreRefusedClearly() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        Api.Response noRound = deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&from=2026-06-01");
        assertEquals(422, noRound.status(), noRound.body());
        assertTrue(noRound.text("detail").contains("round"), noRound.body());
        Api.Response noRule = deadline(specialist, "kind=VOTER_RECOMMENDATION&stage=FORWARDING&from=2026-06-01");
        assertEquals(422, noRule.status());
        assertTrue(noRule.text("detail").contains("VOTER_RECOMMENDATION"), noRule.body());
        Api.Response badKind = deadline(specialist, "kind=GRIEVANCE&stage=RESOLUTION&from=2026-06-01");
        assertEquals(400, badKind.status());
        assertTrue(badKind.body().contains("\"field\":\"kind\""), badKind.body());
        assertEquals(400, deadline(specialist, "kind=COMPLAINT&stage=RESOLUTION&round=FIRST").status(), "from is required");
        assertEquals(403, deadline(login(w.unitOfficer()), "kind=DENUNCIATION&stage=RESOLUTION&from=2026-06-01").status(),
                "computed for the offices' staff and administrators");
        assertEquals(200, deadline(login(w.admin()), "kind=DENUNCIATION&stage=RESOLUTION&from=2026-06-01").status());
        assertEquals(401, deadline(null, "kind=DENUNCIATION&stage=RESOLUTION&from=2026-06-01").status());
        String portal = fixtures.machineClient(w, "public:read");
        String machine = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + portal + "&client_secret="
                + Fixtures.PASSWORD).contentType("application/x-www-form-urlencoded")).text("access_token");
        assertEquals("2026-07-01", dueOn(machine, "kind=DENUNCIATION&stage=RESOLUTION&from=2026-06-01"), "the e-portal explains deadlines to citizens");
        assertEquals(403, api().get("/api/v1/holidays", machine).status(), "but does not read the rest");
    }

    @Test
    void anAdministratorCorrectsARuleWithIfMatchAndEveryoneElseIsRefused() throws IOException {
        Fixtures.World w = fixtures.world();
        String admin = login(w.nationalAdmin());
        String specialist = login(w.specialist());
        JsonNode rule = null;
        for (JsonNode r : api().get("/api/v1/petition-deadline-rules", specialist).json().values()) {
            if (r.get("code").getStringValue().equals("VOTER_RECOMMENDATION_ANSWER_SHARED")) {
                rule = r;
            }
        }
        assertNotNull(rule, "the voters' recommendation rule for a lead agency is seeded");
        String id = rule.get("id").getStringValue();
        Api.Response current = api().get("/api/v1/petition-deadline-rules/" + id, specialist);
        assertEquals(200, current.status());
        String etag = current.headers().get("ETag");
        assertEquals("\"" + current.text("version") + "\"", etag);
        Map<String, Object> restore = new LinkedHashMap<>();
        restore.put("days", Integer.valueOf(current.text("days")));
        restore.put("dayType", current.text("dayType"));
        restore.put("extensionDays", current.text("extensionDays") == null ? null : Integer.valueOf(current.text("extensionDays")));
        restore.put("maxExtensions", current.text("maxExtensions") == null ? null : Integer.valueOf(current.text("maxExtensions")));
        restore.put("legalReference", current.text("legalReference"));
        restore.put("note", current.text("note"));
        String original = jsonMapper.writeValueAsString(restore);
        String changed = "{\"days\":55,\"dayType\":\"CALENDAR\",\"extensionDays\":null,\"maxExtensions\":null,"
                + "\"legalReference\":\"Quyết định 33/2017/QĐ-TTg, Điều 12 (kiểm thử)\",\"note\":\"kiểm thử\"}";
        assertEquals("50", current.text("days"));
        assertEquals("50", deadline(specialist, "kind=VOTER_RECOMMENDATION&stage=ANSWER&complexity=COMPLEX&from=2026-06-01").text("days"));

        assertEquals(403, put(specialist, id, etag, changed).status(), "a specialist cannot change the law");
        assertEquals(428, put(admin, id, null, changed).status(), "If-Match is required");
        Api.Response stale = put(admin, id, "\"-1\"", changed);
        assertEquals(412, stale.status());
        assertEquals(etag, stale.headers().get("ETag"));
        Api.Response mismatched = put(admin, id, etag, changed.replace("\"extensionDays\":null", "\"extensionDays\":10"));
        assertEquals(400, mismatched.status(), "extensionDays without maxExtensions");
        Api.Response updated = put(admin, id, etag, changed);
        try {
            assertEquals(200, updated.status(), updated.body());
            assertEquals("55", updated.text("days"));
            assertEquals("\"" + updated.text("version") + "\"", updated.headers().get("ETag"));
            Api.Response due = deadline(specialist, "kind=VOTER_RECOMMENDATION&stage=ANSWER&complexity=COMPLEX&from=2026-06-01");
            assertEquals("55", due.text("days"), "the next computation uses the corrected rule");
            assertEquals("2026-07-27", due.text("dueOn"), "1/6 + 55 days = Sunday 26/7 → Monday 27/7");
            assertEquals(412, put(admin, id, etag, changed).status(), "the old ETag is stale now");
            assertTrue(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'petition_deadline_rule' AND entity_id = ? AND action = 'UPDATE' "
                    + "AND changes -> 'days' IS NOT NULL", id) >= 1);
        } finally {
            String now = api().get("/api/v1/petition-deadline-rules/" + id, admin).headers().get("ETag");
            Api.Response restored = put(admin, id, now, original);
            assertEquals(200, restored.status(), restored.body());
        }
        Api.Response after = api().get("/api/v1/petition-deadline-rules/" + id, specialist);
        assertEquals("50", after.text("days"));
        assertEquals(current.text("legalReference"), after.text("legalReference"));
        assertEquals(current.text("note"), after.text("note"));
    }

    private Api.Response put(String token, String id, String ifMatch, String body) {
        var request = HttpRequest.PUT("/api/v1/petition-deadline-rules/" + id, body).contentType("application/json").bearerAuth(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }
}
