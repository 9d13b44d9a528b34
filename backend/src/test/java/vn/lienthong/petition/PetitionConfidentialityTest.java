package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The denouncer's identity nobody sees without cause: encrypted at rest, left out of every answer, search, audit
 * record, notification and replay, shown only to an assigned handler who gives a reason, each disclosure in the log.
 * Also the e-portal's idempotent intake (20 concurrent retries, one petition) and the citizen's status lookup.
 */
@MicronautTest(transactional = false)
class PetitionConfidentialityTest extends ApiTestBase {
    static final String NAME = "Lê Thị Bímật Tốcáo";
    static final String ADDRESS = "Ngõ 77 phố Kínđáo";
    static final String ID_NUMBER = "079187654321";
    static final String PHONE = "0987001122";
    static final List<String> MARKERS = List.of(NAME, "Bímật", ADDRESS, "Kínđáo", ID_NUMBER, PHONE);

    static String petitioner(boolean representative) {
        return "{\"fullName\":\"" + NAME + "\",\"address\":\"" + ADDRESS + "\",\"idNumber\":\"" + ID_NUMBER + "\",\"phone\":\"" + PHONE + "\",\"representative\":"
                + representative + "}";
    }

    static String denunciation(String channel) {
        return "{\"kind\":\"DENUNCIATION\",\"channel\":\"" + channel + "\",\"receivedOn\":\"2026-11-02\",\"subject\":\"Tố cáo sai phạm trong giải phóng mặt bằng\","
                + "\"content\":\"Cán bộ địa chính xã nhận tiền của các hộ dân để nâng diện tích đền bù\",\"contestedAct\":null,\"addressedTo\":\"Thường trực Tỉnh ủy\","
                + "\"transferredFrom\":null,\"petitioners\":[" + petitioner(false) + "],\"petitionerCount\":null,\"attachmentIds\":[]}";
    }

