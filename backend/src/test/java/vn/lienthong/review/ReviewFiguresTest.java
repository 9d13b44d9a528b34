package vn.lienthong.review;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;
import vn.lienthong.support.Seed000;
import vn.lienthong.support.Seed000Petitions;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review of seed 000 (sơ kết 3/10/2022 – 30/6/2024) computes its own figures: the meetings of the seed, the
 * conclusion tasks of seed 003's shape (585 assigned, 550 done, 35 in progress), programmes submitted on time or late,
 * a clash accepted with a note; the petitions of seed 000 (979 received, 698 forwarded …). Finalising freezes
 * them: data added later in the period changes a new draft's figures, not the finalised review's.
 */
@MicronautTest(transactional = false)
class ReviewFiguresTest extends ApiTestBase {
    static final String PERIOD = "\"periodFrom\":\"2022-10-03\",\"periodTo\":\"2024-06-30\"";

    record World(Seed000.Meetings s, Fixtures.World w, UUID naOffice, UUID unitBody) {
    }

    private World seed() {
        Seed000.Meetings s = Seed000.meetings(fixtures);
        Fixtures.World w = s.w();
        UUID na = UUID.randomUUID();
        fixtures.update("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) VALUES (?, ?, 'VPDDBQH', "
                + "'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', 'Văn phòng Đoàn ĐBQH và HĐND', 'NA Delegation and People''s Council Office', 'VPĐĐBQH&HĐND', now(), now())",
                na, w.jurisdictionId());
        // the petitions of seed 000 ("từ 10/2022"): 979 received by the Party Committee Office, 698 forwarded; 1,454 to the People's
        // Council standing board with 281 handling documents; 831 to the NA delegation. The review covers 3/10/2022 – 30/6/2024
        // (the conferences' period), so the fixture's petitions of 1 and 2 October count from the 3rd.
        Seed000Petitions.petitions(fixtures, w, na);
        fixtures.update("UPDATE petition SET received_on = DATE '2022-10-03' WHERE jurisdiction_id = ? AND received_on IN (DATE '2022-10-01', DATE '2022-10-02')",
                w.jurisdictionId());
        // seed 003's shape: one notice of the Party Committee Office, 585 tasks followed by it: 550 done on time, 35 in progress
        UUID notice = UUID.randomUUID();
        fixtures.update("INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, created_by, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'CONCLUDING_NOTICE', '15-TB/TU', DATE '2023-03-01', ?, 'Bí thư', 'Kết luận', ?, now(), now())",
                notice, w.jurisdictionId(), w.partyOffice(), s.standingBoard(), s.creator());
        fixtures.update("INSERT INTO conclusion_task (id, jurisdiction_id, document_id, document_issued_on, position, content, expected_result, lead_unit_id, "
                + "focal_officer, deadline, original_deadline, following_office_id, state, completed_on, created_at, updated_at) "
                + "SELECT gen_random_uuid(), ?, ?, DATE '2023-03-01', i, 'Nhiệm vụ ' || i, 'Kết quả', ?, 'Giám đốc', "
                + "CASE WHEN i <= 550 THEN DATE '2023-12-31' ELSE DATE '2099-12-31' END, CASE WHEN i <= 550 THEN DATE '2023-12-31' ELSE DATE '2099-12-31' END, ?, "
                + "CASE WHEN i <= 550 THEN 'DONE' ELSE 'OPEN' END, CASE WHEN i <= 550 THEN DATE '2023-11-30' END, now(), now() FROM generate_series(1, 585) i",
                w.jurisdictionId(), notice, w.unit(), w.partyOffice());
        // the People's Committee's monthly programmes due 25/10/2022 … 25/5/2024: 18 on time, 2 late; and the Party
        // Committee's monthly programme due 25/6/2024 never sent
        UUID ubndCalendar = calendar(w, w.body(), w.peoplesCommitteeOffice());
        UUID partyCalendar = calendar(w, s.standingBoard(), w.partyOffice());
        fixtures.update("INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline, "
                + "submitted_at, created_by, created_at, updated_at) "
                + "SELECT gen_random_uuid(), ?, ?, ?, 'MONTH', m, (m + interval '1 month' - interval '1 day')::date, 'Chương trình tháng', 'SUBMITTED', "
                + "(m - interval '1 month' + interval '24 days')::date, (m - interval '1 month' + interval '24 days' + CASE WHEN n > 18 THEN interval '2 days' "
                + "ELSE interval '10 hours' END) AT TIME ZONE 'Asia/Ho_Chi_Minh', ?, now(), now() "
                + "FROM (SELECT (DATE '2022-11-01' + (n - 1) * interval '1 month')::date AS m, n FROM generate_series(1, 20) n) x",
                w.jurisdictionId(), ubndCalendar, w.peoplesCommitteeOffice(), s.creator());
        fixtures.update("INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline, "
                + "created_by, created_at, updated_at) VALUES (gen_random_uuid(), ?, ?, ?, 'MONTH', DATE '2024-07-01', DATE '2024-07-31', 'Chương trình tháng 7', "
                + "'DRAFT', DATE '2024-06-25', ?, now(), now())", w.jurisdictionId(), partyCalendar, w.partyOffice(), s.creator());
        // two activities in the same hall at the same time, one pair accepted with a note; one more clash left open
        UUID a = item(w, ubndCalendar, w.peoplesCommitteeOffice(), "2023-05-10 08:00", "Hội trường A");
        UUID b = item(w, partyCalendar, w.partyOffice(), "2023-05-10 09:00", "Hội trường A");
        item(w, ubndCalendar, w.peoplesCommitteeOffice(), "2023-06-10 08:00", "Hội trường B");
        item(w, partyCalendar, w.partyOffice(), "2023-06-10 08:30", "Hội trường B");
        UUID first = a.toString().compareTo(b.toString()) < 0 ? a : b;
        UUID second = first.equals(a) ? b : a;
        fixtures.update("INSERT INTO programme_clash_acceptance (item_a, item_b, kind, jurisdiction_id, note, accepted_by, accepted_by_name, accepted_at) "
                + "VALUES (?, ?, 'VENUE', ?, 'Hai hoạt động nối tiếp, dùng chung hội trường', ?, 'Chuyên viên', now())", first, second, w.jurisdictionId(), s.creator());
        return new World(s, w, na, w.body());
    }

