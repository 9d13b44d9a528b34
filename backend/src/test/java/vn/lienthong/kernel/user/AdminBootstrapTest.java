package vn.lienthong.kernel.user;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start of a new province: a fresh, empty database (created here), migrated by Flyway at startup, no demo
 * data; ADMIN_BOOTSTRAP_* creates the jurisdiction and its administrator with a one-time password, who logs in, is
 * forced to change it and does, then sets the province up through the API (office, body, leader, unit, a specialist who
 * changes the one-time password and records a concluding notice); a second start with the same settings creates no
 * second administrator.
 */
class AdminBootstrapTest {

    @Test
    void anEmptyDatabaseIsBootstrappedOnceAndTheAdministratorMustChangeThePassword() throws Exception {
        String url = System.getenv("DB_URL");
        assertNotNull(url, "DB_URL (the test database) is set by the Makefile / db_env");
        String user = System.getenv().getOrDefault("DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        String database = "lienthong_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String freshUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            admin.createStatement().execute("CREATE DATABASE " + database);
        }
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", freshUrl);
            properties.put("lienthong.demo.enabled", "false");
            properties.put("lienthong.bootstrap.username", "QuanTri.LaoCai");
            properties.put("lienthong.bootstrap.password", "Mot-lan-2026");
            properties.put("lienthong.bootstrap.jurisdiction-code", "lc");
            properties.put("lienthong.bootstrap.jurisdiction-name", "Tỉnh Lào Cai");
            properties.put("lienthong.bootstrap.national-username", "quantri.quocgia");

            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
                 HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL())) {
                Api api = new Api(client.toBlocking(), server.getApplicationContext().getBean(JsonMapper.class));
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM jurisdiction WHERE code = 'LC' AND name = 'Tỉnh Lào Cai'"));
                assertEquals(0, count(freshUrl, user, password, "SELECT count(*) FROM office"), "nothing else is created");
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM app_user WHERE role = 'NATIONAL_ADMIN'"));

                Api.Response login = api.postJson("/api/v1/auth/login", null, "{\"username\":\"quantri.laocai\",\"password\":\"Mot-lan-2026\"}");
                assertEquals(200, login.status(), login.body());
                assertTrue(login.json().get("passwordChangeRequired").getBooleanValue());
                String token = login.text("accessToken");
                Api.Response blocked = api.get("/api/v1/users", token);
                assertEquals(403, blocked.status(), blocked.body());
                assertEquals("urn:lienthong:problem:password-change-required", blocked.text("type"));
                Api.Response changed = api.send(HttpRequest.PUT("/api/v1/me/password", "{\"currentPassword\":\"Mot-lan-2026\",\"newPassword\":\"Fansipan-3143-m\"}")
                        .contentType("application/json").bearerAuth(token));
                assertEquals(204, changed.status(), changed.body());
                Api.Response users = api.get("/api/v1/users", token);
                assertEquals(200, users.status(), users.body());
                assertEquals(2, users.json().get("totalItems").getIntValue(), "the administrator and the national administrator, whose account sits in LC");

                theNewAdministratorSetsUpTheProvinceAndASpecialistRecordsANotice(api, token);
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM conclusion_document d JOIN office o ON o.id = d.office_id "
                        + "JOIN jurisdiction j ON j.id = o.jurisdiction_id WHERE j.code = 'LC' AND o.code = 'VPTU'"), "the notice is the new office's");
            }

            try (EmbeddedServer again = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                assertTrue(again.isRunning());
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM app_user WHERE role = 'SYSTEM_ADMIN'"), "no second administrator");
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM app_user WHERE role = 'NATIONAL_ADMIN'"));
                assertEquals(0, count(freshUrl, user, password, "SELECT count(*) FROM app_user WHERE role = 'SYSTEM_ADMIN' AND password_change_required"),
                        "the changed password stays");
                AdminBootstrap bootstrap = again.getApplicationContext().getBean(AdminBootstrap.class);
                assertEquals(AdminBootstrap.Outcome.SKIPPED, bootstrap.run(new AdminBootstrap.Settings("quantri.khac", null, null, "LC", "Tỉnh Lào Cai", null, null)));
                assertEquals(AdminBootstrap.Outcome.NOT_CONFIGURED, bootstrap.run(new AdminBootstrap.Settings(null, null, null, null, null, null, null)));
                assertEquals(1, count(freshUrl, user, password, "SELECT count(*) FROM app_user WHERE role = 'SYSTEM_ADMIN'"));
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password)) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /**
     * Issue 18: everything the province needs to record its first concluding notice, created through the API by the new
     * administrator — the Party Committee Office, its standing board, a leader, a unit and a specialist account; the
     * specialist logs in with the one-time password, must change it, and records the notice with a task for the unit.
     */
    private static void theNewAdministratorSetsUpTheProvinceAndASpecialistRecordsANotice(Api api, String admin) {
        Api.Response office = create(api, admin, "/api/v1/offices", "{\"code\":\"VPTU\",\"kind\":\"PARTY_COMMITTEE_OFFICE\","
                + "\"nameVi\":\"Văn phòng Tỉnh ủy Lào Cai\",\"nameEn\":\"Lao Cai Provincial Party Committee Office\",\"shortName\":\"VPTU\"}");
        String officeId = office.text("id");
        assertEquals("PARTY_COMMITTEE_OFFICE", office.text("kind"));
        Api.Response secondPartyOffice = create(api, admin, "/api/v1/offices", "{\"code\":\"VPTU2\",\"kind\":\"PARTY_COMMITTEE_OFFICE\","
                + "\"nameVi\":\"Văn phòng Tỉnh ủy thứ hai\",\"nameEn\":\"Second\",\"shortName\":\"VPTU2\"}", 409);
        assertNotNull(secondPartyOffice.text("type"));

        String bodyId = create(api, admin, "/api/v1/bodies", "{\"officeId\":\"" + officeId + "\",\"code\":\"TTTU\","
                + "\"nameVi\":\"Thường trực Tỉnh ủy Lào Cai\",\"nameEn\":\"Standing Board of the Lao Cai Provincial Party Committee\"}").text("id");
        Api.Response leader = create(api, admin, "/api/v1/leaders", "{\"fullName\":\"Hoàng Văn Sơn\",\"titleVi\":\"Bí thư Tỉnh ủy\","
                + "\"titleEn\":\"Provincial Party Secretary\",\"bodyId\":\"" + bodyId + "\",\"protocolOrder\":1,\"validFrom\":\"2025-10-01\"}");
        assertEquals("Hoàng Văn Sơn", leader.text("fullName"));
        String unitId = create(api, admin, "/api/v1/units", "{\"code\":\"SGDDT\",\"name\":\"Sở Giáo dục và Đào tạo\",\"kind\":\"DEPARTMENT\","
                + "\"validFrom\":\"2025-07-01\",\"validTo\":null}").text("id");
        Api.Response created = create(api, admin, "/api/v1/users", "{\"username\":\"vptu.laocai.chuyenvien\",\"fullName\":\"Lò Thị Mai\","
                + "\"role\":\"SPECIALIST\",\"officeId\":\"" + officeId + "\",\"unitId\":null,\"email\":null,\"phone\":null}");
        String oneTimePassword = created.text("oneTimePassword");
        assertNotNull(oneTimePassword, created.body());
        assertTrue(created.json().get("user").get("passwordChangeRequired").getBooleanValue());

        Api.Response login = api.postJson("/api/v1/auth/login", null,
                "{\"username\":\"vptu.laocai.chuyenvien\",\"password\":\"" + oneTimePassword + "\"}");
        assertEquals(200, login.status(), login.body());
        assertTrue(login.json().get("passwordChangeRequired").getBooleanValue());
        String specialist = login.text("accessToken");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String notice = "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"01-TB/TU\",\"issuedOn\":\"" + today
                + "\",\"issuingBodyId\":\"" + bodyId + "\",\"signer\":\"Hoàng Văn Sơn\",\"summary\":\"Kết luận của Thường trực Tỉnh ủy tại phiên họp đầu tiên\","
                + "\"tasks\":[{\"content\":\"Rà soát mạng lưới trường học sau sáp nhập xã\",\"expectedResult\":\"Báo cáo kết quả\","
                + "\"units\":[{\"unitId\":\"" + unitId + "\",\"role\":\"LEAD\"}],\"focalOfficer\":\"Lò Thị Mai\",\"deadline\":\"" + today.plusDays(30) + "\"}]}";
        Api.Response tooEarly = api.postJson("/api/v1/conclusions", specialist, notice);
        assertEquals(403, tooEarly.status(), "the one-time password is changed first: " + tooEarly.body());
        assertEquals("urn:lienthong:problem:password-change-required", tooEarly.text("type"));
        Api.Response changed = api.send(HttpRequest.PUT("/api/v1/me/password",
                        "{\"currentPassword\":\"" + oneTimePassword + "\",\"newPassword\":\"Sa-Pa-mua-dong-2026\"}")
                .contentType("application/json").bearerAuth(specialist));
        assertEquals(204, changed.status(), changed.body());
        Api.Response me = api.get("/api/v1/me", specialist);
        assertEquals(200, me.status(), me.body());
        assertEquals(false, me.json().get("passwordChangeRequired").getBooleanValue());

        Api.Response recorded = api.postJson("/api/v1/conclusions", specialist, notice);
        assertEquals(201, recorded.status(), recorded.body());
        Api.Response tasks = api.get("/api/v1/conclusions/" + recorded.text("id") + "/tasks", specialist);
        assertEquals(200, tasks.status(), tasks.body());
        assertEquals(1, tasks.json().get("items").size());
        Api.Response again = api.postJson("/api/v1/auth/login", null,
                "{\"username\":\"vptu.laocai.chuyenvien\",\"password\":\"Sa-Pa-mua-dong-2026\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(false, again.json().get("passwordChangeRequired").getBooleanValue(), "the new password is an ordinary one");
    }

    private static Api.Response create(Api api, String token, String path, String body) {
        return create(api, token, path, body, 201);
    }

    private static Api.Response create(Api api, String token, String path, String body, int expected) {
        Api.Response response = api.send(HttpRequest.POST(path, body).contentType("application/json").bearerAuth(token)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(expected, response.status(), path + ": " + response.body());
        return response;
    }

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