    private String portalToken(Fixtures.World w, String... scopes) {
        String client = fixtures.machineClientNamed(w, "portal" + String.join("", scopes).replaceAll("[^a-z]", ""), scopes);
        return api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + client + "&client_secret=" + Fixtures.PASSWORD)
                .contentType("application/x-www-form-urlencoded")).text("access_token");
    }

    private Api.Response submit(String token, String key, String body) {
        var request = HttpRequest.POST("/api/v1/portal/petitions", body).contentType("application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api().send(Api.auth(request, token));
    }

    private static String portalBody(UUID office, String kind, String subject) {
        return "{\"officeId\":\"" + office + "\",\"kind\":\"" + kind + "\",\"subject\":\"" + subject + "\",\"content\":\"Nội dung đơn gửi qua cổng\","
                + "\"contestedAct\":null,\"petitioners\":[" + petitioner(false) + "],\"petitionerCount\":null}";
    }

    private long petitions(Fixtures.World w) {
        return fixtures.count("SELECT count(*) FROM petition WHERE jurisdiction_id = ?", w.jurisdictionId());
    }

    private static void assertNoIdentity(String where, String body) {
        for (String marker : MARKERS) {
            assertFalse(body.contains(marker), where + " leaks «" + marker + "»: " + body);
        }
    }

    @Test
    void theEPortalsRetriesNeverMakeASecondPetitionAndTheCitizenSeesOnlyPublicStages() throws Exception {
        Fixtures.World w = fixtures.world();
        String portal = portalToken(w, "petitions:submit");
        String body = portalBody(w.partyOffice(), "DENUNCIATION", "Tố cáo qua cổng");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Api.Response>> retries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            retries.add(() -> submit(portal, "portal-key-1", body));
        }
        Set<String> receipts = new HashSet<>();
        for (Future<Api.Response> f : pool.invokeAll(retries)) {
            Api.Response r = f.get();
            assertEquals(201, r.status(), r.toString());
            receipts.add(r.body());
            assertNoIdentity("the receipt", r.body());
        }
        pool.shutdown();
        assertEquals(1, receipts.size(), "every retry returns the first receipt");
        assertEquals(1, petitions(w));
        JsonNode receipt = jsonMapper.readValue(receipts.iterator().next(), JsonNode.class);
        String code = receipt.get("trackingCode").getStringValue();
        String secret = receipt.get("secret").getStringValue();

        // the same key with another body: 422, nothing written
        Api.Response other = submit(portal, "portal-key-1", portalBody(w.partyOffice(), "DENUNCIATION", "Nội dung khác"));
        assertEquals(422, other.status(), other.toString());
        // no key: 400
        assertEquals(400, submit(portal, null, body).status());
        // a person or a client without the scope may not submit here
        assertEquals(403, submit(login(w.specialist()), "k2", body).status());
        assertEquals(403, submit(portalToken(w, "public:read"), "k3", body).status());
        assertEquals(1, petitions(w));
        // the secret is stored nowhere, the identity only sealed
        assertEquals(0, fixtures.count("SELECT count(*) FROM idempotency_record WHERE response_body LIKE ?", "%" + secret + "%"));

        Api.Response status = api().send(HttpRequest.POST("/api/v1/public/petition-status", "{\"trackingCode\":\"" + code + "\",\"secret\":\"" + secret + "\"}")
                .contentType("application/json"));
        assertEquals(200, status.status(), status.toString());
        assertEquals("RECEIVED", status.json().get("stages").get(0).get("stage").getStringValue());
        assertNoIdentity("the status lookup", status.body());
        assertFalse(status.body().contains("Tố cáo qua cổng") || status.body().contains("Nội dung"), status.body());
        Api.Response wrong = api().send(HttpRequest.POST("/api/v1/public/petition-status", "{\"trackingCode\":\"" + code + "\",\"secret\":\"AAAAAAAAAAAA\"}")
                .contentType("application/json"));
        Api.Response unknown = api().send(HttpRequest.POST("/api/v1/public/petition-status", "{\"trackingCode\":\"DT-NOSUCHCODE\",\"secret\":\"" + secret + "\"}")
                .contentType("application/json"));
        assertEquals(404, wrong.status());
        assertEquals(404, unknown.status());
        assertEquals(wrong.json().get("detail").getStringValue(), unknown.json().get("detail").getStringValue());
    }

    @Test
    void concurrentSubmissionsToOneOfficeTakeConsecutiveNumbersWithTheirPetitionersAndEvents() throws Exception {
        // the number is taken last in the submission (after the petitioners and the event, whose references are checked
        // at commit): twenty submissions at once still make twenty petitions numbered 1 to 20, each whole
        Fixtures.World w = fixtures.world();
        String portal = portalToken(w, "petitions:submit");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Api.Response>> submissions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String key = "burst-" + i;
            submissions.add(() -> submit(portal, key, portalBody(w.partyOffice(), "RECOMMENDATION", "Kiến nghị số " + key)));
        }
        for (Future<Api.Response> f : pool.invokeAll(submissions)) {
            assertEquals(201, f.get().status(), f.get().toString());
        }
        pool.shutdown();
        int year = java.time.LocalDate.now(clock).getYear();
        assertEquals(20, fixtures.count("SELECT count(DISTINCT number) FROM petition WHERE office_id = ? AND split_part(number, '/', 1)::int BETWEEN 1 AND 20 "
                + "AND split_part(number, '/', 2)::int = ?", w.partyOffice(), year), "numbered 1 to 20: consecutive, none twice, none skipped");
        assertEquals(20, fixtures.count("SELECT count(*) FROM petition WHERE office_id = ?", w.partyOffice()));
        assertEquals(20, fixtures.count("SELECT count(*) FROM petitioner r JOIN petition p ON p.id = r.petition_id WHERE p.office_id = ?", w.partyOffice()));
        assertEquals(20, fixtures.count("SELECT count(*) FROM petition_event e JOIN petition p ON p.id = e.petition_id WHERE p.office_id = ? AND e.kind = 'RECEIVED'",
                w.partyOffice()));
    }

    @Test
    void theDenouncersIdentityReachesOnlyTheHandlerWhoGivesAReason() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        String leader = login(w.leader());
        Api.Response created = api().postJson("/api/v1/petitions", specialist, denunciation("POST"));
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        assertTrue(created.json().get("petitioners").get(0).get("redacted").getBooleanValue());
        // a portal submission too, so the sweep covers both channels
        String portal = portalToken(w, "petitions:submit", "public:read");
        Api.Response receipt = submit(portal, "sweep-1", portalBody(w.partyOffice(), "COMPLAINT", "Khiếu nại qua cổng"));
        assertEquals(201, receipt.status(), receipt.toString());

        // the leader assigns the specialist; the leader is not a handler
        Api.Response assigned = api().postJson("/api/v1/petitions/" + id + "/handlers", leader, "{\"userId\":\"" + userId(w.specialist()) + "\"}");
        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals(403, api().postJson("/api/v1/petitions/" + id + "/handlers", specialist, "{\"userId\":\"" + userId(w.specialist()) + "\"}").status());

        // every petition endpoint, with every role: nobody unentitled ever gets the identity
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("handler (specialist)", specialist);
        callers.put("leader, not a handler", leader);
        callers.put("other office's specialist", login(w.otherOfficeSpecialist()));
        callers.put("other office's leader", login(w.otherOfficeLeader()));
        callers.put("unit officer", login(w.unitOfficer()));
        callers.put("administrator", login(w.admin()));
        callers.put("e-portal", portal);
        callers.put("anonymous", null);
        // the leader classifies and forwards it (a leader of the receiving office may handle, but is not a handler): the letter exists
        Api.Response classified = api().postJson("/api/v1/petitions/" + id + "/classification", leader, "{\"eligible\":false,\"ineligibleReason\":\"OUTSIDE_COMPETENCE\"}");
        assertEquals(200, classified.status(), classified.toString());
        assertNoIdentity("the classification's answer", classified.body());
        Api.Response forwarded = api().postJson("/api/v1/petitions/" + id + "/forwardings", leader, "{\"authority\":\"Thanh tra tỉnh\"}");
        assertEquals(200, forwarded.status(), forwarded.toString());
        assertNoIdentity("the forwarding's answer", forwarded.body());
        String letter = "/api/v1/petitions/" + id + "/documents/" + forwarded.json().get("handling").get("documents").get(0).get("id").getStringValue() + "/letter";
        Api.Response staff = api().get("/api/v1/petitions/" + id + "/assignable-handlers", leader);
        assertTrue(staff.body().contains("\"handler\":true"), staff.body());
        assertEquals(403, api().get("/api/v1/petitions/" + id + "/assignable-handlers", specialist).status());
        String year = "from=2026-01-01&to=2026-12-31";
        List<String> reads = List.of("/api/v1/petitions", "/api/v1/petitions?q=" + "bi%20mat", "/api/v1/petitions?q=" + ID_NUMBER, "/api/v1/petitions/" + id,
                "/api/v1/petitions/" + id + "/history", "/api/v1/petitions/" + id + "/duplicates", "/api/v1/petitions/" + id + "/assignable-handlers",
                "/api/v1/petition-identity-disclosures", "/api/v1/notifications", "/api/v1/audit-events?entityType=petition", "/api/v1/audit-events?entityId=" + id,
                "/api/v1/petition-unit-assignments", "/api/v1/petition-statistics?" + year, "/api/v1/reception-sessions", "/api/v1/voter-recommendations",
                "/api/v1/public/reception-sessions?" + year, "/api/v1/public/voter-recommendations?" + year,
                "/api/v1/petition-deadlines?kind=DENUNCIATION&stage=CLASSIFICATION&from=2026-11-02");
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            for (String path : reads) {
                Api.Response r = api().get(path, caller.getValue());
                assertNoIdentity(caller.getKey() + " GET " + path + " (" + r.status() + ")", r.body());
            }
            if (caller.getValue() != null) {
                try {
                    var download = httpClient.toBlocking().exchange(HttpRequest.GET(letter).bearerAuth(caller.getValue()), byte[].class);
                    assertNoIdentity(caller.getKey() + " the forwarding letter", PetitionHandlingTest.docxText(download.body()));
                } catch (io.micronaut.http.client.exceptions.HttpClientResponseException refused) {
                    assertTrue(refused.getStatus().getCode() >= 400, caller.getKey());
                    assertNoIdentity(caller.getKey() + " the letter's refusal", String.valueOf(refused.getResponse().getBody(String.class).orElse("")));
                }
            }
            if (!caller.getKey().startsWith("handler")) {
                Api.Response reveal = api().postJson("/api/v1/petitions/" + id + "/identity-disclosures", caller.getValue(),
                        "{\"reason\":\"Muốn xem danh tính người tố cáo\"}");
                assertTrue(reveal.status() == 401 || reveal.status() == 403 || reveal.status() == 404, caller.getKey() + ": " + reveal);
                assertNoIdentity(caller.getKey() + " reveal", reveal.body());
            }
            Api.Response replay = submit(caller.getValue(), "sweep-1", portalBody(w.partyOffice(), "COMPLAINT", "Khiếu nại qua cổng"));
            assertNoIdentity(caller.getKey() + " portal replay", replay.body());
        }
        // the other office guessing the id: 404, as for an id that does not exist
        assertEquals(404, api().get("/api/v1/petitions/" + id, login(w.otherOfficeSpecialist())).status());
        assertEquals(404, api().get("/api/v1/petitions/" + UUID.randomUUID(), specialist).status());

        // the handler reveals it, with a reason (too short: 400, nothing recorded)
        assertEquals(400, api().postJson("/api/v1/petitions/" + id + "/identity-disclosures", specialist, "{\"reason\":\"xem\"}").status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition_identity_disclosure WHERE petition_id = ?::uuid", id));
        Api.Response revealed = api().postJson("/api/v1/petitions/" + id + "/identity-disclosures", specialist,
                "{\"reason\":\"Cần liên hệ người tố cáo để bổ sung chứng cứ\"}");
        assertEquals(201, revealed.status(), revealed.toString());
        JsonNode identity = revealed.json().get("petitioners").get(0).get("identity");
        assertEquals(NAME, identity.get("fullName").getStringValue());
        assertEquals(ID_NUMBER, identity.get("idNumber").getStringValue());
        // the administrator sees who, when and why — not the identity
        Api.Response log = api().get("/api/v1/petition-identity-disclosures?petitionId=" + id, login(w.admin()));
        assertEquals(200, log.status(), log.toString());
        assertEquals(1, log.json().get("totalItems").getLongValue());
        assertEquals("Cần liên hệ người tố cáo để bổ sung chứng cứ", log.json().get("items").get(0).get("reason").getStringValue());
        assertNoIdentity("the disclosure log", log.body());
        assertEquals(403, api().get("/api/v1/petition-identity-disclosures", leader).status());

        // at rest: no plain identity in any table that could hold it
        byte[] name = NAME.getBytes(StandardCharsets.UTF_8);
        assertEquals(0, fixtures.count("SELECT count(*) FROM petitioner WHERE position(?::bytea IN identity) > 0", (Object) name));
        for (String marker : MARKERS) {
            assertEquals(0, fixtures.count("SELECT count(*) FROM audit_event WHERE CAST(audit_event AS text) LIKE ?", "%" + marker + "%"), marker);
            assertEquals(0, fixtures.count("SELECT count(*) FROM notification WHERE CAST(notification AS text) LIKE ?", "%" + marker + "%"), marker);
            assertEquals(0, fixtures.count("SELECT count(*) FROM idempotency_record WHERE CAST(idempotency_record AS text) LIKE ?", "%" + marker + "%"), marker);
            assertEquals(0, fixtures.count("SELECT count(*) FROM petition WHERE CAST(petition AS text) LIKE ?", "%" + marker + "%"), marker);
        }
    }

    private String uploadScan(String token, byte[] content) {
        var body = io.micronaut.http.client.multipart.MultipartBody.builder()
                .addPart("file", "don-to-cao-viet-tay.txt", io.micronaut.http.MediaType.of("text/plain"), content).build();
        Api.Response uploaded = api().send(HttpRequest.POST("/api/v1/attachments", body).contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token));
        assertEquals(201, uploaded.status(), uploaded.toString());
        return uploaded.text("id");
    }

    @Test
    void aDenouncersHandwritingIsSealedAndOnlyAHandlerGetsItWithAReason() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        String leader = login(w.leader());
        byte[] scan = ("Đơn tố cáo viết tay của " + NAME + ", " + ADDRESS).getBytes(StandardCharsets.UTF_8);
        String scanId = uploadScan(specialist, scan);
        // a scan someone else uploaded cannot be taken
        String foreign = uploadScan(leader, scan);
        Api.Response refused = api().postJson("/api/v1/petitions", specialist, denunciation("POST").replace("\"attachmentIds\":[]",
                "\"attachmentIds\":[],\"identityScanIds\":[\"" + foreign + "\"]"));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(0, petitions(w));
        assertEquals(200, api().get("/api/v1/attachments/" + foreign, leader).status());

        Api.Response created = api().postJson("/api/v1/petitions", specialist, denunciation("POST").replace("\"attachmentIds\":[]",
                "\"attachmentIds\":[],\"identityScanIds\":[\"" + scanId + "\"]"));
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        assertEquals(1, created.json().get("identityScans").getIntValue());
        // the plain file is gone from the attachment store; what is kept is sealed
        assertEquals(404, api().get("/api/v1/attachments/" + scanId, specialist).status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM attachment WHERE id = ?::uuid", scanId));
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition_identity_scan WHERE position(?::bytea IN sealed_content) > 0 OR position(?::bytea IN sealed_meta) > 0",
                (Object) NAME.getBytes(StandardCharsets.UTF_8), (Object) "don-to-cao".getBytes(StandardCharsets.UTF_8)));

        UUID specialistId = userId(w.specialist());
        assertEquals(200, api().postJson("/api/v1/petitions/" + id + "/handlers", leader, "{\"userId\":\"" + specialistId + "\"}").status());
        String reason = "{\"reason\":\"Đối chiếu bút tích với đơn trước của người tố cáo\"}";
        String scanPath = "/api/v1/petitions/" + id + "/identity-scans/";
        Api.Response disclosed = api().postJson("/api/v1/petitions/" + id + "/identity-disclosures", specialist, reason);
        String sealedScan = disclosed.json().get("scans").get(0).get("scanId").getStringValue();
        // not the leader who is not a handler, not another office
        assertEquals(403, api().postJson(scanPath + sealedScan + "/disclosures", leader, reason).status());
        assertEquals(404, api().postJson(scanPath + sealedScan + "/disclosures", login(w.otherOfficeLeader()), reason).status());
        assertEquals(400, api().postJson(scanPath + sealedScan + "/disclosures", specialist, "{\"reason\":\"xem\"}").status());
        var file = httpClient.toBlocking().exchange(HttpRequest.POST(scanPath + sealedScan + "/disclosures", reason).contentType("application/json")
                .bearerAuth(specialist), byte[].class);
        assertEquals(new String(scan, StandardCharsets.UTF_8), new String(file.body(), StandardCharsets.UTF_8));
        assertEquals("attachment; filename=\"don-to-cao-viet-tay.txt\"; filename*=UTF-8''don-to-cao-viet-tay.txt", file.getHeaders().get("Content-Disposition"),
                "with its original name, as the handler recorded it");
        assertEquals(1, fixtures.count("SELECT count(*) FROM petition_identity_disclosure WHERE petition_id = ?::uuid AND scan_id IS NOT NULL", id));
        Api.Response log = api().get("/api/v1/petition-identity-disclosures?petitionId=" + id, login(w.admin()));
        assertEquals(2, log.json().get("totalItems").getLongValue(), log.toString());
        assertNoIdentity("the disclosure log", log.body());
    }

    private UUID userId(String username) {
        return fixtures.id("SELECT id FROM app_user WHERE username = ?", username);
    }

    @Test
    void badPetitionsAreRefusedAndNothingIsWritten() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        String good = denunciation("POST");
        List<String> bad = List.of(
                good.replace("\"DENUNCIATION\"", "\"GRIEVANCE\""),
                good.replace("\"channel\":\"POST\"", "\"channel\":\"PIGEON\""),
                good.replace("\"content\":\"Cán bộ địa chính xã nhận tiền của các hộ dân để nâng diện tích đền bù\"", "\"content\":\"  \""),
                good.replace("\"channel\":\"POST\"", "\"channel\":\"E_PORTAL\""),
                good.replace("\"channel\":\"POST\"", "\"channel\":\"TRANSFERRED\""),
                good.replace("\"receivedOn\":\"2026-11-02\"", "\"receivedOn\":\"2999-01-01\""),
                good.replace("\"petitionerCount\":null", "\"petitionerCount\":7"));
        for (String body : bad) {
            Api.Response r = api().postJson("/api/v1/petitions", specialist, body);
            assertEquals(400, r.status(), body + " → " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertNoIdentity("a refusal", r.body());
        }
        assertEquals(0, petitions(w));
        assertEquals(0, fixtures.count("SELECT count(*) FROM reference_counter WHERE office_id = ? AND series = 'PETITION'", w.partyOffice()));
        // a unit officer or an administrator does not record petitions
        assertEquals(403, api().postJson("/api/v1/petitions", login(w.unitOfficer()), good).status());
        assertEquals(403, api().postJson("/api/v1/petitions", login(w.admin()), good).status());
        // a crowd of seven with one representative is fine
        Api.Response crowd = api().postJson("/api/v1/petitions", specialist, good.replace("\"petitionerCount\":null", "\"petitionerCount\":7")
                .replace("\"representative\":false", "\"representative\":true"));
        assertEquals(201, crowd.status(), crowd.toString());
        assertTrue(crowd.json().get("crowd").getBooleanValue());
        assertEquals("1/2026", crowd.text("number"));
    }
}