    private UUID calendar(Fixtures.World w, UUID body, UUID office) {
        if (fixtures.count("SELECT count(*) FROM calendar WHERE body_id = ?", body) > 0) {
            return fixtures.id("SELECT id FROM calendar WHERE body_id = ?", body);
        }
        UUID id = UUID.randomUUID();
        fixtures.update("INSERT INTO calendar (id, jurisdiction_id, body_id, office_id, name_vi, name_en, color, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 'Lịch', 'Calendar', '#123456', now(), now())", id, w.jurisdictionId(), body, office);
        return id;
    }

    /** A two-hour activity in the submitted monthly programme of its calendar covering the day. */
    private UUID item(Fixtures.World w, UUID calendar, UUID office, String localStart, String venue) {
        String month = "SELECT %s FROM programme WHERE calendar_id = ? AND period_start = date_trunc('month', ?::timestamp)::date";
        UUID programme;
        if (fixtures.count(month.formatted("count(*)"), calendar, localStart) > 0) {
            programme = fixtures.id(month.formatted("id"), calendar, localStart);
        } else {
            programme = UUID.randomUUID();
            fixtures.update("INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline, "
                    + "submitted_at, created_by, created_at, updated_at) SELECT ?, ?, ?, ?, 'MONTH', date_trunc('month', ?::timestamp)::date, "
                    + "(date_trunc('month', ?::timestamp) + interval '1 month' - interval '1 day')::date, 'Chương trình', 'SUBMITTED', DATE '2099-01-01', now(), "
                    + "(SELECT id FROM app_user LIMIT 1), now(), now()", programme, w.jurisdictionId(), calendar, office, localStart, localStart);
        }
        UUID id = UUID.randomUUID();
        fixtures.update("INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, venue, serving_office_id, "
                + "visibility, created_at, updated_at) VALUES (?, ?, ?, ?, 'MONTH', 'Hoạt động', (?::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'), "
                + "(?::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '2 hours', ?, ?, 'INTERNAL', now(), now())",
                id, w.jurisdictionId(), programme, calendar, localStart, localStart, venue, office);
        return id;
    }

