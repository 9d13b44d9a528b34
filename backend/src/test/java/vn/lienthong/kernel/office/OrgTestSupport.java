package vn.lienthong.kernel.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests of the organisation's administration tests. */
abstract class OrgTestSupport extends ApiTestBase {

    Api.Response post(String path, String token, String body, String idempotencyKey) {
        MutableHttpRequest<String> request = HttpRequest.POST(path, body).contentType("application/json").bearerAuth(token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return api().send(request);
    }

    Api.Response put(String path, String token, String ifMatch, String body) {
        MutableHttpRequest<String> request = HttpRequest.PUT(path, body).contentType("application/json").bearerAuth(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    String etag(String path, String token) {
        Api.Response got = api().get(path, token);
        assertEquals(200, got.status(), got.toString());
        return got.headers().get("ETag");
    }

    /** A chief of office of the world's Party Committee Office (the fixtures have none). */
    String chiefOfOffice(Fixtures.World w) {
        String username = w.code().toLowerCase() + ".cvp";
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT gen_random_uuid(), jurisdiction_id, ?, 'Chánh Văn Phòng', password_hash, 'CHIEF_OF_OFFICE', office_id, now(), now() "
                + "FROM app_user WHERE username = ?", username, w.specialist());
        return username;
    }

    String machineToken(Fixtures.World world) {
        String clientId = fixtures.machineClient(world, "public:read", "petitions:submit");
        Api.Response token = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertEquals(200, token.status(), token.body());
        return token.text("access_token");
    }

    static String office(String code, String kind, String nameVi) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"nameVi\":\"" + nameVi + "\",\"nameEn\":\"Office " + code + "\",\"shortName\":\"" + code + "\"}";
    }

    static String body(Object officeId, String code, String nameVi) {
        return "{\"officeId\":\"" + officeId + "\",\"code\":\"" + code + "\",\"nameVi\":\"" + nameVi + "\",\"nameEn\":\"Body " + code + "\"}";
    }

    long audited(String entityType, Object entityId) {
        return fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?", entityType, String.valueOf(entityId));
    }
}
