package vn.lienthong.conclusion;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ConclusionsApiTest extends ConclusionTestSupport {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long tasksOf(Fixtures.World world) {
        return fixtures.count("SELECT count(*) FROM conclusion_task WHERE jurisdiction_id = ?", world.jurisdictionId());
    }

    @Test
    void anOfficeRecordsANoticeWithTasksAndTheLeadUnitsAreNotified() {
        Fixtures.World world = fixtures.world();
        String unitOfficer = login(world.unitOfficer());
        long unread = api().get("/api/v1/notifications/unread-count", unitOfficer).json().get("count").getLongValue();
        String in30 = today().plusDays(30).toString();
        Api.Response created = record(world, notice(world, today().toString(),
                task("Nhiệm vụ một", world.unit(), world.secondUnit(), in30), task("Nhiệm vụ hai", world.unit(), null, in30),
                task("Nhiệm vụ ba", world.secondUnit(), null, in30)));
        assertEquals(201, created.status(), created.body());
        assertEquals(3, created.json().get("tasks").get("assigned").getIntValue());
        assertEquals(3, created.json().get("tasks").get("inProgress").getIntValue());
        assertEquals("Ủy ban nhân dân tỉnh", created.text("issuingBodyName"));
        assertEquals(unread + 2, api().get("/api/v1/notifications/unread-count", unitOfficer).json().get("count").getLongValue(),
                "the lead unit hears of each task it leads");

        assertEquals(2, api().get("/api/v1/conclusion-tasks", unitOfficer).json().get("totalItems").getIntValue(), "the two it leads");
        String second = login(world.secondUnitOfficer());
        assertEquals(2, api().get("/api/v1/conclusion-tasks", second).json().get("totalItems").getIntValue(), "one it leads, one it coordinates");
        assertEquals(1, api().get("/api/v1/conclusion-tasks?mine=true", second).json().get("totalItems").getIntValue(), "mine: the one it leads");
    }

    @Test
    void aTaskWithoutOrWithTwoLeadUnitsIsRefusedAndNothingIsWritten() {
        Fixtures.World world = fixtures.world();
        String noLead = "{\"content\":\"Việc\",\"expectedResult\":\"Kết quả\",\"units\":[{\"unitId\":\"" + world.unit() + "\",\"role\":\"COORDINATING\"}],"
                + "\"focalOfficer\":\"A\",\"deadline\":\"" + today().plusDays(5) + "\"}";
        String twoLeads = "{\"content\":\"Việc\",\"expectedResult\":\"Kết quả\",\"units\":[{\"unitId\":\"" + world.unit() + "\",\"role\":\"LEAD\"},"
                + "{\"unitId\":\"" + world.secondUnit() + "\",\"role\":\"LEAD\"}],\"focalOfficer\":\"A\",\"deadline\":\"" + today().plusDays(5) + "\"}";
        Api.Response response = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(3).toString()), noLead, twoLeads));
        assertEquals(400, response.status(), response.body());
        assertEquals("urn:lienthong:problem:validation", response.text("type"));
        assertTrue(response.body().contains("\"field\":\"tasks[1].units\""), response.body());
        assertTrue(response.body().contains("\"field\":\"tasks[2].units\""), response.body());
        assertEquals(0, tasksOf(world));
        assertEquals(0, fixtures.count("SELECT count(*) FROM conclusion_document WHERE jurisdiction_id = ?", world.jurisdictionId()));
    }

    @Test
    void theDatabaseItselfRequiresExactlyOneLeadUnit() {
        Fixtures.World world = fixtures.world();
        String id = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(3).toString()))).text("id");
        assertThrows(RuntimeException.class, () -> fixtures.count("WITH x AS (UPDATE conclusion_task SET lead_unit_id = NULL WHERE document_id = ?::uuid RETURNING 1) "
                + "SELECT count(*) FROM x", id), "lead_unit_id is NOT NULL");
        assertThrows(RuntimeException.class, () -> fixtures.count("WITH x AS (INSERT INTO conclusion_task_coordinator (task_id, unit_id) "
                + "SELECT id, lead_unit_id FROM conclusion_task WHERE document_id = ?::uuid RETURNING 1) SELECT count(*) FROM x", id), "the lead cannot coordinate too");
    }

    @Test
    void theFiveClearsAreChecked() {
        Fixtures.World world = fixtures.world();
        String incomplete = "{\"content\":\" \",\"expectedResult\":\"\",\"units\":[{\"unitId\":\"" + world.unit() + "\",\"role\":\"LEAD\"}],"
                + "\"focalOfficer\":null,\"deadline\":null,\"reportingCycle\":null}";
        Api.Response response = record(world, notice(world, today().toString(), incomplete));
        assertEquals(400, response.status());
        for (String field : new String[]{"tasks[0].content", "tasks[0].expectedResult", "tasks[0].focalOfficer", "tasks[0].deadline"}) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
        }
        assertTrue(response.body().contains("rõ người"));
        String ongoing = "{\"content\":\"Theo dõi thường xuyên\",\"expectedResult\":\"Báo cáo định kỳ\",\"units\":[{\"unitId\":\"" + world.unit() + "\",\"role\":\"LEAD\"}],"
                + "\"focalOfficer\":\"B\",\"deadline\":null,\"reportingCycle\":\"QUARTERLY\"}";
        Api.Response accepted = record(world, notice(world, today().toString(), ongoing));
        assertEquals(201, accepted.status(), accepted.body());
    }

    @Test
    void aDeadlineBeforeTheNoticeDateAndUnknownReferencesAreRefused() {
        Fixtures.World world = fixtures.world();
        Api.Response early = record(world, notice(world, today().toString(), task(world.unit(), today().minusDays(1).toString())));
        assertEquals(400, early.status());
        assertTrue(early.body().contains("\"field\":\"tasks[0].deadline\""));
        Api.Response unknownUnit = record(world, notice(world, today().toString(), task(java.util.UUID.randomUUID(), today().toString())));
        assertEquals(400, unknownUnit.status());
        Api.Response unknownBody = record(world, notice(world, today().toString()).replace(world.body().toString(), java.util.UUID.randomUUID().toString()));
        assertEquals(400, unknownBody.status());
        assertTrue(unknownBody.body().contains("\"field\":\"issuingBodyId\""));
        assertEquals(0, tasksOf(world));
    }

    @Test
    void unitsSeeOnlyTheirTasksAndOfficesOnlyWhatTheyFollow() {
        Fixtures.World world = fixtures.world();
        Fixtures.World elsewhere = fixtures.world();
        String doc = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(9).toString()))).text("id");
        String taskId = firstTaskId(world, doc);
        assertEquals(404, api().get("/api/v1/conclusion-tasks/" + taskId, login(world.secondUnitOfficer())).status(), "not its unit");
        assertEquals(404, api().get("/api/v1/conclusion-tasks/" + taskId, login(world.specialist())).status(), "another office that does not follow it");
        assertEquals(404, api().get("/api/v1/conclusions/" + doc, login(world.specialist())).status());
        assertEquals(404, api().get("/api/v1/conclusion-tasks/" + taskId, login(elsewhere.otherOfficeSpecialist())).status(), "another jurisdiction");
        assertEquals(200, api().get("/api/v1/conclusion-tasks/" + taskId, login(world.unitOfficer())).status());
        assertEquals(403, api().postJson("/api/v1/conclusions", login(world.unitOfficer()), notice(world, today().toString())).status(),
                "units do not record notices");
    }

    @Test
    void progressComesFromTheLeadOrACoordinatingUnitOnly() {
        Fixtures.World world = fixtures.world();
        String doc = record(world, notice(world, today().toString(), task("Việc", world.unit(), world.secondUnit(), today().plusDays(9).toString()))).text("id");
        String taskId = firstTaskId(world, doc);
        Api.Response lead = action(login(world.unitOfficer()), taskId, "progress-reports", "{\"note\":\"Đã xong dự thảo\",\"percent\":40}");
        assertEquals(200, lead.status(), lead.body());
        assertEquals(40, lead.json().get("progressPercent").getIntValue());
        Api.Response coordinating = action(login(world.secondUnitOfficer()), taskId, "progress-reports", "{\"note\":\"Đã góp ý\",\"percent\":100}");
        assertEquals(200, coordinating.status());
        assertEquals(40, coordinating.json().get("progressPercent").getIntValue(), "the task's progress is the lead unit's");
        assertEquals(403, action(login(world.otherOfficeSpecialist()), taskId, "progress-reports", "{\"note\":\"x\",\"percent\":10}").status());
        assertEquals(400, action(login(world.unitOfficer()), taskId, "progress-reports", "{\"note\":\"x\",\"percent\":101}").status());
        assertEquals(3, api().send(io.micronaut.http.HttpRequest.GET("/api/v1/conclusion-tasks/" + taskId + "/history").bearerAuth(login(world.unitOfficer())))
                .json().size(), "created + two reports");
    }

    @Test
    void completionIsProposedByTheLeadUnitAndConfirmedByTheFollowingOffice() {
        Fixtures.World world = fixtures.world();
        String doc = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(2).toString()))).text("id");
        String taskId = firstTaskId(world, doc);
        String office = login(world.otherOfficeSpecialist());
        String unit = login(world.unitOfficer());

        Api.Response premature = action(office, taskId, "completion-confirmations", "{}");
        assertEquals(409, premature.status(), "confirming a task not proposed as done");
        assertEquals("IN_PROGRESS", status(office, taskId), "nothing changed");

        assertEquals(404, action(login(world.secondUnitOfficer()), taskId, "completion-proposals", "{\"note\":\"x\"}").status(), "not its task");
        Api.Response proposed = action(unit, taskId, "completion-proposals", "{\"note\":\"Đã hoàn thành\"}");
        assertEquals(200, proposed.status(), proposed.body());
        assertTrue(proposed.json().get("awaitingConfirmation").getBooleanValue());
        assertEquals(1, api().get("/api/v1/conclusion-tasks?awaitingConfirmation=true", office).json().get("totalItems").getIntValue());

        Api.Response returned = action(office, taskId, "completion-returns", "{\"note\":\"Chưa kèm quyết định\"}");
        assertEquals(200, returned.status());
        assertFalse(returned.json().get("awaitingConfirmation").getBooleanValue());

        action(unit, taskId, "completion-proposals", "{\"note\":\"Đã bổ sung quyết định\"}");
        Api.Response confirmed = action(office, taskId, "completion-confirmations", "{\"note\":\"Đồng ý\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("DONE_ON_TIME", confirmed.text("status"));
        assertEquals(100, confirmed.json().get("progressPercent").getIntValue());
        assertEquals(409, action(unit, taskId, "progress-reports", "{\"note\":\"x\",\"percent\":10}").status(), "a done task takes no more reports");
    }

    @Test
    void doneAfterTheDeadlineIsDoneLate() {
        Fixtures.World world = fixtures.world();
        String doc = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(1).toString()))).text("id");
        String taskId = firstTaskId(world, doc);
        clock.advance(Duration.ofDays(3));
        assertEquals("OVERDUE", status(login(world.otherOfficeSpecialist()), taskId));
        action(login(world.unitOfficer()), taskId, "completion-proposals", "{\"note\":\"Xong\"}");
        assertEquals("DONE_LATE", action(login(world.otherOfficeSpecialist()), taskId, "completion-confirmations", "{}").text("status"));
    }

    @Test
    void extensionsAreDecidedByAnOfficeLeaderAndTheOriginalDeadlineIsKept() {
        Fixtures.World world = fixtures.world();
        String deadline = today().plusDays(5).toString();
        String doc = record(world, notice(world, today().toString(), task(world.unit(), deadline))).text("id");
        String taskId = firstTaskId(world, doc);
        String unit = login(world.unitOfficer());
        String requested = today().plusDays(40).toString();

        assertEquals(400, action(unit, taskId, "extension-requests", "{\"requestedDeadline\":\"" + today() + "\",\"reason\":\"x\"}").status(), "not later");
        Api.Response asked = action(unit, taskId, "extension-requests", "{\"requestedDeadline\":\"" + requested + "\",\"reason\":\"Chờ ý kiến Bộ\"}");
        assertEquals(200, asked.status(), asked.body());
        String requestId = asked.json().get("pendingExtension").get("id").getStringValue();
        assertEquals(409, action(unit, taskId, "extension-requests", "{\"requestedDeadline\":\"" + requested + "\",\"reason\":\"lần hai\"}").status(), "one at a time");

        assertEquals(403, action(login(world.otherOfficeSpecialist()), taskId, "extension-requests/" + requestId + "/approval", "{}").status(),
                "a specialist cannot decide");
        Api.Response approved = action(login(world.otherOfficeLeader()), taskId, "extension-requests/" + requestId + "/approval", "{\"note\":\"Đồng ý\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(requested, approved.text("deadline"));
        assertEquals(deadline, approved.text("originalDeadline"));
        assertEquals("EXTENDED", approved.text("status"));
        assertEquals(409, action(login(world.otherOfficeLeader()), taskId, "extension-requests/" + requestId + "/refusal", "{\"note\":\"muộn\"}").status(),
                "already decided");
        String history = api().send(io.micronaut.http.HttpRequest.GET("/api/v1/conclusion-tasks/" + taskId + "/history").bearerAuth(unit)).body();
        assertTrue(history.contains("\"kind\":\"EXTENSION_APPROVED\"") && history.contains("\"deadlineFrom\":\"" + deadline + "\"")
                && history.contains("\"deadlineTo\":\"" + requested + "\""), history);
    }

    @Test
    void aCancelledTaskTakesNoExtensionAndCancellingNeedsALeader() {
        Fixtures.World world = fixtures.world();
        String doc = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(5).toString()))).text("id");
        String taskId = firstTaskId(world, doc);
        assertEquals(403, action(login(world.otherOfficeSpecialist()), taskId, "cancellation", "{\"note\":\"Không còn phù hợp\"}").status());
        assertEquals(400, action(login(world.otherOfficeLeader()), taskId, "cancellation", "{\"note\":\" \"}").status(), "a reason is required");
        Api.Response cancelled = action(login(world.otherOfficeLeader()), taskId, "cancellation", "{\"note\":\"Không còn phù hợp\"}");
        assertEquals("CANCELLED", cancelled.text("status"));
        Api.Response extension = action(login(world.unitOfficer()), taskId, "extension-requests",
                "{\"requestedDeadline\":\"" + today().plusDays(50) + "\",\"reason\":\"x\"}");
        assertEquals(409, extension.status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM conclusion_extension_request WHERE task_id = ?::uuid", taskId), "nothing written");
    }

    @Test
    void documentsUseIfMatchAndListsSupportUpdatedSinceAndSearch() {
        Fixtures.World world = fixtures.world();
        String token = login(world.otherOfficeSpecialist());
        Api.Response created = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(5).toString())));
        String id = created.text("id");
        String body = notice(world, today().toString()).replace(",\"tasks\":[]", "").replace("giao ban", "giao ban tháng Mười một");
        Api.Response noIfMatch = api().send(io.micronaut.http.HttpRequest.PUT("/api/v1/conclusions/" + id, body).contentType("application/json").bearerAuth(token));
        assertEquals(428, noIfMatch.status());
        Api.Response updated = api().send(io.micronaut.http.HttpRequest.PUT("/api/v1/conclusions/" + id, body).contentType("application/json")
                .bearerAuth(token).header("If-Match", "\"0\""));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(412, api().send(io.micronaut.http.HttpRequest.PUT("/api/v1/conclusions/" + id, body).contentType("application/json")
                .bearerAuth(token).header("If-Match", "\"0\"")).status());
        assertEquals(1, api().get("/api/v1/conclusions?q=thang%20muoi%20mot", token).json().get("totalItems").getIntValue());
        String later = java.net.URLEncoder.encode(java.time.OffsetDateTime.now().plusHours(1).toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, api().get("/api/v1/conclusion-tasks?updatedSince=" + later, token).json().get("totalItems").getIntValue());
        assertEquals(1, api().get("/api/v1/conclusion-tasks?updatedSince=" + java.net.URLEncoder.encode(created.text("updatedAt"),
                java.nio.charset.StandardCharsets.UTF_8), token).json().get("totalItems").getIntValue());
    }

    @Test
    void correctingTheDocumentDateMovesItsTasksInTheStatistics() {
        Fixtures.World world = fixtures.world();
        String token = login(world.otherOfficeSpecialist());
        String id = record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(5).toString()))).text("id");
        String yesterday = today().minusDays(1).toString();
        String body = notice(world, yesterday).replace(",\"tasks\":[]", "");
        Api.Response updated = api().send(io.micronaut.http.HttpRequest.PUT("/api/v1/conclusions/" + id, body).contentType("application/json")
                .bearerAuth(token).header("If-Match", "\"0\""));
        assertEquals(200, updated.status(), updated.body());
        Api.Response stats = api().get("/api/v1/conclusion-statistics?from=" + yesterday + "&to=" + yesterday, token);
        assertEquals(1, stats.json().get("total").get("assigned").getIntValue(), "the task follows its document's new date");
        assertEquals(0, api().get("/api/v1/conclusion-statistics?from=" + today() + "&to=" + today(), token).json().get("total").get("assigned").getIntValue());
    }
}