    static String reviewJson(String kind, String period, UUID host) {
        return "{\"kind\":\"" + kind + "\",\"title\":\"Sơ kết thực hiện Quy chế phối hợp giữa Văn phòng 3 cơ quan\"," + period + ",\"hostOfficeId\":\"" + host
                + "\",\"participatingOfficeIds\":null,\"meetingId\":null}";
    }

    static JsonNode figure(JsonNode figures, String key, String qualifier) {
        for (JsonNode section : figures.get("sections").values()) {
            for (JsonNode f : section.get("figures").values()) {
                boolean same = f.get("key").getStringValue().equals(key)
                        && (qualifier == null ? f.get("qualifier") == null || f.get("qualifier").isNull() : qualifier.equals(f.get("qualifier").getStringValue()));
                if (same) {
                    return f;
                }
            }
        }
        throw new AssertionError("no figure " + key + "/" + qualifier);
    }

    static long total(JsonNode figures, String key, String qualifier) {
        return figure(figures, key, qualifier).get("total").get("value").getLongValue();
    }

    static long office(JsonNode figures, String key, String qualifier, UUID office) {
        for (JsonNode v : figure(figures, key, qualifier).get("byOffice").values()) {
            if (v.get("officeId").getStringValue().equals(office.toString())) {
                return v.get("value").getLongValue();
            }
        }
        throw new AssertionError("no value of " + office);
    }

    static JsonNode officeValue(JsonNode figures, String key, String qualifier, UUID office) {
        for (JsonNode v : figure(figures, key, qualifier).get("byOffice").values()) {
            if (v.get("officeId").getStringValue().equals(office.toString())) {
                return v;
            }
        }
        throw new AssertionError("no value of " + office);
    }

    static JsonNode section(JsonNode figures, String name) {
        for (JsonNode section : figures.get("sections").values()) {
            if (section.get("section").getStringValue().equals(name)) {
                return section;
            }
        }
        throw new AssertionError("no section " + name);
    }

    private String create(World world, String kind, String period) {
        Api.Response created = api().postJson("/api/v1/reviews", login(world.w().specialist()), reviewJson(kind, period, world.w().partyOffice()));
        assertEquals(201, created.status(), created.toString());
        return created.text("id");
    }

