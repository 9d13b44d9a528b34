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
import vn.lienthong.support.Seed000;

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

    private Seed000.Meetings seed000() {
        return Seed000.meetings(fixtures);
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
        Seed000.Meetings s = seed000();
        String office = login(s.w().specialist());
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
        Api.Response ubndBody = api().get("/api/v1/meeting-statistics" + FULL + "&bodyId=" + s.w().body(), office);
        assertEquals(4, n(ubndBody.json(), "meetings"));
        assertEquals(0, n(ubndBody.json(), "bridgePoints"));

        long again = System.nanoTime();
        assertStatus(200, api().get("/api/v1/meeting-statistics" + FULL, office));
        System.out.println("[meeting-statistics] warm call over HTTP: " + (System.nanoTime() - again) / 1_000_000 + " ms");
    }

    @Test
    void theOfficeFilterTakesHostedAndSupportedMeetings() {
        Seed000.Meetings s = seed000();
        String office = login(s.w().otherOfficeSpecialist());
        JsonNode ubnd = api().get("/api/v1/meeting-statistics" + FULL + "&officeId=" + s.w().peoplesCommitteeOffice(), office).json();
        assertEquals(4 + 10, n(ubnd, "meetings"), "4 hosted, 10 supported");
        assertEquals(10, n(ubnd, "onlineConferences"));
        assertEquals(230 + 9 * 229, n(ubnd, "bridgePoints"));
        assertEquals(2, ubnd.get("byHostOffice").size());
        JsonNode party = api().get("/api/v1/meeting-statistics" + FULL + "&officeId=" + s.w().partyOffice(), office).json();
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
        Seed000.Meetings s = seed000();
        HttpResponse<byte[]> response;
        try {
            response = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/meeting-statistics/export" + FULL).bearerAuth(login(s.w().leader())), byte[].class);
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
