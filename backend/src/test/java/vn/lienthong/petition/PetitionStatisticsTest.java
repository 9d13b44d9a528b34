package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.review.api.ReviewFigureSource;
import vn.lienthong.review.api.ReviewSection;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;
import vn.lienthong.support.Seed000Petitions;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.support.Seed000Petitions.COUNCIL_AWAITING;
import static vn.lienthong.support.Seed000Petitions.COUNCIL_DOCUMENTS;
import static vn.lienthong.support.Seed000Petitions.COUNCIL_FORWARDED;
import static vn.lienthong.support.Seed000Petitions.COUNCIL_RECEIVED;
import static vn.lienthong.support.Seed000Petitions.DELEGATION_FORWARDED;
import static vn.lienthong.support.Seed000Petitions.DELEGATION_RECEIVED;
import static vn.lienthong.support.Seed000Petitions.PARTY_ACCEPTED_OPEN;
import static vn.lienthong.support.Seed000Petitions.PARTY_ACCEPTED_OVERDUE;
import static vn.lienthong.support.Seed000Petitions.PARTY_AWAITING;
import static vn.lienthong.support.Seed000Petitions.PARTY_CROWD;
import static vn.lienthong.support.Seed000Petitions.PARTY_DOCUMENTS;
import static vn.lienthong.support.Seed000Petitions.PARTY_FILED;
import static vn.lienthong.support.Seed000Petitions.PARTY_FIRST_STEP_LATE;
import static vn.lienthong.support.Seed000Petitions.PARTY_FORWARDED;
import static vn.lienthong.support.Seed000Petitions.PARTY_GUIDED;
import static vn.lienthong.support.Seed000Petitions.PARTY_RECEIVED;
import static vn.lienthong.support.Seed000Petitions.PARTY_RESOLVED;
import static vn.lienthong.support.Seed000Petitions.PARTY_RESOLVED_LATE;

/**
 * The petition figures of seed 000 (báo cáo sơ kết, 10/2022 – 6/2024): the Party Committee Office received 979 and
 * forwarded 698; the People's Council standing board received 1,454 and issued 281 handling documents; the NA
 * delegation received 831 — the last two served by one office, so told apart by the addressed body. Inserted by SQL
 * ({@link Seed000Petitions}) in a fresh world, with petitions just outside the period that must not count.
 */
@MicronautTest(transactional = false)
class PetitionStatisticsTest extends ApiTestBase {
    static final String PERIOD = "?from=" + Seed000Petitions.FROM + "&to=" + Seed000Petitions.TO;
    static final String STATS = "/api/v1/petition-statistics";

    @Inject
    PetitionReviewFigures reviewFigures;

    private static void assertStatus(int expected, Api.Response response) {
        if (response.status() != expected) {
            throw new AssertionError("expected " + expected + ": " + response);
        }
    }

    private static long n(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertNotNull(value, field + " in " + node);
        return value.getLongValue();
    }

    private static long c(JsonNode stats, String field) {
        return n(stats.get("totals"), field);
    }

    private JsonNode stats(String token, String query) {
        Api.Response response = api().get(STATS + PERIOD + query, token);
        assertStatus(200, response);
        return response.json();
    }

    /** received per key of a breakdown (kind, channel, id, month). */
    private static Map<String, Long> received(JsonNode list, String key) {
        Map<String, Long> out = new HashMap<>();
        list.values().forEach(e -> out.put(e.get(key).isNull() ? "null" : e.get(key).coerceStringValue(), e.get("counts").get("received").getLongValue()));
        return out;
    }

    private static long sum(JsonNode list, String field) {
        long total = 0;
        for (JsonNode e : list.values()) {
            total += e.get("counts").get(field).getLongValue();
        }
        return total;
    }

    private static long documentsOfKind(JsonNode documents, String kind) {
        for (JsonNode k : documents.get("byKind").values()) {
            if (k.get("kind").getStringValue().equals(kind)) {
                return k.get("documents").getLongValue();
            }
        }
        throw new AssertionError("no kind " + kind + " in " + documents);
    }

    /** The counts of a breakdown partition the total: every field of every line adds up to the total's. */
    private static void partitions(JsonNode stats, String breakdown) {
        for (String field : List.of("received", "eligible", "notEligible", "unclassified", "awaitingHandling", "accepted", "inResolution", "forwarded",
                "guided", "filed", "resolved", "resolvedOnTime", "resolvedLate", "firstStepOnTime", "firstStepLate", "overdue", "crowd")) {
            assertEquals(c(stats, field), sum(stats.get(breakdown), field), breakdown + " " + field);
        }
    }