    @Test
    void theSeed000ReviewShowsExactlyTheSeedsFigures() {
        World world = seed();
        Fixtures.World w = world.w();
        String id = create(world, "INTERIM", PERIOD);
        JsonNode f = api().get("/api/v1/reviews/" + id + "/figures", login(w.otherOfficeSpecialist())).json();
        assertFalse(f.get("frozen").getBooleanValue());
        assertEquals("2022-10-03", f.get("from").getStringValue());
        // the previous period of the same length (637 days) ends the day before
        assertEquals(LocalDate.of(2022, 10, 3).minusDays(637).toString(), f.get("previousFrom").getStringValue());
        assertEquals("2022-10-02", f.get("previousTo").getStringValue());
        // the offices: host first, then the others in hosting order (by kind: NA delegation office before People's Committee office)
        assertEquals(w.partyOffice().toString(), f.get("offices").get(0).get("id").getStringValue());
        assertEquals(world.naOffice().toString(), f.get("offices").get(1).get("id").getStringValue());
        assertEquals(w.peoplesCommitteeOffice().toString(), f.get("offices").get(2).get("id").getStringValue());

        // meetings (seed 000)
        assertEquals(76, total(f, "MEETINGS_BY_KIND", "STANDING_BOARD"));
        assertEquals(36, total(f, "MEETINGS_BY_KIND", "STANDING_COMMITTEE"));
        assertEquals(8, total(f, "MEETINGS_BY_KIND", "EXECUTIVE_COMMITTEE_PLENUM"));
        assertEquals(45, total(f, "ONLINE_CONFERENCES", null));
        assertEquals(10_306, total(f, "BRIDGE_POINTS", null));
        assertEquals(419_949, total(f, "DELEGATES", null));
        assertEquals(45 + 76 + 36 + 8 + 4, total(f, "MEETINGS_HELD", null));
        // per office: the Party Committee Office hosts all but the People's Committee sessions; the People's Committee Office
        // supports the first ten conferences (230 + 9 × 229 bridge points) and hosts the sessions
        assertEquals(165, office(f, "MEETINGS_HELD", null, w.partyOffice()));
        assertEquals(14, office(f, "MEETINGS_HELD", null, w.peoplesCommitteeOffice()));
        assertEquals(0, office(f, "MEETINGS_HELD", null, world.naOffice()));
        assertEquals(2_291, office(f, "BRIDGE_POINTS", null, w.peoplesCommitteeOffice()));
        // against the previous period: one online conference the day before, with 10 bridge points
        JsonNode bridgePoints = figure(f, "BRIDGE_POINTS", null).get("total");
        assertEquals(10, bridgePoints.get("previousValue").getLongValue());
        assertEquals(10_296, bridgePoints.get("change").getLongValue());
        assertEquals("/api/v1/meetings?from=2022-10-03&to=2024-06-30&held=true&online=true", bridgePoints.get("link").getStringValue());

        // conclusion tasks (seed 003's shape): 550 of 585 done on time = 94.0 %, 35 in progress = 6.0 %
        assertEquals(585, total(f, "TASKS_ASSIGNED", null));
        assertEquals(550, total(f, "TASKS_DONE_ON_TIME", null));
        assertEquals(35, total(f, "TASKS_IN_PROGRESS", null));
        assertEquals(0, total(f, "TASKS_OVERDUE", null));
        assertEquals(94.0, figure(f, "TASKS_DONE_ON_TIME", null).get("total").get("percent").getNumberValue().doubleValue());
        assertEquals(6.0, figure(f, "TASKS_IN_PROGRESS", null).get("total").get("percent").getNumberValue().doubleValue());
        assertEquals(550, office(f, "TASKS_DONE_ON_TIME", null, w.partyOffice()));

        // programmes due in the period: the People's Committee Office's 20 (18 on time, 2 late) and the Party Committee Office's missing one
        assertEquals(21, total(f, "PROGRAMMES_DUE", null));
        assertEquals(18, total(f, "PROGRAMMES_ON_TIME", null));
        assertEquals(2, total(f, "PROGRAMMES_LATE", null));
        assertEquals(1, total(f, "PROGRAMMES_MISSING", null));
        assertEquals(1, office(f, "PROGRAMMES_MISSING", null, w.partyOffice()));
        assertEquals(20, office(f, "PROGRAMMES_DUE", null, w.peoplesCommitteeOffice()));
        // clashes: two found, one accepted with a note
        assertEquals(2, total(f, "CLASHES_FOUND", null));
        assertEquals(1, total(f, "CLASHES_ACCEPTED", null));
        assertEquals(50.0, figure(f, "CLASHES_ACCEPTED", null).get("total").get("percent").getNumberValue().doubleValue());

        // petitions (seed 000): the Party Committee Office 979 received and 698 forwarded; the People's Council standing board
        // 1,454 with 281 handling documents; the NA delegation 831
        assertTrue(section(f, "PETITIONS").get("available").getBooleanValue());
        assertEquals(979, office(f, "PETITIONS_RECEIVED", null, w.partyOffice()));
        assertEquals(698, office(f, "PETITIONS_FORWARDED", null, w.partyOffice()));
        assertEquals(71.3, officeValue(f, "PETITIONS_FORWARDED", null, w.partyOffice()).get("percent").getNumberValue().doubleValue());
        assertEquals(1_454, total(f, "PETITIONS_RECEIVED_BY_BODY", "TTHDND"));
        assertEquals(281, total(f, "HANDLING_DOCUMENTS_BY_BODY", "TTHDND"));
        assertEquals(831, total(f, "PETITIONS_RECEIVED_BY_BODY", "DDBQH"));
        assertEquals(979 + 1_454 + 831, total(f, "PETITIONS_RECEIVED", null));
        assertEquals(1_454 + 831, office(f, "PETITIONS_RECEIVED", null, world.naOffice()));

        // the links lead to lists that hold what is counted
        Api.Response late = api().get("/api/v1/programmes?deadlineFrom=2022-10-03&deadlineTo=2024-06-30&submission=LATE", login(w.otherOfficeSpecialist()));
        assertEquals(2, late.json().get("totalItems").getLongValue(), late.toString());
        Api.Response plenums = api().get(figure(f, "MEETINGS_BY_KIND", "EXECUTIVE_COMMITTEE_PLENUM").get("total").get("link").getStringValue(), login(w.specialist()));
        assertEquals(8, plenums.json().get("totalItems").getLongValue(), plenums.toString());
        Api.Response done = api().get(figure(f, "TASKS_DONE_ON_TIME", null).get("total").get("link").getStringValue(), login(w.specialist()));
        assertEquals(550, done.json().get("totalItems").getLongValue(), done.toString());
    }

