package vn.lienthong.kernel.office;

import io.micronaut.http.HttpRequest;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jurisdictions, offices and leadership bodies through the API (issue 18, point 2): each operation, each refusal with
 * nothing changed — a second Party Committee Office (409), another jurisdiction's object (404), a stale If-Match (412),
 * bad input (400) — idempotent creates, audit, and deactivation that hides from pickers but keeps old reads.
 */
@MicronautTest(transactional = false)
class OrganisationApiTest extends OrgTestSupport {

    @Test
    void anAdministratorCreatesAndChangesOfficesWithTheRulesOfTheDatabaseToldInWords() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String key = UUID.randomUUID().toString();
        String mttq = office("VPMTTQ", "FATHERLAND_FRONT_OFFICE", "Văn phòng Ủy ban MTTQ tỉnh");
        Api.Response created = post("/api/v1/offices", admin, mttq, key);
        assertEquals(201, created.status(), created.toString());
        assertEquals("\"0\"", created.headers().get("ETag"));
        String id = created.text("id");
        Api.Response replayed = post("/api/v1/offices", admin, mttq, key);
        assertEquals(201, replayed.status());
        assertEquals("true", replayed.headers().get("Idempotent-Replayed"));
        assertEquals(id, replayed.text("id"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND code = 'VPMTTQ'", w.jurisdictionId()));
        assertEquals(1, audited("office", id));

        long offices = fixtures.count("SELECT count(*) FROM office WHERE jurisdiction_id = ?", w.jurisdictionId());
        Api.Response secondParty = post("/api/v1/offices", admin, office("VPTU2", "PARTY_COMMITTEE_OFFICE", "Văn phòng Tỉnh ủy thứ hai"), null);
        assertEquals(409, secondParty.status(), secondParty.toString());
        assertEquals("urn:lienthong:problem:conflict", secondParty.text("type"));
        assertTrue(secondParty.text("detail").contains("Party Committee Office"), secondParty.toString());
        assertEquals(409, post("/api/v1/offices", admin, office("VPMTTQ", "OTHER", "Trùng mã"), null).status(), "a code is unique in the jurisdiction");
        // turning an existing office into a second Party Committee Office: 409 too
        String etag = etag("/api/v1/offices/" + id, admin);
        assertEquals(409, put("/api/v1/offices/" + id, admin, etag, office("VPMTTQ", "PARTY_COMMITTEE_OFFICE", "Văn phòng Ủy ban MTTQ tỉnh")).status());
        Api.Response badCode = post("/api/v1/offices", admin, office("vp thu", "OTHER", "Mã sai"), null);
        assertEquals(400, badCode.status(), badCode.toString());
        assertTrue(badCode.body().contains("\"code\""), badCode.toString());
        assertEquals(offices, fixtures.count("SELECT count(*) FROM office WHERE jurisdiction_id = ?", w.jurisdictionId()), "no refused write left a row");

        assertEquals(428, put("/api/v1/offices/" + id, admin, null, mttq).status());
        Api.Response renamed = put("/api/v1/offices/" + id, admin, etag, office("VPMTTQ", "FATHERLAND_FRONT_OFFICE", "Văn phòng Ủy ban Mặt trận Tổ quốc tỉnh"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("\"1\"", renamed.headers().get("ETag"));
        Api.Response stale = put("/api/v1/offices/" + id, admin, etag, office("VPMTTQ", "FATHERLAND_FRONT_OFFICE", "Ghi đè"));
        assertEquals(412, stale.status());
        assertEquals("Văn phòng Ủy ban Mặt trận Tổ quốc tỉnh", api().get("/api/v1/offices/" + id, admin).text("nameVi"));

        // deactivated: not offered for new items, still readable for the old ones
        Api.Response off = put("/api/v1/offices/" + id, admin, "\"1\"", office("VPMTTQ", "FATHERLAND_FRONT_OFFICE", "Văn phòng Ủy ban Mặt trận Tổ quốc tỉnh")
                .replace("}", ",\"active\":false}"));
        assertEquals(200, off.status(), off.toString());
        assertEquals("false", off.text("active"));
        assertFalse(api().get("/api/v1/offices?active=true", admin).body().contains(id));
        assertTrue(api().get("/api/v1/offices", admin).body().contains(id));
        assertEquals(200, api().get("/api/v1/offices/" + id, login(w.specialist())).status());
        assertEquals(3, audited("office", id));

        // another jurisdiction's administrator: 404, nothing changed
        Fixtures.World other = fixtures.world();
        String otherAdmin = login(other.admin());
        assertEquals(404, api().get("/api/v1/offices/" + id, otherAdmin).status());
        assertEquals(404, put("/api/v1/offices/" + id, otherAdmin, "\"2\"", mttq).status());
        assertEquals(2, fixtures.count("SELECT version FROM office WHERE id = ?::uuid", id));
        // not an administrator: 403
        assertEquals(403, post("/api/v1/offices", login(w.leader()), office("VPX", "OTHER", "Văn phòng X"), null).status());
    }

    @Test
    void aBodyGetsItsCalendarKeepsItsOfficeAndItsCalendarFollowsARename() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        Api.Response created = post("/api/v1/bodies", admin, body(w.partyOffice(), "BTVTU", "Ban Thường vụ Tỉnh ủy"), UUID.randomUUID().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        assertEquals("Lịch công tác Ban Thường vụ Tỉnh ủy", fixtures.rows("SELECT name_vi FROM calendar WHERE body_id = ?::uuid", id).get(0)[0]);
        assertEquals(409, post("/api/v1/bodies", admin, body(w.partyOffice(), "BTVTU", "Trùng mã"), null).status());
        Api.Response otherOffice = post("/api/v1/bodies", admin, body(fixtures.world().partyOffice(), "BCH", "Ban Chấp hành"), null);
        assertEquals(400, otherOffice.status(), otherOffice.toString());
        assertTrue(otherOffice.body().contains("officeId"), otherOffice.toString());

        Api.Response moved = put("/api/v1/bodies/" + id, admin, "\"0\"", body(w.peoplesCommitteeOffice(), "BTVTU", "Ban Thường vụ Tỉnh ủy"));
        assertEquals(400, moved.status(), "a body keeps its office: " + moved);
        Api.Response renamed = put("/api/v1/bodies/" + id, admin, "\"0\"", body(w.partyOffice(), "BTVTU", "Ban Thường vụ Tỉnh ủy khóa mới"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Lịch công tác Ban Thường vụ Tỉnh ủy khóa mới", fixtures.rows("SELECT name_vi FROM calendar WHERE body_id = ?::uuid", id).get(0)[0]);
        assertEquals(412, put("/api/v1/bodies/" + id, admin, "\"0\"", body(w.partyOffice(), "BTVTU", "Cũ")).status());
        Api.Response off = put("/api/v1/bodies/" + id, admin, "\"1\"", body(w.partyOffice(), "BTVTU", "Ban Thường vụ Tỉnh ủy khóa mới").replace("}", ",\"active\":false}"));
        assertEquals(200, off.status(), off.toString());
        assertFalse(api().get("/api/v1/bodies?active=true", admin).body().contains(id));
        assertTrue(api().get("/api/v1/bodies", admin).body().contains(id));
        assertEquals(3, audited("leadership_body", id));
        assertEquals(404, api().get("/api/v1/bodies/" + id, login(fixtures.world().admin())).status());
    }

    @Test
    void onlyTheNationalAdministratorCreatesAndChangesJurisdictions() {
        Fixtures.World w = fixtures.world();
        String national = login(w.nationalAdmin());
        String admin = login(w.admin());
        String code = "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String json = "{\"code\":\"" + code + "\",\"name\":\"Tỉnh Thử Nghiệm Mới\",\"kind\":\"PROVINCE\"}";
        assertEquals(403, post("/api/v1/jurisdictions", admin, json, null).status(), "a jurisdiction's administrator does not create jurisdictions");
        Api.Response created = post("/api/v1/jurisdictions", national, json, UUID.randomUUID().toString());
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        assertEquals(409, post("/api/v1/jurisdictions", national, json, null).status(), "codes are unique nationally");
        assertEquals(400, post("/api/v1/jurisdictions", national, json.replace("PROVINCE", "COUNTY"), null).status());
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'jurisdiction' AND entity_id = ? AND jurisdiction_id IS NULL", id),
                "national data: audited without a jurisdiction");

        Api.Response renamed = put("/api/v1/jurisdictions/" + id, national, "\"0\"", json.replace("Tỉnh Thử Nghiệm Mới", "Tỉnh Thử Nghiệm Sau Sáp Nhập"));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(412, put("/api/v1/jurisdictions/" + id, national, "\"0\"", json).status());
        assertEquals(403, put("/api/v1/jurisdictions/" + w.jurisdictionId(), admin, "\"0\"", json).status());

        JsonNode all = api().get("/api/v1/jurisdictions", national).json();
        assertTrue(all.size() >= 2);
        Api.Response own = api().get("/api/v1/jurisdictions", admin);
        assertEquals(1, own.json().size(), own.toString());
        assertEquals(w.jurisdictionId().toString(), own.json().get(0).get("id").getStringValue());
        assertEquals(404, api().get("/api/v1/jurisdictions/" + id, admin).status(), "another jurisdiction: 404");
        assertEquals(200, api().get("/api/v1/jurisdictions/" + w.jurisdictionId(), admin).status());
        assertEquals(403, api().get("/api/v1/jurisdictions", login(w.specialist())).status());
    }

    @Test
    void anOfficesEmailIsSetThroughTheApiAndChecked() {
        Fixtures.World w = fixtures.world();
        String admin = login(w.admin());
        String json = office("VPEMAIL", "OTHER", "Văn phòng Thư điện tử");
        assertEquals(400, post("/api/v1/offices", admin, json.replace("}", ",\"email\":\"not an address\"}"), null).status());
        Api.Response created = post("/api/v1/offices", admin, json.replace("}", ",\"email\":\"vanphong@ubnd.example.vn\"}"), null);
        assertEquals(201, created.status(), created.toString());
        assertEquals("vanphong@ubnd.example.vn", created.text("email"));
        String id = created.text("id");
        Api.Response cleared = put("/api/v1/offices/" + id, admin, "\"0\"", json.replace("}", ",\"email\":\"\"}"));
        assertEquals(200, cleared.status(), cleared.toString());
        assertEquals(null, cleared.text("email"), "blank is none");
        assertEquals(null, fixtures.rows("SELECT email FROM office WHERE id = ?", java.util.UUID.fromString(id)).get(0)[0]);
    }

    @Test
    void aDeactivatedJurisdictionsPeopleAndClientsAreShutOutUntilItIsReactivated() {
        Fixtures.World w = fixtures.world();
        String national = login(w.nationalAdmin());
        String specialist = login(w.specialist());
        String clientId = fixtures.machineClient(w, "public:read");
        String path = "/api/v1/jurisdictions/" + w.jurisdictionId();
        JsonNode current = api().get(path, national).json();
        String json = "{\"code\":\"" + current.get("code").getStringValue() + "\",\"name\":\"" + current.get("name").getStringValue()
                + "\",\"kind\":\"" + current.get("kind").getStringValue() + "\"";
        Api.Response off = put(path, national, etag(path, national), json + ",\"active\":false}");
        assertEquals(200, off.status(), off.toString());

        assertEquals(401, api().get("/api/v1/me", specialist).status(), "a token issued before is refused");
        Api.Response login = api().postJson("/api/v1/auth/login", null, "{\"username\":\"" + w.specialist() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        assertEquals(401, login.status(), login.toString());
        assertEquals(401, clientToken(clientId).status(), "its machine clients get no token");
        assertEquals(200, api().get("/api/v1/me", national).status(), "the national administrator's account only sits there");

        assertEquals(200, put(path, national, etag(path, national), json + ",\"active\":true}").status());
        assertEquals(200, api().get("/api/v1/me", login(w.specialist())).status());
        assertEquals(200, clientToken(clientId).status());
    }

    private Api.Response clientToken(String clientId) {
        return api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + clientId + "&client_secret="
                + java.net.URLEncoder.encode(Fixtures.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)).contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED));
    }
}
