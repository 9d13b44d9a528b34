package vn.lienthong;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.kernel.job.RunnableJob;
import vn.lienthong.petition.StatutoryDeadlines;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * National vs provincial administration (issue 23, point 6): the statutory deadline rules, the holiday years, the national
 * holidays and the jobs are national data — only a national administrator changes them; the administrator of a
 * jurisdiction (this one's or another's) gets 403 and nothing changes. A jurisdiction's administrator adds local days off
 * that count in its own jurisdiction's deadlines only. Every change is audited with its jurisdiction (none for national data).
 */
@MicronautTest(transactional = false)
class NationalAdministrationTest extends ApiTestBase {
    private static final String RULE_CODE = "VOTER_RECOMMENDATION_ANSWER_SHARED";

    @Inject
    List<RunnableJob> jobs;

    @Inject
    StatutoryDeadlines deadlines;

    @Test
    void everyWriteOfNationalDataIsRefusedToTheAdministratorsOfJurisdictionsAndNothingChanges() {
        Fixtures.World a = fixtures.world();
        Fixtures.World b = fixtures.world();
        UUID ruleId = fixtures.id("SELECT id FROM petition_deadline_rule WHERE code = ?", RULE_CODE);
        UUID newYear = fixtures.id("SELECT id FROM holiday WHERE day = '2028-01-01' AND jurisdiction_id IS NULL");
        assertNotNull(newYear, "1/1/2028 is a seeded national holiday");
        for (String admin : List.of(login(a.admin()), login(b.admin()))) {
            long ruleVersion = fixtures.count("SELECT version FROM petition_deadline_rule WHERE id = ?", ruleId);
            long holidays = fixtures.count("SELECT count(*) FROM holiday");
            long years = fixtures.count("SELECT count(*) FROM holiday_year");
            long sourceChanges = fixtures.count("SELECT count(*) FROM holiday_year WHERE year = 2028 AND source = 'kiểm thử'");
            long runs = fixtures.count("SELECT coalesce(sum(run_count), 0) FROM job_run");
            long audited = fixtures.count("SELECT count(*) FROM audit_event WHERE jurisdiction_id IS NULL");

            String rule = "{\"days\":55,\"dayType\":\"CALENDAR\",\"extensionDays\":null,\"maxExtensions\":null,\"legalReference\":\"Kiểm thử\",\"note\":null}";
            forbidden(api().send(HttpRequest.PUT("/api/v1/petition-deadline-rules/" + ruleId, rule).contentType("application/json")
                    .header("If-Match", "\"" + ruleVersion + "\"").bearerAuth(admin)), "PUT /petition-deadline-rules/{id}");
            forbidden(api().send(HttpRequest.PUT("/api/v1/holiday-years/2031", "{\"source\":\"kiểm thử\"}").contentType("application/json").bearerAuth(admin)),
                    "PUT /holiday-years/{year}, a new year");
            forbidden(api().send(HttpRequest.PUT("/api/v1/holiday-years/2028", "{\"source\":\"kiểm thử\"}").contentType("application/json").bearerAuth(admin)),
                    "PUT /holiday-years/{year}, a known year");
            String day = "{\"day\":\"2028-11-15\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Ngày nghỉ (kiểm thử)\",\"legalReference\":\"Kiểm thử\"}";
            forbidden(api().postJson("/api/v1/holidays", admin, day), "POST /holidays (national by default)");
            forbidden(api().postJson("/api/v1/holidays", admin, day.replace("}", ",\"scope\":\"NATIONAL\"}")), "POST /holidays scope NATIONAL");
            forbidden(api().postJson("/api/v1/holidays", admin, "{\"day\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết Dương lịch\","
                    + "\"legalReference\":\"Kiểm thử\",\"yearSource\":\"kiểm thử\"}"), "POST /holidays declaring a year");
            forbidden(api().send(HttpRequest.DELETE("/api/v1/holidays/" + newYear).bearerAuth(admin)), "DELETE /holidays/{id} of a national day");
            for (RunnableJob job : jobs) {
                forbidden(api().send(HttpRequest.POST("/api/v1/jobs/" + job.name() + "/runs", "").bearerAuth(admin)), "POST /jobs/" + job.name() + "/runs");
            }

            assertEquals(ruleVersion, fixtures.count("SELECT version FROM petition_deadline_rule WHERE id = ?", ruleId), "the rule is unchanged");
            assertEquals(50, fixtures.count("SELECT days FROM petition_deadline_rule WHERE id = ?", ruleId));
            assertEquals(holidays, fixtures.count("SELECT count(*) FROM holiday"), "no day added or removed");
            assertEquals(1, fixtures.count("SELECT count(*) FROM holiday WHERE id = ?", newYear));
            assertEquals(years, fixtures.count("SELECT count(*) FROM holiday_year"), "no year declared");
            assertEquals(sourceChanges, fixtures.count("SELECT count(*) FROM holiday_year WHERE year = 2028 AND source = 'kiểm thử'"), "no source replaced");
            assertEquals(runs, fixtures.count("SELECT coalesce(sum(run_count), 0) FROM job_run"), "no job ran");
            assertEquals(audited, fixtures.count("SELECT count(*) FROM audit_event WHERE jurisdiction_id IS NULL"), "nothing to audit");
        }
        // reading stays open
        String admin = login(a.admin());
        assertEquals(200, api().get("/api/v1/petition-deadline-rules/" + ruleId, admin).status());
        assertEquals(200, api().get("/api/v1/holiday-years", admin).status());
        assertEquals(200, api().get("/api/v1/holidays?year=2028", login(b.specialist())).status());
        assertEquals(200, api().get("/api/v1/jobs", admin).status());
    }

