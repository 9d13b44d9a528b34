package vn.lienthong.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of seed 000 (báo cáo tổng kết): 45 online conferences from 3 October 2022 to 30 June 2024 with 10,306 bridge
 * points and 419,949 delegates; 76 standing-board, 36 standing-committee and 8 plenum meetings from 1 January 2023 to
 * 30 June 2024. Inserted by SQL in a fresh world, with meetings that must not count around them.
 */
@MicronautTest(transactional = false)
class MeetingStatisticsTest extends MeetingTestSupport {
    static final String FULL = "?from=2022-10-03&to=2024-06-30";
    static final String SINCE_2023 = "?from=2023-01-01&to=2024-06-30";

    record Seed(MeetingWorld mw, UUID creator) {
    }

    /** One INSERT of `count` meetings from generate_series(0, count - 1) i; `startsAt` and `supporting` are SQL over i. */
    private void meetings(Seed s, String tag, int count, String kind, UUID body, UUID host, String format, String status, String startsAt, String supporting) {
        fixtures.update("""
                INSERT INTO meeting (id, jurisdiction_id, kind_id, title, starts_at, ends_at, format, body_id, host_office_id, supporting_office_ids,
                                     confidentiality, status, status_reason, created_by, created_at, updated_at)
                SELECT md5(?::text || ? || i)::uuid, ?, ?, ? || ' số ' || (i + 1), %1$s, %1$s + interval '3 hours', ?, ?, ?, %2$s,
                       'INTERNAL', ?, CASE WHEN ? IN ('CANCELLED', 'POSTPONED') THEN 'Thay đổi kế hoạch' END, ?, now(), now()
                FROM generate_series(0, ? - 1) i""".formatted(startsAt, supporting),
                s.mw().w().jurisdictionId().toString(), tag, s.mw().w().jurisdictionId(), kind(kind), tag, format, body, host, status, status, s.creator(), count);
    }

    private UUID meetingId(Seed s, String tag, int i) {
        return fixtures.id("SELECT md5(?::text || ? || ?)::uuid", s.mw().w().jurisdictionId().toString(), tag, i);
    }

