package vn.lienthong.meeting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class BridgePointImportTest extends MeetingTestSupport {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "Tên điểm cầu,Mã đơn vị,Địa chỉ,Người liên hệ,Điện thoại,Số đại biểu dự kiến,Số đại biểu thực tế";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Api.Response upload(String token, String meetingId, String mode, String fileName, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/api/v1/meetings/" + meetingId + "/bridge-points/import" + (mode == null ? "" : "?mode=" + mode), body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }

    private static byte[] csv(String text, boolean bom) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return bytes;
        }
        byte[] out = new byte[bytes.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    /** Row i (1-based): every 7th at Sở Nội vụ, every 11th at Sở Y tế; an address with a comma (quoted); actual delegates for two in three. */
    private static String goodCsv(int rows, String prefix) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            String unit = i % 7 == 0 ? "SNV" : i % 11 == 0 ? "syt" : "";
            out.append(prefix).append(' ').append(i).append(',').append(unit).append(",\"Nhà văn hóa thôn ").append(i).append(", xã Đông ").append(i)
                    .append("\",Nguyễn Văn ").append(i).append(",0912 000 ").append(String.format("%03d", i % 1000)).append(',').append(expected(i)).append(',')
                    .append(i % 3 == 0 ? "" : String.valueOf(actual(i))).append("\r\n");
        }
        return out.toString();
    }

    private static int expected(int i) {
        return 30 + i % 20;
    }

    private static int actual(int i) {
        return 25 + i % 17;
    }

    private long points(String meetingId) {
        return fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid", meetingId);
    }

    private long meetingVersion(String meetingId) {
        return fixtures.count("SELECT version FROM meeting WHERE id = ?::uuid", meetingId);
    }

    @Test
    void aGoodCsvOf230RowsIsImportedWholeWithTheConferenceTotals() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến toàn tỉnh triển khai Nghị quyết", 10, "HYBRID", "INTERNAL");
        String token = login(mw.w().specialist());
        long version = meetingVersion(meeting);

        Api.Response imported = upload(token, meeting, null, "diem-cau.csv", "text/csv", csv(goodCsv(230, "Điểm cầu xã"), true));
        assertStatus(200, imported);
        JsonNode result = imported.json();
        long expected = 0;
        long actual = 0;
        for (int i = 1; i <= 230; i++) {
            expected += expected(i);
            actual += i % 3 == 0 ? 0 : actual(i);
        }
        assertEquals(230, result.get("imported").getIntValue());
        assertEquals(230, result.get("bridgePoints").getLongValue());
        assertEquals(expected, result.get("expectedDelegates").getLongValue());
        assertEquals(actual, result.get("actualDelegates").getLongValue());
        assertEquals("APPEND", text(result, "mode"));

        assertEquals(230, points(meeting));
        assertEquals(1, fixtures.count("SELECT min(position) FROM meeting_bridge_point WHERE meeting_id = ?::uuid", meeting));
        assertEquals(230, fixtures.count("SELECT max(position) FROM meeting_bridge_point WHERE meeting_id = ?::uuid", meeting));
        assertEquals(32, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND unit_id = ?", meeting, mw.w().unit()),
                "every 7th row names Sở Nội vụ by its code");
        assertEquals(18, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND unit_id = ?", meeting, mw.w().secondUnit()),
                "unit codes are matched without regard to case");
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND position = 7 AND name = 'Điểm cầu xã 7' "
                + "AND address = 'Nhà văn hóa thôn 7, xã Đông 7' AND contact_phone = '0912 000 007' AND actual_delegates = 32", meeting));
        assertEquals(version + 1, meetingVersion(meeting), "the meeting's version moves");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'meeting' AND entity_id = ? AND action = 'IMPORT'", meeting));

        Api.Response list = api().get("/api/v1/meetings/" + meeting + "/bridge-points?size=5&q=cau%20xa%2012", token);
        assertStatus(200, list);
        assertEquals("Điểm cầu xã 12", text(list.json().get("items").get(0), "name"), "q is matched on the name without diacritics");
        Api.Response firstPage = api().get("/api/v1/meetings/" + meeting + "/bridge-points?size=3", login(mw.w().otherOfficeSpecialist()));
        assertStatus(200, firstPage);
        assertEquals(230, firstPage.json().get("totalItems").getLongValue());
        assertEquals("Điểm cầu xã 1", text(firstPage.json().get("items").get(0), "name"), "in position order");

        Api.Response counts = api().get("/api/v1/meetings/" + meeting, token);
        assertEquals(230, counts.json().get("counts").get("bridgePoints").getLongValue());
    }

    @Test
    void twoThousandRowsAreImportedInWellUnderTwoSeconds() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến toàn quốc", 10, "ONLINE", "PUBLIC");
        String token = login(mw.w().specialist());
        byte[] file = csv(goodCsv(2000, "Điểm cầu"), true);
        upload(token, createMeeting(mw, "Khởi động", 11, "ONLINE", "PUBLIC"), null, "warmup.csv", "text/csv", csv(goodCsv(50, "Khởi động"), false));
        long started = System.nanoTime();
        Api.Response imported = upload(token, meeting, null, "2000.csv", "text/csv", file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertStatus(200, imported);
        assertEquals(2000, points(meeting));
        System.out.println("[bridge-points] 2,000-row CSV import over HTTP: " + millis + " ms");
        assertTrue(millis < 2000, "took " + millis + " ms");
    }

    @Test
    void anXlsxWithEnglishHeadingsInAnotherOrderIsRead() throws Exception {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị giao ban trực tuyến", 10, "ONLINE", "PUBLIC");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            String[] heads = {"STT", "Expected delegates", "NAME", "unit code", "Phone", "Actual delegates", "Ghi chú"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < heads.length; c++) {
                head.createCell(c).setCellValue(heads[c]);
            }
            for (int i = 1; i <= 40; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(20 + i);
                row.createCell(2).setCellValue("Điểm cầu phường " + i);
                if (i == 5) {
                    row.createCell(3).setCellValue("SYT");
                }
                row.createCell(4).setCellValue("0203 " + (100000 + i));
                if (i % 2 == 0) {
                    row.createCell(5).setCellValue(18 + i);
                }
                row.createCell(6).setCellValue("ghi chú bỏ qua");
            }
            sheet.createRow(45); // a blank row at the end is ignored
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Response imported = upload(login(mw.w().specialist()), meeting, null, "Danh sách điểm cầu.xlsx", XLSX, xlsx);
        assertStatus(200, imported);
        assertEquals(40, imported.json().get("bridgePoints").getLongValue());
        assertEquals(40 * 20 + 40 * 41 / 2, imported.json().get("expectedDelegates").getLongValue());
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND name = 'Điểm cầu phường 5' "
                + "AND unit_id = ? AND expected_delegates = 25 AND actual_delegates IS NULL AND contact_phone = '0203 100005'", meeting, mw.w().secondUnit()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND position = 40 AND actual_delegates = 58", meeting));
    }

    @Test
    void aSemicolonCsvWithQuotedLineBreaksAndNoBomIsRead() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "ONLINE", "PUBLIC");
        String text = "ten diem cau;so dai bieu du kien;DIA CHI\n"
                + "\"Điểm cầu \"\"Trung tâm\"\"\";1.250;\"Tầng 2;\nSố 1 Lê Lợi\"\n"
                + "Điểm cầu Bắc;12;\n"
                + ";;\n";
        Api.Response imported = upload(login(mw.w().specialist()), meeting, null, "list.csv", "application/vnd.ms-excel", csv(text, false));
        assertStatus(200, imported);
        assertEquals(1262, imported.json().get("expectedDelegates").getLongValue());
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND name = 'Điểm cầu \"Trung tâm\"' "
                + "AND address = E'Tầng 2;\\nSố 1 Lê Lợi'", meeting));
    }

    @Test
    void badRowsAreAllListedWithTheirRowNumbersAndNothingIsWritten() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến sơ kết", 10, "HYBRID", "INTERNAL");
        String token = login(mw.w().specialist());
        assertStatus(201, post(token, "/api/v1/meetings/" + meeting + "/bridge-points",
                "{\"name\":\"Điểm cầu Sở Nội vụ\",\"unitId\":\"" + mw.w().unit() + "\",\"address\":null,\"contactName\":null,\"contactPhone\":null,"
                        + "\"expectedDelegates\":20,\"actualDelegates\":null}"));
        long before = points(meeting);
        long version = meetingVersion(meeting);
        String file = HEADER + "\n"
                + "Điểm cầu A,,,,,10,\n"                    // 2 ok
                + ",SNV,,,,10,\n"                            // 3 missing name
                + "Điểm cầu C,,,,,-5,\n"                    // 4 negative
                + "Điểm cầu D,,,,,mười,\n"                  // 5 not a number
                + "Điểm cầu E,KHONGCO,,,,10,\n"             // 6 unknown unit code
                + "DIEM CAU A,,,,,10,\n"                    // 7 same as row 2 without diacritics
                + "Điểm cầu G,,\"" + "x".repeat(501) + "\",,,10,\n" // 8 address too long
                + "điểm cầu sở nội vụ,,,,,10,\n"            // 9 already in the meeting
                + "Điểm cầu I,,,,,10,12.5\n"               // 10 not a whole number
                + "Điểm cầu K,,,,,,\n";                     // 11 expected delegates missing
        Api.Response refused = upload(token, meeting, null, "sai.csv", "text/csv", csv(file, true));
        assertStatus(422, refused);
        assertEquals("urn:lienthong:problem:unprocessable", refused.text("type"));
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").values().forEach(e -> fields.add(text(e, "field")));
        assertEquals(List.of("rows[3].name", "rows[4].expectedDelegates", "rows[5].expectedDelegates", "rows[6].unitCode", "rows[7].name",
                "rows[8].address", "rows[9].name", "rows[10].actualDelegates", "rows[11].expectedDelegates"), fields, refused.body());
        String body = refused.body();
        assertTrue(body.contains("row 2 of the file"), body);
        assertTrue(body.contains("KHONGCO"), body);
        assertTrue(body.contains("Điểm cầu Sở Nội vụ"), body);
        assertEquals(before, points(meeting), "nothing is written");
        assertEquals(version, meetingVersion(meeting));

        // in REPLACE mode the existing points do not count as duplicates, the file's own problems still do
        Api.Response replaced = upload(token, meeting, "REPLACE", "sai.csv", "text/csv", csv(file, true));
        assertStatus(422, replaced);
        assertEquals(8, replaced.json().get("errors").size(), replaced.body());
        assertEquals(before, points(meeting));
    }

    @Test
    void missingColumnsEmptyFilesAndTooManyRowsAre422() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "ONLINE", "PUBLIC");
        String token = login(mw.w().specialist());
        Api.Response noColumn = upload(token, meeting, null, "a.csv", "text/csv", csv("Tên điểm cầu,Địa chỉ\nĐiểm cầu A,Thôn 1\n", false));
        assertStatus(422, noColumn);
        assertTrue(noColumn.body().contains("Số đại biểu dự kiến"), noColumn.body());
        assertEquals("header", text(noColumn.json().get("errors").get(0), "field"));

        assertStatus(422, upload(token, meeting, null, "empty.csv", "text/csv", new byte[0]));
        assertStatus(422, upload(token, meeting, null, "header-only.csv", "text/csv", csv(HEADER + "\r\n\r\n", true)));
        Api.Response tooMany = upload(token, meeting, null, "big.csv", "text/csv", csv(goodCsv(5001, "Điểm"), true));
        assertStatus(422, tooMany);
        assertTrue(tooMany.body().contains("5000"), tooMany.body());
        assertStatus(422, upload(token, meeting, null, "latin1.csv", "text/csv", (HEADER + "\nĐiểm cầu,,,,,1,\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(0, points(meeting));
    }

    @Test
    void aCsvWithControlCharactersIs422() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "ONLINE", "PUBLIC");
        String token = login(mw.w().specialist());
        // an escape sequence (terminal colours) past the first bytes: valid UTF-8, but not a list typed in Excel
        Api.Response escape = upload(token, meeting, null, "a.csv", "text/csv", csv(HEADER + "\r\nĐiểm cầu \u001b[31mA,,,,,1,\r\n", true));
        assertStatus(422, escape);
        assertEquals("file", text(escape.json().get("errors").get(0), "field"));
        assertEquals(0, points(meeting));
    }

    @Test
    void replaceModeReplacesTheWholeList() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "ONLINE", "PUBLIC");
        String token = login(mw.w().specialist());
        assertStatus(200, upload(token, meeting, null, "a.csv", "text/csv", csv(goodCsv(30, "Điểm cầu"), true)));
        Api.Response appended = upload(token, meeting, "APPEND", "b.csv", "text/csv", csv(goodCsv(5, "Điểm cầu bổ sung"), true));
        assertStatus(200, appended);
        assertEquals(35, appended.json().get("bridgePoints").getLongValue());
        assertEquals(1, fixtures.count("SELECT count(*) FROM meeting_bridge_point WHERE meeting_id = ?::uuid AND position = 31 AND name = 'Điểm cầu bổ sung 1'", meeting),
                "positions continue after the existing ones");

        Api.Response replaced = upload(token, meeting, "REPLACE", "c.csv", "text/csv", csv(goodCsv(5, "Điểm cầu"), true));
        assertStatus(200, replaced);
        assertEquals(5, replaced.json().get("imported").getIntValue());
        assertEquals(35, replaced.json().get("replaced").getIntValue());
        assertEquals(5, replaced.json().get("bridgePoints").getLongValue());
        assertEquals(5, points(meeting));
        assertEquals(5, fixtures.count("SELECT max(position) FROM meeting_bridge_point WHERE meeting_id = ?::uuid", meeting));
    }

    @Test
    void inPersonMeetingsOtherOfficesAndOtherFileTypesAreRefused() {
        MeetingWorld mw = meetingWorld();
        String token = login(mw.w().specialist());
        byte[] good = csv(goodCsv(3, "Điểm cầu"), true);
        String inPerson = createMeeting(mw, "Hội nghị Thường trực", 10, "IN_PERSON", "INTERNAL");
        Api.Response conflict = upload(token, inPerson, null, "a.csv", "text/csv", good);
        assertStatus(409, conflict);
        assertStatus(409, post(token, "/api/v1/meetings/" + inPerson + "/bridge-points", pointJson("Điểm cầu A", null, 10, null)));

        String online = createMeeting(mw, "Hội nghị trực tuyến", 11, "ONLINE", "PUBLIC");
        assertStatus(403, upload(login(mw.w().otherOfficeSpecialist()), online, null, "a.csv", "text/csv", good));
        assertStatus(403, post(login(mw.w().otherOfficeSpecialist()), "/api/v1/meetings/" + online + "/bridge-points", pointJson("Điểm cầu A", null, 10, null)));
        assertStatus(415, upload(token, online, null, "ghi-chu.txt", "text/plain", "Tên điểm cầu\nA\n".getBytes(StandardCharsets.UTF_8)));
        assertStatus(415, upload(token, online, null, "a.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
        assertStatus(415, upload(token, online, null, "cu.xls", "application/vnd.ms-excel", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}));
        assertStatus(415, upload(token, online, null, "gia.xlsx", XLSX, "không phải Excel".getBytes(StandardCharsets.UTF_8)));
        assertStatus(415, upload(token, online, null, "zip.xlsx", XLSX, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0}));
        assertEquals(0, points(online));

        // cancelled: reading is fine, writing is not
        assertStatus(200, upload(token, online, null, "a.csv", "text/csv", good));
        assertStatus(200, post(token, "/api/v1/meetings/" + online + "/cancellation", "{\"reason\":\"Thay đổi kế hoạch\"}"));
        assertStatus(409, upload(token, online, "REPLACE", "a.csv", "text/csv", good));
        Api.Response list = api().get("/api/v1/meetings/" + online + "/bridge-points", token);
        assertStatus(200, list);
        assertEquals(3, list.json().get("totalItems").getLongValue());
    }

    private static String pointJson(String name, String unitId, int expected, Integer actual) {
        return "{\"name\":\"" + name + "\",\"unitId\":" + (unitId == null ? "null" : "\"" + unitId + "\"") + ",\"address\":\"Hội trường\","
                + "\"contactName\":\"Lê Văn Nam\",\"contactPhone\":\"0987 654 321\",\"expectedDelegates\":" + expected + ",\"actualDelegates\":" + actual + "}";
    }

    @Test
    void singlePointsAreAddedUpdatedWithIfMatchAndDeleted() {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "HYBRID", "PUBLIC");
        String token = login(mw.w().specialist());
        Api.Response created = post(token, "/api/v1/meetings/" + meeting + "/bridge-points", pointJson("Điểm cầu Sở Y tế", mw.w().secondUnit().toString(), 30, null));
        assertStatus(201, created);
        String id = created.text("id");
        assertEquals("\"0\"", created.headers().get("ETag"));
        assertEquals(1, created.json().get("position").getIntValue());
        assertEquals("SYT", text(created.json().get("unit"), "code"));
        Api.Response second = post(token, "/api/v1/meetings/" + meeting + "/bridge-points", pointJson("Điểm cầu huyện", null, 15, null));
        assertEquals(2, second.json().get("position").getIntValue());

        Api.Response duplicate = post(token, "/api/v1/meetings/" + meeting + "/bridge-points", pointJson("ĐIỂM CẦU SỞ Y TẾ ", null, 10, null));
        assertStatus(409, duplicate);
        assertTrue(duplicate.body().contains("Điểm cầu Sở Y tế"), duplicate.body());
        assertStatus(400, post(token, "/api/v1/meetings/" + meeting + "/bridge-points", pointJson("Điểm cầu âm", null, -1, null)));
        assertStatus(422, post(token, "/api/v1/meetings/" + meeting + "/bridge-points", pointJson("Điểm cầu lạ", java.util.UUID.randomUUID().toString(), 1, null)));

        String path = "/api/v1/meeting-bridge-points/" + id;
        assertStatus(428, put(token, path, null, pointJson("Điểm cầu Sở Y tế", null, 30, 28)));
        assertStatus(412, put(token, path, "\"7\"", pointJson("Điểm cầu Sở Y tế", null, 30, 28)));
        assertStatus(409, put(token, path, "\"0\"", pointJson("Điểm cầu Huyện", null, 30, 28)));
        assertStatus(403, put(login(mw.w().otherOfficeSpecialist()), path, "\"0\"", pointJson("Điểm cầu Sở Y tế", null, 30, 28)));
        Api.Response updated = put(token, path, "\"0\"", pointJson("Điểm cầu Sở Y tế", null, 30, 28));
        assertStatus(200, updated);
        assertEquals("\"1\"", updated.headers().get("ETag"));
        assertEquals(28, updated.json().get("actualDelegates").getIntValue());
        assertTrue(updated.json().get("unit").isNull(), "the unit was removed");
        assertStatus(200, api().get(path, login(mw.w().otherOfficeSpecialist())));

        long version = meetingVersion(meeting);
        assertStatus(403, api().send(HttpRequest.DELETE(path).bearerAuth(login(mw.w().otherOfficeSpecialist()))));
        assertStatus(204, api().send(HttpRequest.DELETE(path).bearerAuth(token)));
        assertStatus(404, api().get(path, token));
        assertEquals(version + 1, meetingVersion(meeting));
        assertEquals(1, points(meeting));
        assertEquals(3, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'meeting_bridge_point' AND entity_id = ?", id));
    }

    @Test
    void theTemplatesCarryTheHeadingsAndImportAsTheyAre() throws Exception {
        MeetingWorld mw = meetingWorld();
        String meeting = createMeeting(mw, "Hội nghị trực tuyến", 10, "ONLINE", "PUBLIC");
        String token = login(mw.w().specialist());
        HttpResponse<byte[]> xlsx = download("/api/v1/meetings/" + meeting + "/bridge-points/template", token);
        assertEquals(XLSX, xlsx.getContentType().map(MediaType::toString).orElse(""));
        assertTrue(xlsx.getHeaders().get("Content-Disposition").contains("mau-diem-cau.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Tên điểm cầu", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("Số đại biểu dự kiến", workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue());
            assertNotNull(workbook.getSheet("Mã đơn vị"));
            assertEquals("SNV", workbook.getSheet("Mã đơn vị").getRow(1).getCell(0).getStringCellValue());
        }
        HttpResponse<byte[]> csv = download("/api/v1/meetings/" + meeting + "/bridge-points/template?format=CSV", token);
        assertTrue(csv.getContentType().map(MediaType::toString).orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFTên điểm cầu,Mã đơn vị,Địa chỉ"), text);

        assertStatus(200, upload(token, meeting, null, "mau-diem-cau.xlsx", XLSX, xlsx.body()));
        Api.Response again = upload(token, meeting, "REPLACE", "mau-diem-cau.csv", "text/csv", csv.body());
        assertStatus(200, again);
        assertEquals(1, again.json().get("bridgePoints").getLongValue());
        assertNotEquals(0, again.json().get("expectedDelegates").getLongValue());
    }

    private HttpResponse<byte[]> download(String path, String token) {
        try {
            return httpClient.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(token), byte[].class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(path + " -> " + e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
