package vn.lienthong.kernel.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18.5: the administrator of a jurisdiction registers, changes, deactivates and rotates the secrets of its machine clients. */
@MicronautTest(transactional = false)
class MachineClientsApiTest extends ApiTestBase {
    private static final String BASE = "/api/v1/machine-clients";

    private static String registration(String clientId, String... scopes) {
        return "{\"clientId\":\"" + clientId + "\",\"name\":\"Ứng dụng di động\",\"scopes\":[" + quoted(scopes) + "]}";
    }

    private static String update(String name, String... scopes) {
        return "{\"name\":\"" + name + "\",\"scopes\":[" + quoted(scopes) + "]}";
    }

    private static String quoted(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add("\"" + v + "\"");
        }
        return String.join(",", out);
    }

    private static String clientId(Fixtures.World w, String suffix) {
        return w.code().toLowerCase() + "-" + suffix;
    }

    private Api.Response register(String token, String key, String body) {
        var request = HttpRequest.POST(BASE, body).contentType("application/json").bearerAuth(token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api().send(request);
    }

    private Api.Response put(String id, String token, String ifMatch, String body) {
        var request = HttpRequest.PUT(BASE + "/" + id, body).contentType("application/json").bearerAuth(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    private Api.Response post(String path, String token) {
        return api().send(HttpRequest.POST(path, "").bearerAuth(token));
    }

    private Api.Response token(String clientId, String secret) {
        return api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private String machineToken(String clientId, String secret) {
        Api.Response response = token(clientId, secret);
        assertEquals(200, response.status(), response.toString());
        return response.text("access_token");
    }

    private static int readUnits(Api api, String token) {
        return api.get("/api/v1/units", token).status();
    }

    @Test
    void theAdministratorRegistersListsAndReadsAClientWhoseSecretIsShownOnce() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String clientId = clientId(w, "mobile");
        Api.Response created = register(admin, "reg-1", registration(clientId, "public:read"));
        assertEquals(201, created.status(), created.toString());
        assertEquals("no-store", created.headers().get("Cache-Control"));
        String secret = created.text("clientSecret");
        assertNotNull(secret);
        assertTrue(secret.length() >= 43, "256 random bits");
        JsonNode client = created.json().get("client");
        String id = client.get("clientId").getStringValue().equals(clientId) ? client.get("id").getStringValue() : null;
        assertNotNull(id);
        assertEquals("\"0\"", created.headers().get("ETag"));
        assertEquals("public:read", client.get("scopes").get(0).getStringValue());
        assertTrue(client.get("active").getBooleanValue());

        Api.Response replay = register(admin, "reg-1", registration(clientId, "public:read"));
        assertEquals(201, replay.status(), replay.toString());
        assertEquals("true", replay.headers().get("Idempotent-Replayed"));
        assertEquals(id, replay.json().get("client").get("id").getStringValue());
        assertNull(replay.text("clientSecret"), "a replay never shows the secret again");

        Api.Response one = api().get(BASE + "/" + id, admin);
        assertEquals(200, one.status(), one.toString());
        assertEquals("\"0\"", one.headers().get("ETag"));
        assertFalse(one.body().contains(secret), "a GET never holds the secret");
        assertFalse(one.body().toLowerCase().contains("secret\""), "nor a field for it");

        Api.Response list = api().get(BASE + "?q=MOBILE&sort=-createdAt", admin);
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.json().get("totalItems").getLongValue());
        assertFalse(list.body().contains(secret));

        // the new secret works, and the stored hash is no plain copy
        String machine = machineToken(clientId, secret);
        assertEquals(200, readUnits(api(), machine));
        assertEquals(0, fixtures.count("SELECT count(*) FROM machine_client WHERE secret_hash = ?", secret));
        // the audit trail and the idempotency record never hold it
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE changes::text LIKE ?", "%" + secret + "%"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM idempotency_record WHERE response_body LIKE ?", "%" + secret + "%"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'machine_client' AND entity_id = ? AND action = 'CREATE' "
                + "AND jurisdiction_id = ?", id, w.jurisdictionId()));
    }

    @Test
    void unknownScopesDuplicatesAndBadIdsAreRefused() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        Api.Response unknown = register(admin, null, registration(clientId(w, "x"), "public:read", "petitions:delete"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("scopes[1]", unknown.json().get("errors").get(0).get("field").getStringValue());
        Api.Response none = register(admin, null, registration(clientId(w, "x")));
        assertEquals(400, none.status(), none.toString());
        Api.Response badId = register(admin, null, registration("Có Dấu", "public:read"));
        assertEquals(400, badId.status(), badId.toString());
        assertEquals("clientId", badId.json().get("errors").get(0).get("field").getStringValue());

        String clientId = clientId(w, "dup");
        assertEquals(201, register(admin, null, registration(clientId, "public:read")).status());
        Api.Response duplicate = register(admin, null, registration(clientId, "petitions:submit"));
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("urn:lienthong:problem:conflict", duplicate.text("type"));
        // the demo's portal id is taken too, by a row like any other
        assertEquals(1, fixtures.count("SELECT count(*) FROM machine_client WHERE client_id = ?", clientId));
        assertEquals(0, fixtures.count("SELECT count(*) FROM machine_client WHERE jurisdiction_id = ? AND client_id LIKE ?", w.jurisdictionId(), "%-x"));
    }

    @Test
    void updatesNeedIfMatchAndAStaleOneGets412AndAScopeChangeEndsTheCurrentTokens() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String clientId = clientId(w, "portal2");
        Api.Response created = register(admin, null, registration(clientId, "public:read", "petitions:submit"));
        String id = created.json().get("client").get("id").getStringValue();
        String secret = created.text("clientSecret");
        String before = machineToken(clientId, secret);

        assertEquals(428, put(id, admin, null, update("Cổng mới", "public:read")).status());
        Api.Response badScope = put(id, admin, "\"0\"", update("Cổng mới", "admin"));
        assertEquals(400, badScope.status(), badScope.toString());
        assertEquals("scopes[0]", badScope.json().get("errors").get(0).get("field").getStringValue());

        Api.Response renamed = put(id, admin, "\"0\"", update("Cổng thông tin mới", "petitions:submit", "public:read"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("\"1\"", renamed.headers().get("ETag"));
        assertEquals("Cổng thông tin mới", renamed.text("name"));
        assertEquals(200, readUnits(api(), before), "the same scopes (in another order) leave the tokens alone");

        Api.Response stale = put(id, admin, "\"0\"", update("Ghi đè", "public:read"));
        assertEquals(412, stale.status(), stale.toString());
        assertEquals("urn:lienthong:problem:stale-version", stale.text("type"));
        assertEquals("\"1\"", stale.headers().get("ETag"));

        Api.Response narrowed = put(id, admin, "\"1\"", update("Cổng thông tin mới", "petitions:submit"));
        assertEquals(200, narrowed.status(), narrowed.toString());
        assertEquals(401, readUnits(api(), before), "a scope taken away is gone at once");
        String after = machineToken(clientId, secret);
        assertEquals(403, readUnits(api(), after), "the new token lacks public:read");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'UPDATE' AND changes->'scopes' IS NOT NULL", id));
    }

    @Test
    void rotationEndsTheOldSecretAndItsTokensAndShowsTheNewOneOnce() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String clientId = clientId(w, "rotate");
        Api.Response created = register(admin, null, registration(clientId, "public:read"));
        String id = created.json().get("client").get("id").getStringValue();
        String oldSecret = created.text("clientSecret");
        String oldToken = machineToken(clientId, oldSecret);

        Api.Response rotated = post(BASE + "/" + id + "/secret-rotations", admin);
        assertEquals(201, rotated.status(), rotated.toString());
        assertEquals("no-store", rotated.headers().get("Cache-Control"));
        String newSecret = rotated.text("clientSecret");
        assertNotNull(newSecret);
        assertNotEquals(oldSecret, newSecret);
        assertEquals(1, rotated.json().get("client").get("version").getLongValue());

        assertEquals(401, token(clientId, oldSecret).status(), "the old secret stops working at once");
        assertEquals(401, readUnits(api(), oldToken), "and so do the tokens issued under it");
        String newToken = machineToken(clientId, newSecret);
        assertEquals(200, readUnits(api(), newToken));
        assertFalse(api().get(BASE + "/" + id, admin).body().contains(newSecret));
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE changes::text LIKE ? OR changes::text LIKE ?", "%" + newSecret + "%", "%" + oldSecret + "%"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'ROTATE_SECRET'", id));
        assertEquals(404, post(BASE + "/" + UUID.randomUUID() + "/secret-rotations", admin).status());
    }

    @Test
    void aDeactivatedClientGetsNoTokenAndItsTokensAreRefusedUntilReactivated() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String clientId = clientId(w, "off");
        Api.Response created = register(admin, null, registration(clientId, "public:read"));
        String id = created.json().get("client").get("id").getStringValue();
        String secret = created.text("clientSecret");
        String issued = machineToken(clientId, secret);

        Api.Response off = post(BASE + "/" + id + "/deactivation", admin);
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().get("active").getBooleanValue());
        assertEquals(409, post(BASE + "/" + id + "/deactivation", admin).status(), "already deactivated");
        Api.Response refused = token(clientId, secret);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("urn:lienthong:problem:invalid-credentials", refused.text("type"), "the same answer as for an unknown client");
        Api.Response revoked = api().get("/api/v1/units", issued);
        assertEquals(401, revoked.status(), revoked.toString());
        assertTrue(revoked.contentType().startsWith("application/problem+json"));
        assertEquals(1, api().get(BASE + "?active=false", admin).json().get("totalItems").getLongValue());

        Api.Response on = post(BASE + "/" + id + "/reactivation", admin);
        assertEquals(200, on.status(), on.toString());
        assertTrue(on.json().get("active").getBooleanValue());
        assertEquals(409, post(BASE + "/" + id + "/reactivation", admin).status(), "already active");
        assertEquals(401, readUnits(api(), issued), "tokens issued before the deactivation stay refused");
        assertEquals(200, readUnits(api(), machineToken(clientId, secret)), "the secret works again");
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'DEACTIVATE'", id));
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action = 'REACTIVATE'", id));
    }

    @Test
    void anotherJurisdictionsClientIsNotFound() {
        Fixtures.World mine = fixtures.world();
        Fixtures.World theirs = fixtures.world();
        String theirAdmin = login(theirs.admin());
        Api.Response created = register(theirAdmin, null, registration(clientId(theirs, "their"), "public:read"));
        String id = created.json().get("client").get("id").getStringValue();
        String admin = login(mine.admin());
        assertEquals(404, api().get(BASE + "/" + id, admin).status());
        assertEquals(404, put(id, admin, "\"0\"", update("Của tôi", "public:read")).status());
        assertEquals(404, post(BASE + "/" + id + "/deactivation", admin).status());
        assertEquals(404, post(BASE + "/" + id + "/reactivation", admin).status());
        assertEquals(404, post(BASE + "/" + id + "/secret-rotations", admin).status());
        assertEquals(0, api().get(BASE, admin).json().get("totalItems").getLongValue());
        assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = ? AND action <> 'CREATE'", id), "nothing changed");
        assertTrue(api().get(BASE + "/" + id, theirAdmin).json().get("active").getBooleanValue());
    }

    @Test
    void everyRoleButTheJurisdictionsAdministratorIsRefusedEveryOperation() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        Api.Response created = register(admin, null, registration(clientId(w, "sweep"), "public:read", "petitions:submit"));
        String id = created.json().get("client").get("id").getStringValue();
        String portal = fixtures.machineClient(w, "public:read", "petitions:submit");
        Map<String, String> others = new LinkedHashMap<>();
        others.put("SPECIALIST", login(w.specialist()));
        others.put("OFFICE_LEADER", login(w.leader()));
        others.put("UNIT_OFFICER", login(w.unitOfficer()));
        others.put("NATIONAL_ADMIN", login(w.nationalAdmin()));
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                        + "SELECT gen_random_uuid(), jurisdiction_id, ?, 'Chánh Văn phòng', password_hash, 'CHIEF_OF_OFFICE', office_id, now(), now() FROM app_user WHERE username = ?",
                w.code().toLowerCase() + ".cvp", w.specialist());
        others.put("CHIEF_OF_OFFICE", login(w.code().toLowerCase() + ".cvp"));
        others.put("MACHINE", machineToken(portal, Fixtures.PASSWORD));

        for (Map.Entry<String, String> caller : others.entrySet()) {
            String token = caller.getValue();
            String who = caller.getKey();
            assertEquals(403, api().get(BASE, token).status(), who + " list");
            assertEquals(403, api().get(BASE + "/" + id, token).status(), who + " get");
            assertEquals(403, register(token, null, registration(clientId(w, "by-" + who.toLowerCase().replace('_', '-')), "public:read")).status(), who + " register");
            assertEquals(403, put(id, token, "\"0\"", update("Đổi tên", "public:read")).status(), who + " update");
            assertEquals(403, post(BASE + "/" + id + "/deactivation", token).status(), who + " deactivate");
            assertEquals(403, post(BASE + "/" + id + "/reactivation", token).status(), who + " reactivate");
            assertEquals(403, post(BASE + "/" + id + "/secret-rotations", token).status(), who + " rotate");
        }
        assertEquals(401, api().get(BASE, null).status(), "anonymous");
        assertEquals(0L, api().get(BASE + "/" + id, admin).json().get("version").getLongValue(), "nothing changed");
        assertEquals(200, api().get(BASE, admin).status(), "SYSTEM_ADMIN");
    }
}