    private Seed seed000() {
        MeetingWorld mw = meetingWorld();
        Fixtures.World w = mw.w();
        Seed s = new Seed(mw, fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist()));
        UUID party = w.partyOffice();
        UUID ubnd = w.peoplesCommitteeOffice();
        String noSupport = "'{}'::uuid[]";
        // 45 online conferences, every 14 days from 00:30 on 3 October 2022 (Vietnam time: 2 October in UTC); one in three hybrid;
        // the first ten supported by the People's Committee Office
        meetings(s, "Hội nghị trực tuyến", 45, "THEMATIC_CONFERENCE", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2022-10-03 00:30+07' + i * interval '14 days'", "CASE WHEN i < 10 THEN ARRAY['" + ubnd + "']::uuid[] ELSE '{}' END");
        fixtures.update("UPDATE meeting SET format = 'HYBRID', status = 'CLOSED' WHERE jurisdiction_id = ? AND title LIKE 'Hội nghị trực tuyến số %' "
                + "AND split_part(title, ' số ', 2)::int % 3 = 0", w.jurisdictionId());
        // 229 bridge points each, 230 at the first: 10,306; 40 delegates present at each, 41 at the first 7,709: 419,949
        fixtures.update("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, expected_delegates, actual_delegates)
                SELECT gen_random_uuid(), md5(?::text || 'Hội nghị trực tuyến' || i)::uuid, p, 'Điểm cầu số ' || p, 45,
                       40 + CASE WHEN row_number() OVER (ORDER BY i, p) <= 7709 THEN 1 ELSE 0 END
                FROM generate_series(0, 44) i, generate_series(1, 229 + CASE WHEN i = 0 THEN 1 ELSE 0 END) p""", w.jurisdictionId().toString());
        // in person, in 2023 and the first half of 2024
        meetings(s, "Hội nghị Thường trực", 76, "STANDING_BOARD", mw.standingBoard(), party, "IN_PERSON", "HELD",
                "timestamptz '2023-01-02 08:00+07' + i * interval '7 days'", noSupport);
        meetings(s, "Hội nghị Ban Thường vụ", 36, "STANDING_COMMITTEE", mw.standingBoard(), party, "IN_PERSON", "CLOSED",
                "timestamptz '2023-01-05 14:00+07' + i * interval '15 days'", noSupport);
        meetings(s, "Hội nghị Ban Chấp hành", 8, "EXECUTIVE_COMMITTEE_PLENUM", mw.standingBoard(), party, "IN_PERSON", "HELD",
                "timestamptz '2023-01-20 08:00+07' + i * interval '70 days'", noSupport);
        meetings(s, "Phiên họp UBND", 4, "PEOPLES_COMMITTEE_SESSION", w.body(), ubnd, "IN_PERSON", "HELD",
                "timestamptz '2023-03-01 08:00+07' + i * interval '30 days'", noSupport);
        // must not count: cancelled, postponed and planned ones (with bridge points), held ones just outside the period
        meetings(s, "Hội nghị đã hủy", 5, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "CANCELLED",
                "timestamptz '2023-02-01 08:00+07' + i * interval '20 days'", noSupport);
        meetings(s, "Hội nghị hoãn", 2, "STANDING_BOARD", mw.standingBoard(), party, "HYBRID", "POSTPONED",
                "timestamptz '2024-06-20 08:00+07' + i * interval '2 days'", noSupport);
        meetings(s, "Hội nghị sắp tới", 3, "THEMATIC_CONFERENCE", mw.standingBoard(), party, "ONLINE", "PLANNED",
                "timestamptz '2024-06-25 08:00+07' + i * interval '1 day'", noSupport);
        meetings(s, "Hội nghị trước kỳ", 1, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2022-10-02 23:30+07'", noSupport);
        meetings(s, "Hội nghị sau kỳ", 1, "STANDING_BOARD", mw.standingBoard(), party, "ONLINE", "HELD",
                "timestamptz '2024-07-01 00:00+07'", noSupport);
        fixtures.update("""
                INSERT INTO meeting_bridge_point (id, meeting_id, position, name, expected_delegates, actual_delegates)
                SELECT gen_random_uuid(), m.id, p, 'Điểm cầu ' || p, 50, 50
                FROM meeting m, generate_series(1, 10) p
                WHERE m.jurisdiction_id = ? AND m.title NOT LIKE 'Hội nghị trực tuyến số %' AND m.format <> 'IN_PERSON'""", w.jurisdictionId());
        // attendance: taken at the first standing-board meeting (8 of 10 present), not at the second (5 invited), not counted at a cancelled one
        invitees(meetingId(s, "Hội nghị Thường trực", 0), 10, "i <= 8");
        invitees(meetingId(s, "Hội nghị Thường trực", 1), 5, "NULL");
        invitees(meetingId(s, "Hội nghị đã hủy", 0), 3, "true");
        return s;
    }

    private void invitees(UUID meeting, int count, String attended) {
        fixtures.update("INSERT INTO meeting_invitee (id, meeting_id, kind, person_name, attended, created_at) "
                + "SELECT gen_random_uuid(), ?, 'PERSON', 'Đại biểu ' || i, " + attended + ", now() FROM generate_series(1, ?) i",
                meeting, count);
    }

    private static long n(JsonNode node, String field) {
        return node.get(field).getLongValue();
    }

    private static Map<String, Long> byKind(JsonNode stats) {
        Map<String, Long> out = new HashMap<>();
        stats.get("byKind").values().forEach(k -> out.put(text(k, "code"), k.get("meetings").getLongValue()));
        return out;
    }

    @Test
    void theSeed000FiguresComeOutExactly() {
        Seed s = seed000();
        String office = login(s.mw().w().specialist());
        long started = System.nanoTime();
        Api.Response full = api().get("/api/v1/meeting-statistics" + FULL, office);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[meeting-statistics] first call over HTTP: " + millis + " ms");
        assertStatus(200, full);
        JsonNode f = full.json();
        assertEquals(45, n(f, "onlineConferences"));
        assertEquals(45, n(f, "online"));
        assertEquals(15, n(f, "hybrid"));
        assertEquals(10_306, n(f, "bridgePoints"));
        assertEquals(419_949, n(f, "delegates"));
        assertEquals(10_306 * 45, n(f, "expectedDelegates"));
        assertEquals(45 + 76 + 36 + 8 + 4, n(f, "meetings"));
        assertEquals(76 + 36 + 8 + 4, n(f, "inPerson"));
        assertEquals(5, n(f, "cancelled"));
        assertEquals(2, n(f, "postponed"));
        assertEquals(15, n(f, "invitees"));
        assertEquals(8, n(f, "attended"));
        assertEquals("80.0", f.get("attendanceRate").coerceStringValue().replaceAll("^80$", "80.0"), "8 of the 10 whose attendance was taken");
        assertEquals(21, f.get("byMonth").size(), "October 2022 to June 2024");
        assertEquals("2022-10", text(f.get("byMonth").get(0), "month"));
        assertEquals(3, f.get("byMonth").get(0).get("meetings").getLongValue(), "3, 17 and 31 October 2022");
        assertEquals(3, f.get("byMonth").get(0).get("online").getLongValue());
        long sum = 0;
        for (JsonNode month : f.get("byMonth").values()) {
            sum += month.get("meetings").getLongValue();
        }
        assertEquals(n(f, "meetings"), sum);
        assertEquals(2, f.get("byBody").size());
        assertEquals(165, f.get("byBody").get(0).get("meetings").getLongValue(), "most first");
        assertEquals(2, f.get("byHostOffice").size());

        Api.Response since2023 = api().get("/api/v1/meeting-statistics" + SINCE_2023, office);
        assertStatus(200, since2023);
        Map<String, Long> kinds = byKind(since2023.json());
        assertEquals(76L, kinds.get("STANDING_BOARD"));
        assertEquals(36L, kinds.get("STANDING_COMMITTEE"));
        assertEquals(8L, kinds.get("EXECUTIVE_COMMITTEE_PLENUM"));
        assertEquals(4L, kinds.get("PEOPLES_COMMITTEE_SESSION"));
        assertEquals("STANDING_BOARD", text(since2023.json().get("byKind").get(0), "code"), "in the order of the kinds");
        assertEquals(18, since2023.json().get("byMonth").size());

        Api.Response plenum = api().get("/api/v1/meeting-statistics" + SINCE_2023 + "&kindId=" + kind("EXECUTIVE_COMMITTEE_PLENUM"), office);
        assertEquals(8, n(plenum.json(), "meetings"));
        Api.Response ubndBody = api().get("/api/v1/meeting-statistics" + FULL + "&bodyId=" + s.mw().w().body(), office);
        assertEquals(4, n(ubndBody.json(), "meetings"));
        assertEquals(0, n(ubndBody.json(), "bridgePoints"));

        long again = System.nanoTime();
        assertStatus(200, api().get("/api/v1/meeting-statistics" + FULL, office));
        System.out.println("[meeting-statistics] warm call over HTTP: " + (System.nanoTime() - again) / 1_000_000 + " ms");
    }

    @Test
    void theOfficeFilterTakesHostedAndSupportedMeetings() {
        Seed s = seed000();
        String office = login(s.mw().w().otherOfficeSpecialist());
        JsonNode ubnd = api().get("/api/v1/meeting-statistics" + FULL + "&officeId=" + s.mw().w().peoplesCommitteeOffice(), office).json();
        assertEquals(4 + 10, n(ubnd, "meetings"), "4 hosted, 10 supported");
        assertEquals(10, n(ubnd, "onlineConferences"));
        assertEquals(230 + 9 * 229, n(ubnd, "bridgePoints"));
        assertEquals(2, ubnd.get("byHostOffice").size());
        JsonNode party = api().get("/api/v1/meeting-statistics" + FULL + "&officeId=" + s.mw().w().partyOffice(), office).json();
        assertEquals(45 + 76 + 36 + 8, n(party, "meetings"));
        assertEquals(10_306, n(party, "bridgePoints"));
        JsonNode nobody = api().get("/api/v1/meeting-statistics" + FULL + "&officeId=" + UUID.randomUUID(), office).json();
        assertEquals(0, n(nobody, "meetings"));
        assertTrue(nobody.get("attendanceRate").isNull(), "no attendance taken");
    }

    @Test
    void periodsAreCheckedAndOnlyOfficesAndAdministratorsSeeTheFigures() {
        MeetingWorld mw = meetingWorld();
        String office = login(mw.w().specialist());
        Api.Response backwards = api().get("/api/v1/meeting-statistics?from=2024-06-30&to=2024-06-01", office);
        assertStatus(400, backwards);
        assertEquals("to", text(backwards.json().get("errors").get(0), "field"));
        assertTrue(backwards.contentType().startsWith("application/problem+json"), backwards.contentType());
        assertStatus(400, api().get("/api/v1/meeting-statistics?from=2010-01-01&to=2024-06-01", office));
        assertStatus(400, api().get("/api/v1/meeting-statistics?from=2024-01-01", office));
        assertStatus(403, api().get("/api/v1/meeting-statistics" + FULL, login(mw.w().unitOfficer())));
        assertStatus(403, api().get("/api/v1/meeting-statistics/export" + FULL, login(mw.w().unitOfficer())));
        Api.Response admin = api().get("/api/v1/meeting-statistics" + FULL, login(mw.w().admin()));
        assertStatus(200, admin);
        assertEquals(0, n(admin.json(), "meetings"));
        assertEquals(21, admin.json().get("byMonth").size());
    }

    @Test
    void theExportOpensInExcelWithTheFigures() throws Exception {
        Seed s = seed000();
        HttpResponse<byte[]> response;
        try {
            response = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/meeting-statistics/export" + FULL).bearerAuth(login(s.mw().w().leader())), byte[].class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
        }
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.getContentType().orElseThrow().toString());
        assertTrue(response.getHeaders().get("Content-Disposition").contains("thong-ke-hoi-nghi-2022-10-03-2024-06-30.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (String sheet : new String[]{"Tổng hợp", "Theo loại", "Theo văn phòng", "Theo tháng"}) {
                assertNotNull(workbook.getSheet(sheet), sheet);
            }
            Set<Long> numbers = new HashSet<>();
            Set<String> texts = new HashSet<>();
            for (Row row : workbook.getSheet("Tổng hợp")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add((long) cell.getNumericCellValue());
                    } else {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertTrue(numbers.contains(10_306L), numbers.toString());
            assertTrue(numbers.contains(419_949L), numbers.toString());
            assertTrue(texts.contains("Số điểm cầu"), texts.toString());
            boolean plenum = false;
            for (Row row : workbook.getSheet("Theo loại")) {
                Cell code = row.getCell(1);
                if (code != null && code.getCellType() == CellType.STRING && code.getStringCellValue().equals("EXECUTIVE_COMMITTEE_PLENUM")) {
                    plenum = (long) row.getCell(3).getNumericCellValue() == 8;
                }
            }
            assertTrue(plenum, "8 plenum meetings on «Theo loại»");
        }
    }
}