    @Test
    void theSeed000FiguresComeOutExactlyPerOfficeAndPerBody() {
        Seed000Petitions.Petitions s = Seed000Petitions.petitions(fixtures, fixtures.world());
        Fixtures.World w = s.w();
        String token = login(w.specialist());

        long started = System.nanoTime();
        JsonNode all = stats(token, "");
        System.out.println("[petition-statistics] first call over HTTP: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        long total = PARTY_RECEIVED + COUNCIL_RECEIVED + DELEGATION_RECEIVED;
        assertEquals(total, c(all, "received"), "979 + 1,454 + 831, none from 30/9/2022 or 1/7/2024");
        assertEquals(PARTY_FORWARDED + COUNCIL_FORWARDED + DELEGATION_FORWARDED, c(all, "forwarded"));
        assertEquals(LocalDate.now(clock.withZone(vn.lienthong.kernel.clock.Zones.VIETNAM)).toString(), all.get("asOf").getStringValue());
        // the statuses and the classifications partition what was received
        assertEquals(c(all, "received"), c(all, "awaitingHandling") + c(all, "forwarded") + c(all, "guided") + c(all, "filed") + c(all, "inResolution")
                + c(all, "resolved"));
        assertEquals(c(all, "received"), c(all, "eligible") + c(all, "notEligible") + c(all, "unclassified"));
        for (String breakdown : List.of("byKind", "byChannel", "byOffice", "byBody", "byMonth")) {
            partitions(all, breakdown);
        }
        assertEquals(4, all.get("byKind").size());
        assertEquals(5, all.get("byChannel").size());
        assertEquals(21, all.get("byMonth").size(), "October 2022 to June 2024");
        assertEquals("2022-10", all.get("byMonth").get(0).get("month").getStringValue());
        // by body: the two bodies of one office apart, the Party Committee Office's petitions addressed to no body last
        Map<String, Long> bodies = received(all.get("byBody"), "id");
        assertEquals(COUNCIL_RECEIVED, bodies.get(s.peoplesCouncilBody().toString()));
        assertEquals(DELEGATION_RECEIVED, bodies.get(s.naDelegationBody().toString()));
        assertEquals(PARTY_RECEIVED, bodies.get("null"));
        assertEquals(s.peoplesCouncilBody().toString(), all.get("byBody").get(0).get("id").getStringValue(), "most first");
        assertTrue(all.get("byBody").get(2).get("id").isNull());
        Map<String, Long> offices = received(all.get("byOffice"), "id");
        assertEquals(PARTY_RECEIVED, offices.get(w.partyOffice().toString()));
        assertEquals(COUNCIL_RECEIVED + DELEGATION_RECEIVED, offices.get(s.naOffice().toString()));
        // documents of the period: the Party Committee Office's, the 281 and the delegation's 600 forwarding letters
        JsonNode documents = all.get("documents");
        assertEquals(PARTY_DOCUMENTS + COUNCIL_DOCUMENTS + DELEGATION_FORWARDED, n(documents, "total"));
        assertEquals(PARTY_FORWARDED + COUNCIL_FORWARDED + DELEGATION_FORWARDED, documentsOfKind(documents, "FORWARDING_LETTER"));
        assertEquals(5, documents.get("byKind").size());
        assertEquals(2, documents.get("byOffice").size());
        for (JsonNode office : all.get("byOffice").values()) {
            long expected = office.get("id").getStringValue().equals(w.partyOffice().toString()) ? PARTY_DOCUMENTS : COUNCIL_DOCUMENTS + DELEGATION_FORWARDED;
            assertEquals(expected, office.get("documents").getLongValue());
        }

        // the Party Committee Office: 979 received, 698 forwarded, each with its forwarding letter
        JsonNode party = stats(token, "&officeId=" + w.partyOffice());
        assertEquals(PARTY_RECEIVED, c(party, "received"));
        assertEquals(PARTY_FORWARDED, c(party, "forwarded"));
        assertEquals(PARTY_GUIDED, c(party, "guided"));
        assertEquals(PARTY_FILED, c(party, "filed"));
        assertEquals(PARTY_RESOLVED + PARTY_ACCEPTED_OPEN, c(party, "accepted"));
        assertEquals(PARTY_ACCEPTED_OPEN, c(party, "inResolution"));
        assertEquals(PARTY_RESOLVED, c(party, "resolved"));
        assertEquals(PARTY_RESOLVED - PARTY_RESOLVED_LATE, c(party, "resolvedOnTime"));
        assertEquals(PARTY_RESOLVED_LATE, c(party, "resolvedLate"));
        assertEquals(PARTY_AWAITING, c(party, "awaitingHandling"));
        assertEquals(PARTY_AWAITING, c(party, "unclassified"));
        assertEquals(PARTY_FORWARDED + PARTY_RESOLVED + PARTY_ACCEPTED_OPEN, c(party, "eligible"));
        assertEquals(PARTY_GUIDED + PARTY_FILED, c(party, "notEligible"));
        assertEquals(PARTY_RECEIVED - PARTY_AWAITING - PARTY_FIRST_STEP_LATE, c(party, "firstStepOnTime"));
        assertEquals(PARTY_FIRST_STEP_LATE, c(party, "firstStepLate"));
        assertEquals(PARTY_AWAITING + PARTY_ACCEPTED_OVERDUE, c(party, "overdue"), "received past the first step, accepted past the resolution");
        assertEquals(PARTY_CROWD, c(party, "crowd"));
        assertEquals(PARTY_FORWARDED, documentsOfKind(party.get("documents"), "FORWARDING_LETTER"));
        assertEquals(PARTY_DOCUMENTS, n(party.get("documents"), "total"));
        assertEquals(1, party.get("byOffice").size());
        // kinds cycle i % 4, channels i % 5
        Map<String, Long> kinds = received(party.get("byKind"), "kind");
        assertEquals(Map.of("COMPLAINT", 245L, "DENUNCIATION", 245L, "RECOMMENDATION", 245L, "REFLECTION", 244L), kinds);
        Map<String, Long> channels = received(party.get("byChannel"), "channel");
        assertEquals(Map.of("POST", 196L, "IN_PERSON", 196L, "VOTER_MEETING", 196L, "E_PORTAL", 196L, "TRANSFERRED", 195L), channels);
        assertEquals(PARTY_FORWARDED, sum(party.get("byKind"), "forwarded"));
        assertEquals(PARTY_FORWARDED, sum(party.get("byChannel"), "forwarded"));
        assertEquals(PARTY_RECEIVED, sum(party.get("byMonth"), "received"));

        // the People's Council standing board: 1,454 received, 281 handling documents
        JsonNode council = stats(token, "&bodyId=" + s.peoplesCouncilBody());
        assertEquals(COUNCIL_RECEIVED, c(council, "received"));
        assertEquals(COUNCIL_DOCUMENTS, n(council.get("documents"), "total"));
        assertEquals(COUNCIL_FORWARDED, documentsOfKind(council.get("documents"), "FORWARDING_LETTER"));
        assertEquals(COUNCIL_AWAITING, c(council, "overdue"));
        assertEquals(1, council.get("byBody").size());
        assertEquals(COUNCIL_DOCUMENTS, council.get("byBody").get(0).get("documents").getLongValue());
        assertEquals(COUNCIL_RECEIVED, sum(council.get("byKind"), "received"));
        assertEquals(COUNCIL_RECEIVED, sum(council.get("byChannel"), "received"));
        // the NA delegation: 831
        JsonNode delegation = stats(token, "&bodyId=" + s.naDelegationBody());
        assertEquals(DELEGATION_RECEIVED, c(delegation, "received"));
        assertEquals(DELEGATION_FORWARDED, c(delegation, "forwarded"));
        assertEquals(DELEGATION_FORWARDED, n(delegation.get("documents"), "total"));
        // the office serving both, and the office with one of its bodies
        JsonNode naOffice = stats(token, "&officeId=" + s.naOffice());
        assertEquals(COUNCIL_RECEIVED + DELEGATION_RECEIVED, c(naOffice, "received"));
        assertEquals(2, naOffice.get("byBody").size());
        JsonNode both = stats(token, "&officeId=" + s.naOffice() + "&bodyId=" + s.peoplesCouncilBody());
        assertEquals(COUNCIL_RECEIVED, c(both, "received"));
        JsonNode none = stats(token, "&officeId=" + w.partyOffice() + "&bodyId=" + s.peoplesCouncilBody());
        assertEquals(0, c(none, "received"));
        assertEquals(0, n(none.get("documents"), "total"));

        // just the outside days: nothing but the petitions that must not count
        Api.Response before = api().get(STATS + "?from=2022-09-30&to=2022-09-30", token);
        assertEquals(3, c(before.json(), "received"));
        assertEquals(3, n(before.json().get("documents"), "total"), "their forwarding letters, issued that day");

        // another office's staff and the administrators see the same aggregate figures
        assertEquals(total, c(stats(login(w.otherOfficeSpecialist()), ""), "received"));
        assertEquals(total, c(stats(login(w.admin()), ""), "received"));

        long again = System.nanoTime();
        stats(token, "");
        System.out.println("[petition-statistics] warm call over HTTP: " + (System.nanoTime() - again) / 1_000_000 + " ms");
    }

    @Test
    void periodsAreCheckedAndOnlyOfficesAndAdministratorsSeeTheFigures() {
        Fixtures.World w = fixtures.world();
        String office = login(w.specialist());
        Api.Response backwards = api().get(STATS + "?from=2024-06-30&to=2024-06-01", office);
        assertStatus(400, backwards);
        assertEquals("to", backwards.json().get("errors").get(0).get("field").getStringValue());
        assertTrue(backwards.contentType().startsWith("application/problem+json"), backwards.contentType());
        assertStatus(400, api().get(STATS + "?from=2010-01-01&to=2024-06-01", office));
        assertStatus(400, api().get(STATS + "?from=2024-01-01", office));
        assertStatus(400, api().get(STATS + "/export?from=2024-06-30&to=2024-06-01", office));
        assertStatus(403, api().get(STATS + PERIOD, login(w.unitOfficer())));
        assertStatus(403, api().get(STATS + "/export" + PERIOD, login(w.unitOfficer())));
        assertStatus(401, api().get(STATS + PERIOD, null));
        String client = fixtures.machineClientNamed(w, "stats", "public:read", "petitions:submit");
        String machine = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + client + "&client_secret="
                + Fixtures.PASSWORD).contentType("application/x-www-form-urlencoded")).text("access_token");
        assertNotNull(machine);
        assertStatus(403, api().get(STATS + PERIOD, machine));
        assertStatus(403, api().get(STATS + "/export" + PERIOD, machine));
        Api.Response empty = api().get(STATS + PERIOD, login(w.admin()));
        assertStatus(200, empty);
        assertEquals(0, c(empty.json(), "received"));
        assertEquals(21, empty.json().get("byMonth").size());
        assertEquals(4, empty.json().get("byKind").size());
        assertEquals(0, empty.json().get("byOffice").size());
        assertTrue(empty.json().get("officeId").isNull());
    }

    @Test
    void theExportHasTheNumbersAsNumbersAndNoPetitionText() throws Exception {
        Seed000Petitions.Petitions s = Seed000Petitions.petitions(fixtures, fixtures.world());
        HttpResponse<byte[]> response;
        try {
            response = httpClient.toBlocking().exchange(HttpRequest.GET(STATS + "/export" + PERIOD).bearerAuth(login(s.w().leader())), byte[].class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
        }
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.getContentType().orElseThrow().toString());
        assertTrue(response.getHeaders().get("Content-Disposition").contains("thong-ke-don-thu-2022-10-01-2024-06-30.xlsx"));
        long total = PARTY_RECEIVED + COUNCIL_RECEIVED + DELEGATION_RECEIVED;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (String sheet : new String[]{"Tổng hợp", "Theo loại đơn", "Theo nguồn đơn", "Theo văn phòng", "Theo cơ quan", "Theo tháng"}) {
                assertNotNull(workbook.getSheet(sheet), sheet);
            }
            assertEquals(6, workbook.getNumberOfSheets());
            // no subject, content or anything else of a petition's text anywhere (every subject reads «… (hồ sơ TU-12)»)
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            assertFalse(text.contains("hồ sơ") || text.contains("Nội dung chi tiết") || text.contains("Ban Tiếp công dân"), sheet.getSheetName() + ": " + text);
                        }
                    }
                }
            }
            // «Tổng hợp»: the figures as numeric cells
            Map<String, Double> summary = new HashMap<>();
            for (Row row : workbook.getSheet("Tổng hợp")) {
                Cell label = row.getCell(1);
                Cell value = row.getCell(2);
                if (label != null && value != null && value.getCellType() == CellType.NUMERIC) {
                    summary.put(label.getStringCellValue(), value.getNumericCellValue());
                }
            }
            assertEquals(total, number(summary, "Số đơn thư tiếp nhận"));
            assertEquals(PARTY_FORWARDED + COUNCIL_FORWARDED + DELEGATION_FORWARDED, number(summary, "Số đơn đã chuyển cơ quan có thẩm quyền giải quyết"));
            assertEquals(PARTY_DOCUMENTS + COUNCIL_DOCUMENTS + DELEGATION_FORWARDED, number(summary, "Số văn bản xử lý đơn đã ban hành trong kỳ"));
            // «Theo cơ quan»: 1,454 with its 281 documents, 831; «Theo văn phòng»: 979
            Map<String, double[]> byBody = lines(workbook.getSheet("Theo cơ quan"));
            assertEquals(COUNCIL_RECEIVED, byBody.get("Thường trực HĐND tỉnh")[0]);
            assertEquals(COUNCIL_DOCUMENTS, byBody.get("Thường trực HĐND tỉnh")[16]);
            assertEquals(DELEGATION_RECEIVED, byBody.get("Đoàn đại biểu Quốc hội tỉnh")[0]);
            assertEquals(total, byBody.get("Tổng cộng")[0]);
            Map<String, double[]> byOffice = lines(workbook.getSheet("Theo văn phòng"));
            assertEquals(PARTY_RECEIVED, byOffice.get("Văn phòng Tỉnh ủy")[0]);
            assertEquals(PARTY_FORWARDED, byOffice.get("Văn phòng Tỉnh ủy")[4]);
            Map<String, double[]> byKind = lines(workbook.getSheet("Theo loại đơn"));
            assertEquals(total, byKind.get("Tổng cộng")[0]);
            assertEquals(total, byKind.get("Khiếu nại")[0] + byKind.get("Tố cáo")[0] + byKind.get("Kiến nghị")[0] + byKind.get("Phản ánh")[0]);
            Map<String, double[]> byChannel = lines(workbook.getSheet("Theo nguồn đơn"));
            assertEquals(total, byChannel.get("Tổng cộng")[0]);
            assertEquals(21 + 1, lines(workbook.getSheet("Theo tháng")).size(), "21 months and the total");
        }
    }

    private static long number(Map<String, Double> summary, String label) {
        Double value = summary.get(label);
        assertNotNull(value, label + " in " + summary);
        return value.longValue();
    }

    /** The numeric cells from column 2 of each line of a breakdown sheet, by its label (column 1). */
    private static Map<String, double[]> lines(Sheet sheet) {
        Map<String, double[]> out = new HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(1);
            Cell first = row.getCell(2);
            if (label == null || first == null || first.getCellType() != CellType.NUMERIC) {
                continue;
            }
            double[] values = new double[row.getLastCellNum() - 2];
            for (int c = 2; c < row.getLastCellNum(); c++) {
                assertEquals(CellType.NUMERIC, row.getCell(c).getCellType(), sheet.getSheetName() + " " + label.getStringCellValue() + " column " + c);
                values[c - 2] = row.getCell(c).getNumericCellValue();
            }
            out.put(label.getStringCellValue(), values);
        }
        return out;
    }

    @Test
    void theReviewGetsThePetitionFiguresPerOfficeAndPerBody() {
        Seed000Petitions.Petitions s = Seed000Petitions.petitions(fixtures, fixtures.world());
        Fixtures.World w = s.w();
        assertEquals(ReviewSection.PETITIONS, reviewFigures.section());
        List<UUID> offices = List.of(w.partyOffice(), s.naOffice(), w.peoplesCommitteeOffice());
        List<ReviewFigureSource.Figure> figures = reviewFigures.figures(w.jurisdictionId(), offices, LocalDate.parse(Seed000Petitions.FROM),
                LocalDate.parse(Seed000Petitions.TO));
        Map<String, ReviewFigureSource.Figure> byKey = new HashMap<>();
        figures.forEach(f -> byKey.put(f.key() + "|" + (f.qualifier() == null ? "" : f.qualifier()), f));

        ReviewFigureSource.Figure received = byKey.get("PETITIONS_RECEIVED|");
        assertEquals("Đơn thư tiếp nhận", received.label());
        assertEquals(PARTY_RECEIVED + COUNCIL_RECEIVED + DELEGATION_RECEIVED, received.total().value());
        assertEquals(PARTY_RECEIVED, received.byOffice().get(w.partyOffice()).value());
        assertEquals(COUNCIL_RECEIVED + DELEGATION_RECEIVED, received.byOffice().get(s.naOffice()).value());
        assertEquals(0, received.byOffice().get(w.peoplesCommitteeOffice()).value());
        assertEquals("/petitions?receivedFrom=2022-10-01&receivedTo=2024-06-30", received.total().link());
        assertEquals("/petitions?receivedFrom=2022-10-01&receivedTo=2024-06-30&officeId=" + w.partyOffice(), received.byOffice().get(w.partyOffice()).link());

        ReviewFigureSource.Figure forwarded = byKey.get("PETITIONS_FORWARDED|");
        assertEquals("PETITIONS_RECEIVED", forwarded.basis());
        assertEquals(PARTY_FORWARDED, forwarded.byOffice().get(w.partyOffice()).value());
        assertEquals(PARTY_FORWARDED + COUNCIL_FORWARDED + DELEGATION_FORWARDED, forwarded.total().value());
        assertTrue(forwarded.total().link().endsWith("&status=FORWARDED"));

        assertEquals(COUNCIL_RECEIVED, byKey.get("PETITIONS_RECEIVED_BY_BODY|TTHDND").total().value());
        assertEquals(COUNCIL_RECEIVED, byKey.get("PETITIONS_RECEIVED_BY_BODY|TTHDND").byOffice().get(s.naOffice()).value());
        assertEquals(0, byKey.get("PETITIONS_RECEIVED_BY_BODY|TTHDND").byOffice().get(w.partyOffice()).value());
        assertEquals(DELEGATION_RECEIVED, byKey.get("PETITIONS_RECEIVED_BY_BODY|DDBQH").total().value());

        ReviewFigureSource.Figure documents = byKey.get("HANDLING_DOCUMENTS|");
        assertEquals("Văn bản xử lý đơn đã ban hành", documents.label());
        assertEquals(PARTY_DOCUMENTS + COUNCIL_DOCUMENTS + DELEGATION_FORWARDED, documents.total().value());
        assertEquals(PARTY_DOCUMENTS, documents.byOffice().get(w.partyOffice()).value());
        assertEquals(COUNCIL_DOCUMENTS, byKey.get("HANDLING_DOCUMENTS_BY_BODY|TTHDND").total().value());
        assertEquals(COUNCIL_DOCUMENTS, byKey.get("HANDLING_DOCUMENTS_BY_BODY|TTHDND").byOffice().get(s.naOffice()).value());

        assertEquals(PARTY_RESOLVED, byKey.get("PETITIONS_RESOLVED|").total().value());
        assertEquals("PETITIONS_RESOLVED", byKey.get("PETITIONS_RESOLVED_ON_TIME|").basis());
        assertEquals(PARTY_RESOLVED - PARTY_RESOLVED_LATE, byKey.get("PETITIONS_RESOLVED_ON_TIME|").total().value());
        assertEquals(PARTY_RESOLVED_LATE, byKey.get("PETITIONS_RESOLVED_LATE|").byOffice().get(w.partyOffice()).value());
        assertEquals("PETITIONS_RESOLVED", byKey.get("PETITIONS_RESOLVED_LATE|").basis());
        ReviewFigureSource.Figure overdue = byKey.get("PETITIONS_OVERDUE|");
        assertEquals(PARTY_AWAITING + PARTY_ACCEPTED_OVERDUE + COUNCIL_AWAITING, overdue.total().value());
        assertEquals(COUNCIL_AWAITING, overdue.byOffice().get(s.naOffice()).value());
        assertTrue(overdue.total().link().endsWith("&overdue=true"));

        // the previous period of the same length holds only the three petitions of 30/9/2022
        List<ReviewFigureSource.Figure> before = reviewFigures.figures(w.jurisdictionId(), offices, LocalDate.parse("2020-12-31"), LocalDate.parse("2022-09-30"));
        assertEquals(3, before.stream().filter(f -> f.key().equals("PETITIONS_RECEIVED") && f.qualifier() == null).findFirst().orElseThrow().total().value());
    }
}
