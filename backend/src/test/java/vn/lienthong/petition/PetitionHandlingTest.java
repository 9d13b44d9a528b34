package vn.lienthong.petition;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each handling outcome and its letter: classify, then accept and resolve, forward with a forwarding letter and record the
 * reply, guide with a reply letter, or file with a reason; units asked to verify report back; every step out of order
 * or by the wrong person is refused with nothing changed. Due dates come from the statutory rules.
 */
@MicronautTest(transactional = false)
class PetitionHandlingTest extends ApiTestBase {

    record Handled(Fixtures.World w, String id, String handler, String leader) {
    }

    private Handled received(String kind, String receivedOn) {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        Api.Response created = api().postJson("/api/v1/petitions", specialist, PetitionConfidentialityTest.denunciation("POST")
                .replace("\"DENUNCIATION\"", "\"" + kind + "\"").replace("2026-11-02", receivedOn));
        assertEquals(201, created.status(), created.toString());
        String id = created.text("id");
        String leader = login(w.leader());
        UUID specialistId = fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist());
        assertEquals(200, api().postJson("/api/v1/petitions/" + id + "/handlers", leader, "{\"userId\":\"" + specialistId + "\"}").status());
        return new Handled(w, id, specialist, leader);
    }

    private Api.Response act(Handled h, String action, String body) {
        return api().postJson("/api/v1/petitions/" + h.id() + "/" + action, h.handler(), body);
    }

    private String expectedDue(String token, String query) {
        Api.Response due = api().get("/api/v1/petition-deadlines?" + query, token);
        assertEquals(200, due.status(), due.toString());
        return due.text("dueOn");
    }

    private String letterText(String token, String petitionId, String documentId) {
        return docxText(httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/petitions/" + petitionId + "/documents/" + documentId + "/letter")
                .bearerAuth(token), byte[].class).body());
    }

    static String docxText(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDenunciationOutsideCompetenceIsForwardedWithALetterAndTheReplyIsTracked() throws Exception {
        Handled h = received("DENUNCIATION", "2026-11-02");
        JsonNode petition = api().get("/api/v1/petitions/" + h.id(), h.handler()).json();
        // 7 working days from receipt (Law on Denunciation 2018, art. 24)
        assertEquals(expectedDue(h.handler(), "kind=DENUNCIATION&stage=CLASSIFICATION&from=2026-11-02"), petition.get("handling").get("firstDueOn").getStringValue());
        assertNotNull(petition.get("handling").get("firstDueRule").getStringValue());

        // forwarding before classifying: 409
        assertEquals(409, act(h, "forwardings", "{\"authority\":\"UBND phường Hoàn Kiếm\"}").status());
        Api.Response classified = act(h, "classification", "{\"eligible\":false,\"ineligibleReason\":\"OUTSIDE_COMPETENCE\",\"note\":\"Thuộc thẩm quyền UBND phường\"}");
        assertEquals(200, classified.status(), classified.toString());
        // not eligible: no acceptance
        assertEquals(409, act(h, "acceptance", "{}").status());
        // a forwarding without a receiving authority: 400, nothing written
        Api.Response noAuthority = act(h, "forwardings", "{\"note\":\"Chuyển đơn\"}");
        assertEquals(400, noAuthority.status(), noAuthority.toString());
        assertEquals(0, fixtures.count("SELECT count(*) FROM petition_forwarding WHERE petition_id = ?::uuid", h.id()));

        Api.Response forwarded = act(h, "forwardings", "{\"authority\":\"Ủy ban nhân dân phường Hoàn Kiếm\",\"note\":\"Đề nghị xem xét, giải quyết\","
                + "\"replyDueOn\":\"" + LocalDate.now(clock).plusDays(30) + "\"}");
        assertEquals(200, forwarded.status(), forwarded.toString());
        assertEquals("FORWARDED", forwarded.text("status"));
        JsonNode handling = forwarded.json().get("handling");
        assertEquals("FORWARDING_LETTER", handling.get("documents").get(0).get("kind").getStringValue());
        String documentId = handling.get("documents").get(0).get("id").getStringValue();
        String forwardingId = handling.get("forwardings").get(0).get("id").getStringValue();
        // the letter: standard form, the authority, the petition's number, the confidentiality reminder — never the denouncer
        String letter = letterText(h.leader(), h.id(), documentId);
        assertTrue(letter.contains("V/v chuyển đơn tố cáo"), letter);
        assertTrue(letter.contains("Kính gửi: Ủy ban nhân dân phường Hoàn Kiếm"), letter);
        assertTrue(letter.contains("số " + forwarded.text("number")), letter);
        assertTrue(letter.contains("Điều 47 Luật Tố cáo"), letter);
        for (String marker : PetitionConfidentialityTest.MARKERS) {
            assertFalse(letter.contains(marker), letter);
        }
        // forwarding twice: 409
        assertEquals(409, act(h, "forwardings", "{\"authority\":\"UBND quận\"}").status());

        Api.Response replied = act(h, "forwardings/" + forwardingId + "/reply", "{\"repliedOn\":\"" + LocalDate.now(clock) + "\",\"summary\":\"Đã giải quyết, trả lời công dân\","
                + "\"documentNumber\":\"45/UBND\"}");
        assertEquals(200, replied.status(), replied.toString());
        assertEquals("45/UBND", replied.json().get("handling").get("forwardings").get(0).get("replyDocument").getStringValue());
        assertEquals(409, act(h, "forwardings/" + forwardingId + "/reply", "{\"repliedOn\":\"" + LocalDate.now(clock) + "\",\"summary\":\"Lần hai\"}").status());
    }

    @Test
    void anEligibleComplaintIsAcceptedAndResolvedWithinTheStatutoryTime() {
        Handled h = received("COMPLAINT", LocalDate.now(clock).minusDays(3).toString());
        assertEquals(200, act(h, "classification", "{\"eligible\":true,\"complexity\":\"COMPLEX\",\"round\":\"FIRST\"}").status());
        String today = LocalDate.now(clock).toString();
        Api.Response accepted = act(h, "acceptance", "{\"acceptedOn\":\"" + today + "\",\"note\":\"Thụ lý giải quyết\"}");
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.text("status"));
        JsonNode handling = accepted.json().get("handling");
        // a complex first-time complaint: 45 days from acceptance (Law on Complaints 2011, art. 28)
        assertEquals(expectedDue(h.handler(), "kind=COMPLAINT&stage=RESOLUTION&round=FIRST&complexity=COMPLEX&from=" + today),
                handling.get("resolutionDueOn").getStringValue());
        assertEquals(handling.get("resolutionDueOn").getStringValue(), handling.get("dueOn").getStringValue());
        assertTrue(handling.get("daysLeft").getLongValue() >= 45, handling.toString());
        assertTrue(accepted.body().contains("\"RESOLVE\""), accepted.body());

        // a unit is asked to verify; its officer reports
        Api.Response asked = act(h, "unit-assignments", "{\"unitId\":\"" + h.w().unit() + "\",\"request\":\"Xác minh nội dung khiếu nại\",\"dueOn\":\""
                + LocalDate.now(clock).plusDays(10) + "\"}");
        assertEquals(200, asked.status(), asked.toString());
        String unit = login(h.w().unitOfficer());
        Api.Response inbox = api().get("/api/v1/petition-unit-assignments?open=true", unit);
        assertEquals(1, inbox.json().get("totalItems").getLongValue(), inbox.toString());
        for (String marker : PetitionConfidentialityTest.MARKERS) {
            assertFalse(inbox.body().contains(marker), inbox.body());
        }
        String assignment = inbox.json().get("items").get(0).get("id").getStringValue();
        assertEquals(404, api().postJson("/api/v1/petition-unit-assignments/" + assignment + "/report", login(h.w().secondUnitOfficer()),
                "{\"result\":\"Không phải đơn vị được hỏi\"}").status());
        Api.Response reported = api().postJson("/api/v1/petition-unit-assignments/" + assignment + "/report", unit, "{\"result\":\"Nội dung khiếu nại có cơ sở một phần\"}");
        assertEquals(200, reported.status(), reported.toString());
        assertEquals(409, api().postJson("/api/v1/petition-unit-assignments/" + assignment + "/report", unit, "{\"result\":\"Lần hai\"}").status());

        Api.Response resolved = act(h, "resolution", "{\"resolvedOn\":\"" + today + "\",\"summary\":\"Ban hành quyết định giải quyết khiếu nại lần đầu\","
                + "\"documentNumber\":\"125/QĐ-UBND\"}");
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals("RESOLVED", resolved.text("status"));
        assertEquals(2, resolved.json().get("handling").get("documents").size());
        assertEquals(409, act(h, "resolution", "{\"summary\":\"Lần hai\"}").status());
    }

    @jakarta.inject.Inject
    PetitionReminderJob reminders;

    @Test
    void handlersAreRemindedBeforeTheDueDateAndTheOfficeIsToldWhenItPasses() {
        // received 30 days ago: 7 working days have long passed
        Handled late = received("DENUNCIATION", LocalDate.now(clock).minusDays(30).toString());
        Handled fresh = received("DENUNCIATION", LocalDate.now(clock).toString());
        UUID handler = fixtures.id("SELECT id FROM app_user WHERE username = ?", late.w().specialist());
        String sent = "SELECT count(*) FROM notification WHERE recipient_user_id = ? AND kind = ? AND entity_id = ?";
        assertTrue(api().get("/api/v1/petitions/" + late.id(), late.handler()).json().get("handling").get("overdue").getBooleanValue());
        Api.Response worklist = api().get("/api/v1/petitions?mine=true&open=true&overdue=true&sort=dueOn", late.handler());
        assertEquals(1, worklist.json().get("totalItems").getLongValue(), worklist.toString());
        assertTrue(worklist.json().get("items").get(0).get("daysLeft").getLongValue() < 0);

        assertTrue(reminders.run());
        assertEquals(1, fixtures.count(sent, handler, "PETITION_OVERDUE", late.id()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PETITION_OVERDUE' AND entity_id = ?",
                late.w().partyOffice(), late.id()));
        assertEquals(0, fixtures.count("SELECT count(*) FROM notification WHERE kind IN ('PETITION_OVERDUE', 'PETITION_DUE_SOON') AND entity_id = ?", fresh.id()));
        assertTrue(reminders.run());
        assertEquals(1, fixtures.count(sent, handler, "PETITION_OVERDUE", late.id()), "once a day");
        // days later the fresh one is due within two days
        clock.advance(java.time.Duration.ofDays(8));
        try {
            assertTrue(reminders.run());
            UUID freshHandler = fixtures.id("SELECT id FROM app_user WHERE username = ?", fresh.w().specialist());
            assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_user_id = ? AND kind IN ('PETITION_OVERDUE', 'PETITION_DUE_SOON') "
                    + "AND entity_id = ?", freshHandler, fresh.id()));
        } finally {
            clock.reset();
        }
    }

    @Test
    void guidanceAndFilingEachIssueTheirDocumentAndTheWrongPeopleAreRefused() throws Exception {
        Handled h = received("RECOMMENDATION", "2026-11-02");
        // another office: 404; a specialist of the office who is not a handler: 403
        assertEquals(404, api().postJson("/api/v1/petitions/" + h.id() + "/classification", login(h.w().otherOfficeLeader()), "{\"eligible\":true}").status());
        UUID other = UUID.randomUUID();
        fixtures.update("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, created_at, updated_at) "
                + "SELECT ?, jurisdiction_id, username || '.khac', 'Chuyên viên khác', password_hash, 'SPECIALIST', office_id, now(), now() FROM app_user WHERE username = ?",
                other, h.w().specialist());
        assertEquals(403, api().postJson("/api/v1/petitions/" + h.id() + "/classification", login(h.w().specialist() + ".khac"), "{\"eligible\":true}").status());
        // a recommendation is not accepted for resolution
        assertEquals(200, act(h, "classification", "{\"eligible\":true}").status());
        assertEquals(409, act(h, "acceptance", "{}").status());
        Api.Response guided = act(h, "guidance", "{\"reply\":\"Nội dung kiến nghị thuộc thẩm quyền của Sở Xây dựng; đề nghị công dân liên hệ Sở Xây dựng.\"}");
        assertEquals(200, guided.status(), guided.toString());
        assertEquals("GUIDED", guided.text("status"));
        String documentId = guided.json().get("handling").get("documents").get(0).get("id").getStringValue();
        String letter = letterText(h.handler(), h.id(), documentId);
        assertTrue(letter.contains("V/v hướng dẫn, trả lời đơn kiến nghị"), letter);
        assertTrue(letter.contains("Sở Xây dựng"), letter);
        assertEquals(409, act(h, "filing", "{\"reason\":\"Đã hướng dẫn\"}").status());

        Handled anonymous = received("DENUNCIATION", "2026-11-02");
        assertEquals(400, act(anonymous, "classification", "{\"eligible\":false}").status());
        assertEquals(200, act(anonymous, "classification", "{\"eligible\":false,\"ineligibleReason\":\"ANONYMOUS\"}").status());
        assertEquals(400, act(anonymous, "filing", "{\"reason\":\" \"}").status());
        Api.Response filed = act(anonymous, "filing", "{\"reason\":\"Đơn không có nội dung cụ thể, không có cơ sở để xác minh\"}");
        assertEquals(200, filed.status(), filed.toString());
        assertEquals("FILING_NOTE", filed.json().get("handling").get("documents").get(0).get("kind").getStringValue());
        assertFalse(filed.json().get("handling").get("overdue").getBooleanValue());
    }
}