    @Test
    void theNationalAdministratorChangesNationalDataForEveryJurisdictionAuditedAsNational() {
        Fixtures.World a = fixtures.world();
        Fixtures.World b = fixtures.world();
        String national = login(a.nationalAdmin());
        String specialistA = login(a.specialist());
        String specialistB = login(b.specialist());
        // Monday 13/11/2028 + 7 working days: 14, 15, 16, 17, 20, 21, 22/11
        String query = "kind=DENUNCIATION&stage=CLASSIFICATION&from=2028-11-13";
        assertEquals("2028-11-22", dueOn(specialistA, query));

        Api.Response created = api().postJson("/api/v1/holidays", national,
                "{\"day\":\"2028-11-15\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Ngày nghỉ quốc gia (kiểm thử)\",\"legalReference\":\"Kiểm thử\"}");
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        try {
            assertEquals("NATIONAL", created.text("scope"));
            assertNull(created.text("jurisdictionId"));
            assertEquals("2028-11-23", dueOn(specialistA, query), "a national day off counts in every jurisdiction");
            assertEquals("2028-11-23", dueOn(specialistB, query));
            assertEquals(403, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(login(b.admin()))).status(),
                    "a jurisdiction's administrator does not remove a national day");
            Object[] audit = fixtures.rows("SELECT jurisdiction_id, actor_jurisdiction_id, actor_kind FROM audit_event WHERE entity_type = 'holiday' "
                    + "AND entity_id = ? AND action = 'CREATE'", id).get(0);
            assertNull(audit[0], "national data belongs to no jurisdiction");
            assertEquals(a.jurisdictionId(), audit[1], "the actor's jurisdiction is kept");
            assertEquals("PERSON", audit[2]);
        } finally {
            assertEquals(204, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(national)).status());
        }
        assertEquals("2028-11-22", dueOn(specialistB, query));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'holiday' AND entity_id = ? AND action = 'DELETE' "
                + "AND jurisdiction_id IS NULL AND actor_jurisdiction_id = ?", id, a.jurisdictionId()));

        // the statutory rules: the same values again, so other tests see no change
        UUID ruleId = fixtures.id("SELECT id FROM petition_deadline_rule WHERE code = ?", RULE_CODE);
        Api.Response rule = api().get("/api/v1/petition-deadline-rules/" + ruleId, national);
        String same = "{\"days\":" + rule.text("days") + ",\"dayType\":\"" + rule.text("dayType") + "\",\"extensionDays\":null,\"maxExtensions\":null,"
                + "\"legalReference\":" + jsonString(rule.text("legalReference")) + ",\"note\":" + (rule.text("note") == null ? "null" : jsonString(rule.text("note"))) + "}";
        assertNull(rule.text("extensionDays"), "the shared-matter answer has no extensions");
        Api.Response updated = api().send(HttpRequest.PUT("/api/v1/petition-deadline-rules/" + ruleId, same).contentType("application/json")
                .header("If-Match", rule.headers().get("ETag")).bearerAuth(national));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'petition_deadline_rule' AND entity_id = ? AND action = 'UPDATE' "
                + "AND jurisdiction_id IS NULL AND actor_jurisdiction_id = ? AND occurred_at > now() - interval '1 minute'", ruleId.toString(), a.jurisdictionId()));

        String source = (String) fixtures.rows("SELECT source FROM holiday_year WHERE year = 2028").get(0)[0];
        Api.Response year = api().send(HttpRequest.PUT("/api/v1/holiday-years/2028", "{\"source\":" + jsonString(source) + "}")
                .contentType("application/json").bearerAuth(national));
        assertEquals(200, year.status(), year.body());
        assertTrue(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'holiday_year' AND entity_id = '2028' AND action = 'UPDATE' "
                + "AND jurisdiction_id IS NULL AND actor_jurisdiction_id = ?", a.jurisdictionId()) >= 1);

        long runs = fixtures.count("SELECT coalesce(sum(run_count), 0) FROM job_run WHERE job_name = 'maintenance.cleanup'");
        Api.Response run = api().send(HttpRequest.POST("/api/v1/jobs/maintenance.cleanup/runs", "").bearerAuth(national));
        assertEquals(200, run.status(), run.body());
        assertEquals(runs + 1, fixtures.count("SELECT run_count FROM job_run WHERE job_name = 'maintenance.cleanup'"));
        assertTrue(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'job' AND entity_id = 'maintenance.cleanup' AND action = 'RUN' "
                + "AND jurisdiction_id IS NULL AND actor_jurisdiction_id = ?", a.jurisdictionId()) >= 1);

        // the national administrator reads the national audit trail; a jurisdiction's administrator asks for it with national=true
        Api.Response trail = api().get("/api/v1/audit-events?entityType=petition_deadline_rule&entityId=" + ruleId, national);
        assertEquals(200, trail.status(), trail.body());
        JsonNode first = trail.json().get("items").get(0);
        assertTrue(first.get("jurisdictionId").isNull());
        assertEquals(a.jurisdictionId().toString(), first.get("actorJurisdictionId").getStringValue());
        assertTrue(api().get("/api/v1/audit-events?national=true&entityType=holiday&entityId=" + id, login(b.admin())).body().contains("\"DELETE\""));
        assertFalse(api().get("/api/v1/audit-events?entityType=holiday&entityId=" + id, login(b.admin())).body().contains("\"DELETE\""),
                "not in the jurisdiction's own trail");

        // the national administrator has no say over a jurisdiction's local days
        assertEquals(403, api().postJson("/api/v1/holidays", national, "{\"day\":\"2028-11-16\",\"kind\":\"HOLIDAY\",\"nameVi\":\"x\",\"legalReference\":\"x\","
                + "\"scope\":\"LOCAL\"}").status());
    }

    @Test
    void aLocalHolidayCountsInItsOwnJurisdictionOnlyAndOnlyItsAdministratorRemovesIt() {
        Fixtures.World a = fixtures.world();
        Fixtures.World b = fixtures.world();
        String adminA = login(a.admin());
        String adminB = login(b.admin());
        String specialistA = login(a.specialist());
        String specialistB = login(b.specialist());
        // Monday 9/10/2028 + 7 working days: 10, 11, 12, 13, 16, 17, 18/10
        String query = "kind=DENUNCIATION&stage=CLASSIFICATION&from=2028-10-09";
        assertEquals("2028-10-18", dueOn(specialistA, query));
        String local = "{\"day\":\"2028-10-11\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Ngày Giải phóng tỉnh (kiểm thử)\","
                + "\"legalReference\":\"Nghị quyết của HĐND tỉnh (kiểm thử)\",\"scope\":\"LOCAL\"}";
        assertEquals(403, api().postJson("/api/v1/holidays", specialistA, local).status(), "the jurisdiction's administrator only");
        Api.Response makeUp = api().postJson("/api/v1/holidays", adminA, local.replace("2028-10-11", "2028-10-14").replace("\"HOLIDAY\"", "\"MAKE_UP_WORKING_DAY\""));
        assertEquals(400, makeUp.status(), "a local day is a day off: " + makeUp.body());
        assertEquals(409, api().postJson("/api/v1/holidays", adminA, local.replace("2028-10-11", "2028-09-01")).status(),
                "a day that is already national");
        assertEquals(422, api().postJson("/api/v1/holidays", adminA, local.replace("2028-10-11", "2031-10-10")).status(), "an unknown year is national business");

        Api.Response created = api().postJson("/api/v1/holidays", adminA, local);
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        try {
            assertEquals("LOCAL", created.text("scope"));
            assertEquals(a.jurisdictionId().toString(), created.text("jurisdictionId"));
            assertEquals(409, api().postJson("/api/v1/holidays", adminA, local).status(), "one local entry per day");
            assertEquals("2028-10-19", dueOn(specialistA, query), "the jurisdiction's own deadline skips its local day off");
            assertEquals("2028-10-18", dueOn(specialistB, query), "another jurisdiction's deadline does not");
            assertEquals(LocalDate.of(2028, 10, 19), deadlines.due(a.jurisdictionId(), "DENUNCIATION", "CLASSIFICATION", null, null, false,
                    LocalDate.of(2028, 10, 9)).dueOn(), "as petitions of the jurisdiction are counted");
            assertEquals(LocalDate.of(2028, 10, 18), deadlines.due(b.jurisdictionId(), "DENUNCIATION", "CLASSIFICATION", null, null, false,
                    LocalDate.of(2028, 10, 9)).dueOn());
            assertTrue(listed(specialistA, id), "listed in its own jurisdiction");
            assertFalse(listed(specialistB, id), "never in another's");
            assertEquals(201, api().postJson("/api/v1/holidays", adminB, local).status(), "another jurisdiction may have its own local day on the same date");
            UUID idB = fixtures.id("SELECT id FROM holiday WHERE day = '2028-10-11' AND jurisdiction_id = ?", b.jurisdictionId());
            assertEquals(204, api().send(HttpRequest.DELETE("/api/v1/holidays/" + idB).bearerAuth(adminB)).status());

            assertEquals(404, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(adminB)).status(), "another jurisdiction's day is not found");
            assertEquals(403, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(login(a.nationalAdmin()))).status(),
                    "nor is it national business");
            assertEquals(1, fixtures.count("SELECT count(*) FROM holiday WHERE id = ?", UUID.fromString(id)));

            Object[] audit = fixtures.rows("SELECT jurisdiction_id, actor_jurisdiction_id FROM audit_event WHERE entity_type = 'holiday' AND entity_id = ? "
                    + "AND action = 'CREATE'", id).get(0);
            assertEquals(a.jurisdictionId(), audit[0], "audited in the jurisdiction whose calendar changed");
            assertEquals(a.jurisdictionId(), audit[1]);
            assertTrue(api().get("/api/v1/audit-events?entityType=holiday&entityId=" + id, adminA).body().contains("\"CREATE\""));
            assertFalse(api().get("/api/v1/audit-events?entityType=holiday&entityId=" + id, adminB).body().contains("\"CREATE\""));
        } finally {
            assertEquals(204, api().send(HttpRequest.DELETE("/api/v1/holidays/" + id).bearerAuth(adminA)).status());
        }
        assertEquals("2028-10-18", dueOn(specialistA, query), "removed again");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'holiday' AND entity_id = ? AND action = 'DELETE' "
                + "AND jurisdiction_id = ?", id, a.jurisdictionId()));
    }

    private void forbidden(Api.Response response, String what) {
        assertEquals(403, response.status(), what + ": " + response.body());
        assertTrue(response.contentType().startsWith("application/problem+json"), what + ": " + response.contentType());
    }

    private String dueOn(String token, String query) {
        Api.Response response = api().get("/api/v1/petition-deadlines?" + query, token);
        assertEquals(200, response.status(), response.body());
        return response.text("dueOn");
    }

    private boolean listed(String token, String id) {
        for (JsonNode h : api().get("/api/v1/holidays?year=2028", token).json().values()) {
            if (h.get("id").getStringValue().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private String jsonString(String value) {
        try {
            return jsonMapper.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
