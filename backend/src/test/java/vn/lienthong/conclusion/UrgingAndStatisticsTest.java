package vn.lienthong.conclusion;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UrgingAndStatisticsTest extends ConclusionTestSupport {
    @Inject
    UrgingJob urgingJob;
    @Inject
    JdbcOperations jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private byte[] download(String path, String token) {
        try {
            return httpClient.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), byte[].class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " -> " + e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
        }
    }

    @Test
    void theUrgingJobRemindsOncePerDayAndPreparesALetterThatDownloadsAndIsNumberedWhenSent() throws Exception {
        Fixtures.World world = fixtures.world();
        String doc = record(world, notice(world, today().toString(),
                task("Hoàn thiện đề án sắp xếp đơn vị sự nghiệp", world.unit(), null, today().plusDays(1).toString()),
                task("Báo cáo tổng kết", world.unit(), null, today().plusDays(60).toString()))).text("id");
        String unit = login(world.unitOfficer());
        long before = api().get("/api/v1/notifications/unread-count", unit).json().get("count").getLongValue();

        clock.advance(Duration.ofDays(3));
        assertTrue(urgingJob.run());
        assertEquals(before + 1, api().get("/api/v1/notifications/unread-count", unit).json().get("count").getLongValue(), "the overdue task is urged");
        assertTrue(urgingJob.run());
        assertEquals(before + 1, api().get("/api/v1/notifications/unread-count", unit).json().get("count").getLongValue(), "once per day");

        String office = login(world.otherOfficeSpecialist());
        Api.Response overdue = api().get("/api/v1/conclusion-tasks?status=OVERDUE", office);
        assertEquals(1, overdue.json().get("totalItems").getIntValue());
        Api.Response letters = api().get("/api/v1/conclusion-urging-letters?sent=false", office);
        assertEquals(1, letters.json().get("totalItems").getIntValue(), letters.body());
        String letterId = letters.json().get("items").get(0).get("id").getStringValue();

        byte[] docx = download("/api/v1/conclusion-urging-letters/" + letterId + "/document", office);
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertTrue(text.contains("Kính gửi: Sở Nội vụ"), text);
        assertTrue(text.contains("Hoàn thiện đề án sắp xếp đơn vị sự nghiệp"), text);
        assertTrue(!text.contains("Báo cáo tổng kết"), "only overdue tasks are listed");
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));

        Api.Response sent = api().send(HttpRequest.POST("/api/v1/conclusion-urging-letters/" + letterId + "/sending", "").bearerAuth(office));
        assertEquals(200, sent.status(), sent.body());
        assertEquals("1/" + LocalDate.now(clock).getYear(), sent.text("reference"));
        assertEquals(409, api().send(HttpRequest.POST("/api/v1/conclusion-urging-letters/" + letterId + "/sending", "").bearerAuth(office)).status());
        assertEquals(404, api().get("/api/v1/conclusion-urging-letters/" + letterId, login(world.specialist())).status(), "another office's letter");
        assertTrue(api().get("/api/v1/conclusion-tasks/" + firstTaskId(world, doc) + "/history", unit).body().contains("\"kind\":\"URGED\""));
    }

    @Test
    void anOfficePreparesALetterOnDemandOnlyWhenSomethingIsOverdue() {
        Fixtures.World world = fixtures.world();
        record(world, notice(world, today().toString(), task(world.unit(), today().plusDays(10).toString())));
        String office = login(world.otherOfficeSpecialist());
        Api.Response nothing = api().postJson("/api/v1/conclusion-urging-letters", office, "{\"unitId\":\"" + world.unit() + "\"}");
        assertEquals(409, nothing.status());
        clock.advance(Duration.ofDays(11));
        Api.Response prepared = api().postJson("/api/v1/conclusion-urging-letters", office, "{\"unitId\":\"" + world.unit() + "\"}");
        assertEquals(201, prepared.status(), prepared.body());
        assertEquals(1, prepared.json().get("taskIds").size());
    }

    /** Seed 003: 585 tasks assigned, 550 done, 35 in progress — 94 % and 6 %. */
    @Inject
    TransactionOperations<Connection> tx;

    void seed003(Fixtures.World world, LocalDate issuedOn) {
        tx.executeWrite(status -> insertSeed003(world, issuedOn));
    }

    private int insertSeed003(Fixtures.World world, LocalDate issuedOn) {
        UUID doc = UUID.randomUUID();
        jdbc.prepareStatement("INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, created_by, created_at, updated_at) "
                + "SELECT ?, ?, ?, 'RESOLUTION', '927-VB', ?, ?, 'Bí thư', 'Các văn bản của Đảng cần triển khai', u.id, now(), now() FROM app_user u WHERE u.username = ?", s -> {
            s.setObject(1, doc);
            s.setObject(2, world.jurisdictionId());
            s.setObject(3, world.peoplesCommitteeOffice());
            s.setObject(4, issuedOn);
            s.setObject(5, world.body());
            s.setString(6, world.otherOfficeSpecialist());
            return s.executeUpdate();
        });
        jdbc.prepareStatement("""
                INSERT INTO conclusion_task (id, jurisdiction_id, document_id, document_issued_on, position, content, expected_result, lead_unit_id, focal_officer,
                                             deadline, original_deadline, following_office_id, state, completed_on, created_at, updated_at)
                SELECT gen_random_uuid(), ?, ?, ?::date, n, 'Nhiệm vụ ' || n, 'Kết quả', CASE WHEN n % 2 = 0 THEN ?::uuid ELSE ?::uuid END, 'Đầu mối',
                       ?::date + 400, ?::date + 400, ?, CASE WHEN n <= 550 THEN 'DONE' ELSE 'OPEN' END, CASE WHEN n <= 550 THEN ?::date + 30 END, now(), now()
                FROM generate_series(1, 585) n""", s -> {
            s.setObject(1, world.jurisdictionId());
            s.setObject(2, doc);
            s.setObject(3, issuedOn);
            s.setObject(4, world.unit());
            s.setObject(5, world.secondUnit());
            s.setObject(6, issuedOn);
            s.setObject(7, issuedOn);
            s.setObject(8, world.peoplesCommitteeOffice());
            s.setObject(9, issuedOn);
            return s.executeUpdate();
        });
        return 585;
    }

    @Test
    void theSeed003FixtureGives94And6PercentAndTheExportCarriesThem() throws Exception {
        Fixtures.World world = fixtures.world();
        LocalDate issued = today().minusDays(60);
        seed003(world, issued);
        String office = login(world.otherOfficeSpecialist());
        String query = "?from=" + issued.withDayOfYear(1) + "&to=" + today();
        Api.Response stats = api().get("/api/v1/conclusion-statistics" + query, office);
        assertEquals(200, stats.status(), stats.body());
        var total = stats.json().get("total");
        assertEquals(585, total.get("assigned").getIntValue());
        assertEquals(550, total.get("doneOnTime").getIntValue());
        assertEquals(35, total.get("inProgress").getIntValue());
        assertEquals("94.0", total.get("doneOnTimePercent").coerceStringValue().replaceAll("^94$", "94.0"));
        assertEquals("6.0", total.get("inProgressPercent").coerceStringValue().replaceAll("^6$", "6.0"));
        assertEquals(2, stats.json().get("byUnit").size(), "league table per lead unit");

        Api.Response unitView = api().get("/api/v1/conclusion-statistics" + query, login(world.unitOfficer()));
        assertEquals(292, unitView.json().get("total").get("assigned").getIntValue(), "a unit sees its own tasks only");
        assertEquals(403, api().get("/api/v1/conclusion-statistics" + query + "&unitId=" + world.secondUnit(), login(world.unitOfficer())).status());

        byte[] xlsx = download("/api/v1/conclusion-statistics/export" + query, office);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var totalRow = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", totalRow.getCell(1).getStringCellValue());
            assertEquals(585, (int) totalRow.getCell(2).getNumericCellValue());
            assertEquals(94.0, totalRow.getCell(4).getNumericCellValue());
            assertEquals(6.0, totalRow.getCell(8).getNumericCellValue());
        }
        assertEquals(400, api().get("/api/v1/conclusion-statistics?from=" + today() + "&to=" + today().minusDays(1), office).status());
    }
}
