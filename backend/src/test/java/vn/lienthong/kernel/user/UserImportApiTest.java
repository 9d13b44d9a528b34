package vn.lienthong.kernel.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.tree.JsonNode;
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
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /users/imports and GET /users/import-template over real HTTP: all or nothing, with every problem named by its row. */
@MicronautTest(transactional = false)
class UserImportApiTest extends ApiTestBase {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "Tên đăng nhập,Họ và tên,Vai trò,Mã văn phòng,Mã đơn vị,Email,Điện thoại";

    Api.Response upload(String token, String fileName, String type, byte[] content) {
        MultipartBody body = MultipartBody.builder().addPart("file", fileName, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/api/v1/users/imports", body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token));
    }

    long accounts(Fixtures.World w) {
        return fixtures.count("SELECT count(*) FROM app_user WHERE jurisdiction_id = ?", w.jurisdictionId());
    }

    @Test
    void aGoodCsvCreatesEveryAccountWithItsOneTimePasswordAndAuditsIt() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String p = w.code().toLowerCase();
        String csv = HEADER + "\r\n"
                + p + ".an,Nguyễn Văn An,Chuyên viên,VPUBND,,an@tinh.gov.vn,0912 345 678\r\n"
                + "\"" + p + ".Bình\",Trần Thị Bình,OFFICE_LEADER,vptu,,,\r\n"
                + p + ".cuong,Lê Văn Cường,Cán bộ đơn vị,,SYT,,\r\n";
        Api.Response done = upload(admin, "tai-khoan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, done.status(), done.body());
        assertEquals(3, done.json().get("created").getIntValue());
        JsonNode second = done.json().get("users").get(1);
        assertEquals(p + ".binh", second.get("user").get("username").getStringValue());
        assertEquals("OFFICE_LEADER", second.get("user").get("role").getStringValue());
        assertEquals(w.partyOffice().toString(), second.get("user").get("officeId").getStringValue());
        assertTrue(second.get("user").get("passwordChangeRequired").getBooleanValue());
        String oneTime = second.get("oneTimePassword").getStringValue();
        assertNotNull(oneTime);
        // nothing in clear: the stored hash is not the password
        assertEquals(0, fixtures.count("SELECT count(*) FROM app_user WHERE password_hash = ?", oneTime));
        assertEquals(200, api().postJson("/api/v1/auth/login", null, "{\"username\":\"" + p + ".binh\",\"password\":\"" + oneTime + "\"}").status());
        assertEquals(3, fixtures.count("SELECT count(*) FROM audit_event WHERE jurisdiction_id = ? AND entity_type = 'app_user' AND action = 'CREATE'",
                w.jurisdictionId()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE jurisdiction_id = ? AND action = 'IMPORT'", w.jurisdictionId()));
    }

    @Test
    void aBadXlsxRefusesTheWholeFileWithOneProblemPerRowAndCreatesNothing() throws IOException {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String p = w.code().toLowerCase();
        long before = accounts(w);
        byte[] file = xlsx(new String[][] {
                HEADER.split(","),
                {p + ".ok", "Người Tốt", "Chuyên viên", "VPUBND", "", "", ""},
                {p + ".OK", "Trùng Tên", "Chuyên viên", "VPUBND", "", "", ""},
                {w.specialist(), "Đã Có", "Chuyên viên", "VPTU", "", "", ""},
                {"x", "", "Giám đốc", "", "", "khong-phai-email", ""},
                {p + ".vp", "Sai Văn Phòng", "Chuyên viên", "VPXX", "", "", ""},
                {p + ".dv", "Thiếu Đơn Vị", "Cán bộ đơn vị", "", "", "", ""},
                {p + ".qg", "Quốc Gia", "NATIONAL_ADMIN", "", "", "", ""}});
        Api.Response refused = upload(admin, "tai-khoan.xlsx", XLSX, file);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("urn:lienthong:problem:unprocessable", refused.text("type"));
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        assertTrue(fields.contains("rows[3].username"), fields.toString());
        assertTrue(fields.contains("rows[4].username"), fields.toString());
        assertTrue(fields.contains("rows[5].fullName"), fields.toString());
        assertTrue(fields.contains("rows[5].role"), fields.toString());
        assertTrue(fields.contains("rows[5].email"), fields.toString());
        assertTrue(fields.contains("rows[6].officeCode"), fields.toString());
        assertTrue(fields.contains("rows[7].unitCode"), fields.toString());
        assertTrue(fields.contains("rows[8].role"), fields.toString());
        assertFalse(fields.stream().anyMatch(f -> f.startsWith("rows[2].")), fields.toString());
        assertEquals(before, accounts(w));
    }

    @Test
    void aChiefImportsOwnOfficeStaffOnlyAndOthersAre403() {
        Fixtures.World w = fixtures.world();
        String p = w.code().toLowerCase();
        String chief = p + ".cvp";
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT ?, ?, ?, 'Chánh Văn Phòng', password_hash, 'CHIEF_OF_OFFICE', ?, now(), now() FROM app_user WHERE username = ?",
                UUID.randomUUID(), w.jurisdictionId(), chief, w.partyOffice(), w.specialist());
        String token = login(chief);
        long before = accounts(w);
        String other = HEADER + "\n" + p + ".a,Nguyễn A,Chuyên viên,VPUBND,,,\n" + p + ".b,Nguyễn B,Chánh văn phòng,VPTU,,,\n";
        Api.Response refused = upload(token, "a.csv", "text/csv", other.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("rows[2].officeCode", refused.json().get("errors").get(0).get("field").getStringValue());
        assertEquals("rows[3].role", refused.json().get("errors").get(1).get("field").getStringValue());
        assertEquals(before, accounts(w));
        String own = HEADER + "\n" + p + ".c,Nguyễn C,Chuyên viên,VPTU,,,\n";
        assertEquals(200, upload(token, "a.csv", "text/csv", own.getBytes(StandardCharsets.UTF_8)).status());
        for (String user : List.of(w.specialist(), w.unitOfficer())) {
            Api.Response forbidden = upload(login(user), "a.csv", "text/csv", own.getBytes(StandardCharsets.UTF_8));
            assertEquals(403, forbidden.status(), forbidden.body());
            assertEquals(403, api().get("/api/v1/users/import-template", login(user)).status());
        }
    }

    @Test
    void theTemplatesParseBackWithTheSameHeadings() throws IOException {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        HttpResponse<byte[]> csv = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/users/import-template?format=csv").bearerAuth(admin), byte[].class);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + HEADER + "\r\n"), text);
        assertTrue(csv.header("Content-Disposition").contains("mau-tai-khoan.csv"));
        HttpResponse<byte[]> xlsx = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/users/import-template").bearerAuth(admin), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row head = book.getSheetAt(0).getRow(0);
            List<String> headings = new ArrayList<>();
            head.forEach(c -> headings.add(c.getStringCellValue()));
            assertEquals(List.of(HEADER.split(",")), headings);
        }
        // the template's example rows are a file the import reads (usernames made unique for this world)
        String example = text.replace("nguyen.van.an", w.code().toLowerCase() + ".an").replace("tran.thi.binh", w.code().toLowerCase() + ".binh");
        Api.Response imported = upload(admin, "mau.csv", "text/csv", example.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().get("created").getIntValue());
    }

    static byte[] xlsx(String[][] rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Tài khoản");
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
