package vn.lienthong.kernel.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /units/imports and GET /units/import-template over real HTTP. */
@MicronautTest(transactional = false)
class UnitImportApiTest extends ApiTestBase {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Hiệu lực từ ngày,Hiệu lực đến ngày";

    Api.Response upload(String token, String fileName, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/api/v1/units/imports", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }

    long units(Fixtures.World w) {
        return fixtures.count("SELECT count(*) FROM unit WHERE jurisdiction_id = ?", w.jurisdictionId());
    }

    @Test
    void aGoodXlsxCreatesEveryUnitAudited() throws IOException {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        byte[] file = xlsx(new String[][] {HEADER.split(","),
                {"XA_TAN_CUONG", "Xã Tân Cương", "Xã", "01/07/2025", ""},
                {"PHUONG_1", "Phường Một", "WARD", "2025-07-01", "31/12/2030"},
                {"SO_TC", "Sở Tài chính", "Sở, ban, ngành", "1/1/2020", ""}});
        Api.Response done = upload(admin, "don-vi.xlsx", XLSX, file);
        assertEquals(200, done.status(), done.body());
        assertEquals(3, done.json().get("created").getIntValue());
        assertEquals("COMMUNE", done.json().get("units").get(0).get("kind").getStringValue());
        assertEquals("2030-12-31", done.json().get("units").get(1).get("validTo").getStringValue());
        assertEquals("DEPARTMENT", done.json().get("units").get(2).get("kind").getStringValue());
        assertEquals(5, units(w));
        assertEquals(3, fixtures.count("SELECT count(*) FROM audit_event WHERE jurisdiction_id = ? AND entity_type = 'unit' AND action = 'CREATE'", w.jurisdictionId()));
    }

    @Test
    void aBadCsvRefusesTheWholeFileAndCreatesNothing() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        long before = units(w);
        String csv = HEADER + "\n"
                + "XA_MOT,Xã Một,Xã,01/07/2025,\n"
                + "XA_MOT,Xã Một Nữa,Xã,01/07/2025,\n"
                + "SNV,Sở Nội vụ,Sở,01/01/2020,\n"
                + "thuong,,Tỉnh,32/13/2025,\n"
                + "XA_HAI,Xã Hai,Xã,01/07/2025,30/06/2025\n";
        Api.Response refused = upload(admin, "don-vi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.body());
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        for (String f : List.of("rows[3].code", "rows[4].code", "rows[5].kind", "rows[5].validFrom", "rows[5].code", "rows[5].name", "rows[6].validTo")) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
        assertTrue(fields.stream().noneMatch(f -> f.startsWith("rows[2].")), fields.toString());
        assertEquals(before, units(w));
        assertEquals(403, upload(login(w.specialist()), "don-vi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(403, api().get("/api/v1/units/import-template", login(w.specialist())).status());
    }

    @Test
    void theTemplatesParseBackWithTheSameHeadingsAndImport() throws IOException {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        HttpResponse<byte[]> xlsx = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/units/import-template?format=xlsx").bearerAuth(admin), byte[].class);
        assertTrue(xlsx.header("Content-Disposition").contains("mau-don-vi.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> headings = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
            assertEquals(List.of(HEADER.split(",")), headings);
        }
        assertEquals(200, upload(admin, "mau-don-vi.xlsx", XLSX, xlsx.body()).status());
        HttpResponse<byte[]> csv = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/units/import-template?format=csv").bearerAuth(admin), byte[].class);
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("\uFEFF" + HEADER + "\r\n"));
        // the same examples again: their codes are taken now
        Api.Response again = upload(admin, "mau-don-vi.csv", "text/csv", csv.body());
        assertEquals(422, again.status(), again.body());
        assertEquals(2, again.json().get("errors").size());
    }

    static byte[] xlsx(String[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đơn vị");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
