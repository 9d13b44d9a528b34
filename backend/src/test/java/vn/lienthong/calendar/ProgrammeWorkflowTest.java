package vn.lienthong.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProgrammeWorkflowTest extends CalendarTestSupport {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String status(String token, String id) {
        return api().get("/api/v1/programmes/" + id, token).text("status");
    }

    @Test
    void aProgrammeGoesFromDraftToPublishedThroughExplicitActionsEachAudited() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        Api.Response created = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth());
        assertEquals(201, created.status(), created.body());
        assertEquals("DRAFT", created.text("status"));
        assertEquals("\"0\"", created.headers().get("ETag"));
        LocalDate due = LocalDate.now(clock).withDayOfMonth(25);
        while (due.getDayOfWeek().getValue() >= 6) {
            due = due.plusDays(1);
        }
        assertEquals(due.toString(), created.text("deadline"), "next month's draft is due on the 25th (Monday after a weekend)");
        assertTrue(created.body().contains("\"allowedActions\":[\"EDIT_ITEMS\"]"), created.body());
        String id = created.text("id");
        assertEquals(201, addItem(ubnd, id, item("Tiếp công dân định kỳ", at(12, "08:00"), at(12, "11:00"), cw.chairman(), cw.w().peoplesCommitteeOffice(), "PUBLIC")).status());

        assertEquals(403, action(ubnd, id, "submission", null).status(), "a specialist cannot submit");
        String ubndLeader = login(cw.w().otherOfficeLeader());
        assertTrue(api().get("/api/v1/programmes/" + id, ubndLeader).body().contains("\"SUBMIT\""));
        String partySpecialist = login(cw.w().specialist());
        long unread = api().get("/api/v1/notifications/unread-count", partySpecialist).json().get("count").getLongValue();
        Api.Response submitted = action(ubndLeader, id, "submission", null);
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", submitted.text("status"));
        assertEquals(true, submitted.json().get("submittedOnTime").getBooleanValue());
        assertEquals(unread + 1, api().get("/api/v1/notifications/unread-count", partySpecialist).json().get("count").getLongValue(),
                "the Party Committee Office hears of it");

        assertEquals(403, action(partySpecialist, id, "approval", "{\"decisionReference\":\"1-TB/TU\",\"decidedOn\":\"" + LocalDate.now(clock) + "\"}").status(),
                "approving is for the Party Committee Office's leaders");
        assertEquals(409, action(login(cw.w().leader()), id, "approval", "{\"decisionReference\":\"1-TB/TU\",\"decidedOn\":\"" + LocalDate.now(clock) + "\"}").status(),
                "not before consolidation");
        assertEquals(403, action(ubndLeader, id, "consolidation", null).status(), "only the Party Committee Office consolidates");
        assertEquals("CONSOLIDATED", action(partySpecialist, id, "consolidation", null).text("status"));
        Api.Response again = action(partySpecialist, id, "consolidation", null);
        assertEquals(409, again.status());
        assertEquals("urn:lienthong:problem:conflict", again.text("type"));
        String partyLeader = login(cw.w().leader());
        Api.Response approved = action(partyLeader, id, "approval", "{\"decisionReference\":\"125-TB/TU\",\"decidedOn\":\"" + LocalDate.now(clock) + "\"}");
        assertEquals("APPROVED", approved.text("status"), approved.body());
        assertEquals("125-TB/TU", approved.text("decisionReference"));
        Api.Response published = action(partyLeader, id, "publication", null);
        assertEquals("PUBLISHED", published.text("status"));
        assertEquals(409, action(partyLeader, id, "publication", null).status(), "publishing twice");
        assertEquals(409, action(partySpecialist, id, "return", "{\"comment\":\"Quá muộn\"}").status(), "a published programme changes by amendment only");
        assertEquals(5, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'programme' AND entity_id = ? AND action IN "
                + "('CREATE', 'SUBMIT', 'CONSOLIDATE', 'APPROVE', 'PUBLISH')", id));
        assertTrue(api().get("/api/v1/programmes/" + id, ubnd).body().contains("\"allowedActions\":[\"AMEND\"]"));
    }

    @Test
    void everyBodyHasItsCalendarInItsOwnColour() {
        CalendarWorld cw = calendarWorld();
        JsonNode calendars = api().get("/api/v1/calendars", login(cw.w().otherOfficeSpecialist())).json();
        assertEquals(2, calendars.size(), "the People's Committee and the standing board, created with their bodies");
        assertTrue(!text(calendars.get(0), "color").equals(text(calendars.get(1), "color")), calendars.toString());
        assertTrue(text(calendars.get(0), "nameVi").startsWith("Lịch công tác "));
    }

    @Test
    void theConsolidatingOfficeReturnsADraftWithACommentAndTheOfficeResubmits() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String id = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String ubndLeader = login(cw.w().otherOfficeLeader());
        assertOk(action(ubndLeader, id, "submission", null));
        assertEquals(409, addItem(ubnd, id, item("Họp", at(3, "08:00"), at(3, "09:00"), null, cw.w().peoplesCommitteeOffice(), "INTERNAL")).status(),
                "a submitted programme is locked");
        String party = login(cw.w().specialist());
        assertEquals(403, action(ubndLeader, id, "return", "{\"comment\":\"Tự trả lại\"}").status(), "only the Party Committee Office returns");
        assertEquals(400, action(party, id, "return", "{\"comment\":\" \"}").status(), "a return needs a comment");
        Api.Response returned = action(party, id, "return", "{\"comment\":\"Đề nghị bổ sung lịch tiếp công dân\"}");
        assertEquals("RETURNED", returned.text("status"), returned.body());
        assertEquals("Đề nghị bổ sung lịch tiếp công dân", api().get("/api/v1/programmes/" + id, ubnd).text("returnComment"));
        assertEquals(201, addItem(ubnd, id, item("Tiếp công dân", at(3, "08:00"), at(3, "09:00"), null, cw.w().peoplesCommitteeOffice(), "INTERNAL")).status());
        Api.Response resubmitted = action(ubndLeader, id, "submission", null);
        assertEquals("SUBMITTED", resubmitted.text("status"));
        assertNull(resubmitted.text("returnComment"));
    }

    @Test
    void anotherOfficeNeitherSeesNorEditsADraftAndEditsNoSubmittedProgrammeOfAnother() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String id = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String party = login(cw.w().specialist());
        assertEquals(404, api().get("/api/v1/programmes/" + id, party).status(), "another office's draft is not visible");
        assertEquals(404, addItem(party, id, item("Họp", at(3, "08:00"), at(3, "09:00"), null, cw.w().partyOffice(), "INTERNAL")).status());
        assertEquals(403, createProgramme(party, cw.peoplesCalendar(), "WEEK", PeriodKind.WEEK.startOf(nextMonth().plusDays(7))).status(),
                "only the serving office starts a body's programme");
        assertOk(action(login(cw.w().otherOfficeLeader()), id, "submission", null));
        assertEquals(200, api().get("/api/v1/programmes/" + id, party).status(), "submitted: shared with the Party Committee Office");
        assertEquals(403, addItem(party, id, item("Họp", at(3, "08:00"), at(3, "09:00"), null, cw.w().partyOffice(), "INTERNAL")).status());
        assertEquals(403, createProgramme(login(cw.w().unitOfficer()), cw.peoplesCalendar(), "MONTH", nextMonth().plusMonths(1)).status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM programme_item WHERE programme_id = ?::uuid", id));
    }

    @Test
    void programmesStartOnTheFirstDayOfTheirPeriodOncePerCalendar() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        Api.Response notMonday = createProgramme(ubnd, cw.peoplesCalendar(), "WEEK", PeriodKind.WEEK.startOf(nextMonth()).plusDays(1));
        assertEquals(422, notMonday.status(), notMonday.body());
        assertTrue(notMonday.body().contains("\"field\":\"periodStart\""));
        assertEquals(422, api().postJson("/api/v1/programmes", ubnd, "{\"calendarId\":\"" + java.util.UUID.randomUUID() + "\",\"periodKind\":\"MONTH\",\"periodStart\":\""
                + nextMonth() + "\"}").status(), "unknown calendar");
        var request = HttpRequest.POST("/api/v1/programmes", "{\"calendarId\":\"" + cw.peoplesCalendar() + "\",\"periodKind\":\"QUARTER\",\"periodStart\":\""
                + PeriodKind.QUARTER.next(PeriodKind.QUARTER.startOf(LocalDate.now(clock))) + "\"}").contentType("application/json").bearerAuth(ubnd).header("Idempotency-Key", "q-1");
        Api.Response first = api().send(request);
        Api.Response retry = api().send(request);
        assertEquals(201, first.status(), first.body());
        assertEquals(first.text("id"), retry.text("id"));
        assertEquals("true", retry.headers().get("Idempotent-Replayed"));
        Api.Response duplicate = api().postJson("/api/v1/programmes", ubnd, "{\"calendarId\":\"" + cw.peoplesCalendar() + "\",\"periodKind\":\"QUARTER\",\"periodStart\":\""
                + first.text("periodStart") + "\"}");
        assertEquals(409, duplicate.status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme WHERE calendar_id = ?::uuid", cw.peoplesCalendar()));
    }

    @Test
    void theDeadlineDashboardShowsWhoSubmittedOnTimeAndRulesAreDataOnlyLeadersChange() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String id = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        assertOk(action(login(cw.w().otherOfficeLeader()), id, "submission", null));
        JsonNode rows = api().get("/api/v1/programme-deadlines", ubnd).json().get("rows");
        boolean foundSubmitted = false;
        boolean foundDue = false;
        for (JsonNode row : rows.values()) {
            if (cw.peoplesCalendar().equals(text(row, "calendarId")) && "MONTH".equals(text(row, "periodKind")) && nextMonth().toString().equals(text(row, "periodStart"))) {
                assertEquals("SUBMITTED_ON_TIME", text(row, "state"));
                foundSubmitted = true;
            }
            if (cw.partyCalendar().equals(text(row, "calendarId")) && "YEAR".equals(text(row, "periodKind"))
                    && String.valueOf(LocalDate.now(clock).getYear() + 1).equals(text(row, "periodStart").substring(0, 4))) {
                assertTrue(text(row, "state").equals("DUE") || text(row, "state").equals("OVERDUE"));
                foundDue = true;
            }
        }
        assertTrue(foundSubmitted && foundDue, rows.toString());
        assertEquals("DUE", text(rows.get(0), "state"), "what is due next comes first");
        assertTrue(text(rows.get(rows.size() - 1), "state").startsWith("SUBMITTED"), "what was submitted comes last");

        Api.Response rules = api().get("/api/v1/programme-deadline-rules", ubnd);
        assertEquals(4, rules.json().size());
        String week = "{\"monthsBeforeStart\":null,\"dayOfMonth\":null,\"daysBeforeStart\":3,\"weekendShift\":\"PREVIOUS_WORKING_DAY\",\"reminderDaysBefore\":1,"
                + "\"source\":\"Thông báo của Văn phòng Tỉnh ủy\"}";
        assertEquals(403, put(login(cw.w().specialist()), "/api/v1/programme-deadline-rules/WEEK", "\"0\"", week).status());
        String partyLeader = login(cw.w().leader());
        assertEquals(428, put(partyLeader, "/api/v1/programme-deadline-rules/WEEK", null, week).status());
        assertEquals(412, put(partyLeader, "/api/v1/programme-deadline-rules/WEEK", "\"7\"", week).status());
        assertEquals(422, put(partyLeader, "/api/v1/programme-deadline-rules/WEEK", "\"0\"", week.replace("\"dayOfMonth\":null", "\"dayOfMonth\":5")).status(),
                "either a day of a month or days before, not both");
        Api.Response changed = put(partyLeader, "/api/v1/programme-deadline-rules/WEEK", "\"0\"", week);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(3, changed.json().get("daysBeforeStart").getIntValue());
        LocalDate monday = PeriodKind.WEEK.startOf(nextMonth()).plusWeeks(1);
        assertEquals(monday.minusDays(3).toString(), createProgramme(ubnd, cw.peoplesCalendar(), "WEEK", monday).text("deadline"), "Friday before");
    }

    @Test
    void theDailyJobRemindsTheOfficeOnTheDeadlineDayOnce() {
        CalendarWorld cw = calendarWorld();
        int today = LocalDate.now(clock).getDayOfMonth();
        fixtures.update("UPDATE programme_deadline_rule SET day_of_month = ?, weekend_shift = 'NONE' WHERE jurisdiction_id = ? AND period_kind = 'MONTH'",
                today, cw.w().jurisdictionId());
        String admin = login(cw.w().nationalAdmin()); // the job covers every jurisdiction: national administration
        String ubnd = login(cw.w().otherOfficeSpecialist());
        // the next month's programme only: on some days another period's reminder falls due as well (a week's, a quarter's)
        String monthReminders = "SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PROGRAMME_DEADLINE' AND strpos(body, ?) > 0";
        String nextMonthLabel = " " + Programmes.periodLabel(PeriodKind.MONTH, nextMonth()) + " ";
        long before = fixtures.count(monthReminders, cw.w().peoplesCommitteeOffice(), nextMonthLabel);
        Api.Response run = api().postJson("/api/v1/jobs/" + DeadlineReminderJob.NAME + "/runs", admin, "{}");
        assertEquals(200, run.status(), run.body());
        long after = fixtures.count(monthReminders, cw.w().peoplesCommitteeOffice(), nextMonthLabel);
        assertEquals(before + 1, after, "one reminder for the People's Committee calendar's next month");
        String allReminders = "SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PROGRAMME_DEADLINE'";
        long all = fixtures.count(allReminders, cw.w().peoplesCommitteeOffice());
        api().postJson("/api/v1/jobs/" + DeadlineReminderJob.NAME + "/runs", admin, "{}");
        assertEquals(all, fixtures.count(allReminders, cw.w().peoplesCommitteeOffice()), "once per day");
        assertTrue(api().get("/api/v1/notifications", ubnd).body().contains("Sắp đến hạn gửi chương trình công tác"));
    }
}
