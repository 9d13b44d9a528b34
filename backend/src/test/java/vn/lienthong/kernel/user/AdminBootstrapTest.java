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
 * forced to change it and does; a second start with the same settings creates no second administrator.
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

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
