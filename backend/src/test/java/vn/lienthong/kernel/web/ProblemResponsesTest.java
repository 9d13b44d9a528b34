package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets a clear problem+json answer, reveals nothing of the internals and writes nothing. */
@MicronautTest(transactional = false)
class ProblemResponsesTest extends ApiTestBase {

    private void assertProblem(Api.Response response, int status, String type) {
        assertEquals(status, response.status(), response.body());
        assertEquals("application/problem+json", response.contentType(), response.body());
        assertEquals(type, response.text("type"), response.body());
        assertEquals(status, response.json().get("status").getIntValue());
        assertNotNull(response.text("requestId"));
        String body = response.body();
        for (String leak : new String[]{"Exception", "vn.lienthong", "io.micronaut", "SQL", "at java.", "postgres"}) {
            assertFalse(body.contains(leak), "problem body leaks '" + leak + "': " + body);
        }
    }

    private long units(Fixtures.World world) {
        return fixtures.count("SELECT count(*) FROM unit WHERE jurisdiction_id = ?", world.jurisdictionId());
    }

    @Test
    void malformedJsonIsA400AndWritesNothing() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        long before = units(world);
        assertProblem(api().postJson("/api/v1/units", admin, "{\"code\": \"X1\", \"name\": "), 400, "urn:lienthong:problem:malformed-request");
        assertEquals(before, units(world));
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAre400AndWriteNothing() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        long before = units(world);
        Api.Response badEnum = api().postJson("/api/v1/units", admin, "{\"code\":\"X2\",\"name\":\"Đơn vị\",\"kind\":\"BANANA\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(400, badEnum.status(), badEnum.body());
        assertEquals("application/problem+json", badEnum.contentType());
        Api.Response badDate = api().postJson("/api/v1/units", admin, "{\"code\":\"X3\",\"name\":\"Đơn vị\",\"kind\":\"OTHER\",\"validFrom\":\"not-a-date\"}");
        assertEquals(400, badDate.status(), badDate.body());
        Api.Response badNumber = api().get("/api/v1/units?size=abc", admin);
        assertEquals(400, badNumber.status(), badNumber.body());
        assertEquals("application/problem+json", badNumber.contentType());
        assertEquals(before, units(world));
    }

    @Test
    void validationErrorsNameTheFields() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        Api.Response response = api().postJson("/api/v1/units", admin, "{\"code\":\"lower case\",\"name\":\" \",\"kind\":\"OTHER\",\"validFrom\":\"2026-01-01\"}");
        assertProblem(response, 400, "urn:lienthong:problem:validation");
        String errors = response.json().get("errors").toString();
        assertTrue(response.body().contains("\"field\":\"code\""), errors);
        assertTrue(response.body().contains("\"field\":\"name\""), errors);
    }

    @Test
    void ruleBrokenInsideTheServiceIsA400WithTheField() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        Api.Response response = api().postJson("/api/v1/units", admin,
                "{\"code\":\"X4\",\"name\":\"Đơn vị\",\"kind\":\"OTHER\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-01-01\"}");
        assertProblem(response, 400, "urn:lienthong:problem:validation");
        assertTrue(response.body().contains("\"field\":\"validTo\""));
    }

    @Test
    void duplicateCodeIsA409FromTheDatabaseConstraint() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        assertProblem(api().postJson("/api/v1/units", admin, "{\"code\":\"SNV\",\"name\":\"Trùng mã\",\"kind\":\"OTHER\",\"validFrom\":\"2026-01-01\"}"),
                409, "urn:lienthong:problem:conflict");
    }

    @Test
    void oversizeBodyIsA413() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        String huge = "{\"code\":\"X5\",\"name\":\"" + "a".repeat(27 * 1024 * 1024) + "\",\"kind\":\"OTHER\",\"validFrom\":\"2026-01-01\"}";
        Api.Response response = api().postJson("/api/v1/units", admin, huge);
        assertEquals(413, response.status());
    }

    @Test
    void wrongContentTypeIsA415() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        Api.Response response = api().send(HttpRequest.POST("/api/v1/units", "code=X6").contentType("text/plain").bearerAuth(admin));
        assertProblem(response, 415, "urn:lienthong:problem:unsupported-media-type");
    }

    @Test
    void unknownPathIsAProblem404() {
        Fixtures.World world = fixtures.world();
        assertProblem(api().get("/api/v1/no-such-thing", login(world.specialist())), 404, "urn:lienthong:problem:not-found");
    }

    @Test
    void forbiddenRoleGetsProblem403() {
        Fixtures.World world = fixtures.world();
        assertProblem(api().get("/api/v1/audit-events", login(world.specialist())), 403, "urn:lienthong:problem:forbidden");
    }

    @Test
    void responsesCarryARequestIdAndEchoASafeIncomingOne() {
        Fixtures.World world = fixtures.world();
        String token = login(world.specialist());
        Api.Response echoed = api().send(HttpRequest.GET("/api/v1/me").bearerAuth(token).header("X-Request-Id", "client-req-12345678"));
        assertEquals("client-req-12345678", echoed.headers().get("X-Request-Id"));
        Api.Response replaced = api().send(HttpRequest.GET("/api/v1/me").bearerAuth(token).header("X-Request-Id", "bad id\twith spaces"));
        assertNotNull(replaced.headers().get("X-Request-Id"));
        assertFalse(replaced.headers().get("X-Request-Id").contains(" "));
    }
}