    @Test
    void finalisingFreezesTheFiguresWhileADraftFollowsTheData() {
        World world = seed();
        Fixtures.World w = world.w();
        String id = create(world, "INTERIM", PERIOD);
        String leader = login(w.leader());
        Api.Response finalised = api().postJson("/api/v1/reviews/" + id + "/finalisation", leader, "");
        assertEquals(200, finalised.status(), finalised.toString());
        assertEquals("FINALISED", finalised.text("status"));
        Api.Response frozenResponse = api().get("/api/v1/reviews/" + id + "/figures", leader);
        JsonNode frozen = frozenResponse.json();
        assertTrue(frozen.get("frozen").getBooleanValue());

        // later: a postponed conference turns out to have been held online in the period, and two more tasks are done
        fixtures.update("UPDATE meeting SET status = 'HELD', format = 'ONLINE' WHERE jurisdiction_id = ? AND title = 'Hội nghị hoãn số 1'", w.jurisdictionId());
        fixtures.update("UPDATE conclusion_task SET state = 'DONE', completed_on = DATE '2024-01-15' WHERE jurisdiction_id = ? AND position IN (551, 552)", w.jurisdictionId());

        Api.Response afterResponse = api().get("/api/v1/reviews/" + id + "/figures", leader);
        assertEquals(frozenResponse.body(), afterResponse.body());
        JsonNode after = afterResponse.json();
        assertEquals(45, total(after, "ONLINE_CONFERENCES", null));
        assertEquals(550, total(after, "TASKS_DONE_ON_TIME", null));
        // a new draft over the same period sees the new data
        String draft = create(world, "ANNUAL", PERIOD);
        JsonNode live = api().get("/api/v1/reviews/" + draft + "/figures", leader).json();
        assertEquals(46, total(live, "ONLINE_CONFERENCES", null));
        assertEquals(552, total(live, "TASKS_DONE_ON_TIME", null));
        assertEquals(33, total(live, "TASKS_IN_PROGRESS", null));
        // so does the report of the finalised one: the DOCX still shows 45 conferences and 10.306 bridge points
        String docx = ReviewApiTest.docxText(httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/" + id + "/report").bearerAuth(leader), byte[].class).body());
        assertTrue(docx.contains("10.306"), docx);
        assertFalse(docx.contains("DỰ THẢO"), docx);
    }
}
