package vn.lienthong.review;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review's life: opened by the host office, findings written, a proposal turned into a task whose progress the review
 * shows, finalised by a leader of the host office, the report downloaded; the rotation of hosts; and every refusal with
 * nothing changed.
 */
@MicronautTest(transactional = false)
class ReviewApiTest extends ApiTestBase {
    static final String PERIOD = "\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-12-31\"";

    static String docxText(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID naOffice(Fixtures.World w) {
        UUID na = UUID.randomUUID();
        fixtures.update("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) VALUES (?, ?, 'VPDDBQH', "
                + "'NA_DELEGATION_AND_PEOPLES_COUNCIL_OFFICE', 'Văn phòng Đoàn ĐBQH và HĐND', 'NA Delegation and People''s Council Office', 'VPĐĐBQH&HĐND', now(), now())",
                na, w.jurisdictionId());
        return na;
    }

    private String create(Fixtures.World w, String user, UUID host, String kind, String period) {
        Api.Response created = api().postJson("/api/v1/reviews", login(user), ReviewFiguresTest.reviewJson(kind, period, host));
        assertEquals(201, created.status(), created.toString());
        return created.text("id");
    }

    private Api.Response send(HttpRequest<?> request, String token) {
        return api().send(Api.auth((io.micronaut.http.MutableHttpRequest<?>) request, token));
    }

    private long reviews(Fixtures.World w) {
        return fixtures.count("SELECT count(*) FROM review WHERE jurisdiction_id = ?", w.jurisdictionId());
    }

    @Test
    void theHostWritesFindingsTurnsAProposalIntoATaskFinalisesAndDownloads() {
        Fixtures.World w = fixtures.world();
        fixtures.update("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (gen_random_uuid(), ?, ?, 'TTTU', 'Thường trực Tỉnh ủy', 'Standing Board', now(), now())", w.jurisdictionId(), w.partyOffice());
        String specialist = login(w.specialist());
        String id = create(w, w.specialist(), w.partyOffice(), "ANNUAL", PERIOD);
        JsonNode review = api().get("/api/v1/reviews/" + id, specialist).json();
        assertEquals("DRAFT", review.get("status").getStringValue());
        assertEquals(1, review.get("allowedActions").size());
        assertEquals("EDIT", review.get("allowedActions").get(0).getStringValue());
        // the participating offices default to every other office
        assertEquals(w.peoplesCommitteeOffice().toString(), review.get("participatingOffices").get(0).get("id").getStringValue());

        Api.Response lesson = api().postJson("/api/v1/reviews/" + id + "/findings", specialist,
                "{\"section\":\"LESSON\",\"content\":\"Trao đổi sớm lịch các hội nghị lớn để tránh trùng lịch\",\"cause\":null}");
        assertEquals(201, lesson.status(), lesson.toString());
        Api.Response shortcoming = api().postJson("/api/v1/reviews/" + id + "/findings", specialist,
                "{\"section\":\"SHORTCOMING\",\"content\":\"Có lúc gửi chương trình chậm\",\"cause\":\"Chưa có đầu mối thường xuyên\"}");
        assertEquals(201, shortcoming.status(), shortcoming.toString());
        Api.Response proposal = api().postJson("/api/v1/reviews/" + id + "/findings", specialist,
                "{\"section\":\"PROPOSAL\",\"content\":\"Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý\",\"cause\":null}");
        String proposalId = proposal.text("id");
        assertEquals(1, proposal.json().get("position").getIntValue());

        // the proposal becomes a task of the conclusions feature, led by the unit, followed up by the host office
        String deadline = LocalDate.now(clock).plusMonths(3).toString();
        Api.Response converted = api().postJson("/api/v1/reviews/" + id + "/findings/" + proposalId + "/task", specialist,
                "{\"leadUnitId\":\"" + w.unit() + "\",\"coordinatingUnitIds\":[\"" + w.secondUnit() + "\"],\"deadline\":\"" + deadline + "\",\"expectedResult\":null,\"focalOfficer\":null}");
        assertEquals(201, converted.status(), converted.toString());
        String taskId = converted.json().get("task").get("taskId").getStringValue();
        assertEquals("IN_PROGRESS", converted.json().get("task").get("status").getStringValue());
        assertEquals(1, fixtures.count("SELECT count(*) FROM conclusion_task t JOIN conclusion_document d ON d.id = t.document_id WHERE t.id = ?::uuid "
                + "AND d.review_id = ?::uuid AND t.lead_unit_id = ? AND t.following_office_id = ?", taskId, id, w.unit(), w.partyOffice()));
        // the lead unit sees it in its tasks, and its reported progress shows in the review
        Api.Response mine = api().get("/api/v1/conclusion-tasks?mine=true", login(w.unitOfficer()));
        assertTrue(mine.body().contains(taskId), mine.toString());
        fixtures.update("UPDATE conclusion_task SET progress_percent = 60 WHERE id = ?::uuid", taskId);
        JsonNode reread = api().get("/api/v1/reviews/" + id, specialist).json();
        assertEquals(60, reread.get("findings").get(2).get("task").get("progressPercent").getIntValue());
        assertEquals("PROPOSAL", reread.get("findings").get(2).get("section").getStringValue());

        // a specialist may not finalise; the host office's leader does
        assertEquals(403, api().postJson("/api/v1/reviews/" + id + "/finalisation", specialist, "").status());
        String leader = login(w.leader());
        assertTrue(api().get("/api/v1/reviews/" + id, leader).body().contains("\"FINALISE\""));
        Api.Response finalised = api().postJson("/api/v1/reviews/" + id + "/finalisation", leader, "");
        assertEquals(200, finalised.status(), finalised.toString());
        assertEquals("Lê Văn Lãnh Đạo", finalised.text("finalisedBy"));

        byte[] docx = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/" + id + "/report").bearerAuth(leader), byte[].class).body();
        String text = docxText(docx);
        assertTrue(text.contains("III. BÀI HỌC KINH NGHIỆM"), text);
        assertTrue(text.contains("Trao đổi sớm lịch các hội nghị lớn"), text);
        assertTrue(text.contains("Nguyên nhân: Chưa có đầu mối thường xuyên"), text);
        assertTrue(text.contains("Đã giao: Sở Nội vụ chủ trì"), text);
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'review' AND entity_id = ? AND action = 'DOWNLOAD'", id));
        Api.Response xlsx = send(HttpRequest.GET("/api/v1/reviews/" + id + "/figures/export"), leader);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().contains("spreadsheetml"), xlsx.contentType());
    }

    @Test
    void badInputIsRefusedClearlyAndChangesNothing() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        // a period that ends before it starts
        Api.Response backwards = api().postJson("/api/v1/reviews", specialist,
                ReviewFiguresTest.reviewJson("ANNUAL", "\"periodFrom\":\"2025-12-31\",\"periodTo\":\"2025-01-01\"", w.partyOffice()));
        assertEquals(400, backwards.status(), backwards.toString());
        assertTrue(backwards.contentType().startsWith("application/problem+json"));
        assertEquals("periodTo", backwards.json().get("errors").get(0).get("field").getStringValue());
        // another office's review
        assertEquals(403, api().postJson("/api/v1/reviews", specialist, ReviewFiguresTest.reviewJson("ANNUAL", PERIOD, w.peoplesCommitteeOffice())).status());
        // a unit officer
        assertEquals(403, api().get("/api/v1/reviews", login(w.unitOfficer())).status());
        assertEquals(0, reviews(w));

        String id = create(w, w.specialist(), w.partyOffice(), "ANNUAL", PERIOD);
        String proposal = api().postJson("/api/v1/reviews/" + id + "/findings", specialist, "{\"section\":\"PROPOSAL\",\"content\":\"Đào tạo, bồi dưỡng cán bộ\"}")
                .text("id");
        String lesson = api().postJson("/api/v1/reviews/" + id + "/findings", specialist, "{\"section\":\"LESSON\",\"content\":\"Phối hợp chặt chẽ\"}").text("id");
        long tasks = fixtures.count("SELECT count(*) FROM conclusion_task WHERE jurisdiction_id = ?", w.jurisdictionId());
        // converting a proposal without a lead unit
        Api.Response noLead = api().postJson("/api/v1/reviews/" + id + "/findings/" + proposal + "/task", specialist,
                "{\"leadUnitId\":null,\"deadline\":\"" + LocalDate.now(clock).plusMonths(1) + "\"}");
        assertEquals(400, noLead.status(), noLead.toString());
        assertEquals("leadUnitId", noLead.json().get("errors").get(0).get("field").getStringValue());
        // a lesson is not a proposal
        assertEquals(409, api().postJson("/api/v1/reviews/" + id + "/findings/" + lesson + "/task", specialist,
                "{\"leadUnitId\":\"" + w.unit() + "\",\"deadline\":\"" + LocalDate.now(clock).plusMonths(1) + "\"}").status());
        assertEquals(tasks, fixtures.count("SELECT count(*) FROM conclusion_task WHERE jurisdiction_id = ?", w.jurisdictionId()));
        assertEquals(0, fixtures.count("SELECT count(*) FROM review_finding WHERE task_id IS NOT NULL AND review_id = ?::uuid", id));
        // a cause on a lesson
        assertEquals(400, api().postJson("/api/v1/reviews/" + id + "/findings", specialist, "{\"section\":\"LESSON\",\"content\":\"x\",\"cause\":\"y\"}").status());
        // a stale If-Match and none at all
        String body = ReviewFiguresTest.reviewJson("ANNUAL", PERIOD, w.partyOffice()).replace("Sơ kết", "Đánh giá");
        assertEquals(412, send(HttpRequest.PUT("/api/v1/reviews/" + id, body).contentType("application/json").header("If-Match", "\"99\""), specialist).status());
        assertEquals(428, send(HttpRequest.PUT("/api/v1/reviews/" + id, body).contentType("application/json"), specialist).status());
        // the other office may read but not edit or finalise
        assertEquals(200, api().get("/api/v1/reviews/" + id, login(w.otherOfficeSpecialist())).status());
        assertEquals(403, api().postJson("/api/v1/reviews/" + id + "/findings", login(w.otherOfficeSpecialist()), "{\"section\":\"LESSON\",\"content\":\"x\"}").status());
        assertEquals(403, api().postJson("/api/v1/reviews/" + id + "/finalisation", login(w.otherOfficeLeader()), "").status());
        // unknown and foreign ids: 404
        assertEquals(404, api().get("/api/v1/reviews/" + UUID.randomUUID(), specialist).status());
        Fixtures.World elsewhere = fixtures.world();
        assertEquals(404, api().get("/api/v1/reviews/" + id, login(elsewhere.specialist())).status());

        // finalising twice, and editing what is finalised
        String leader = login(w.leader());
        assertEquals(200, api().postJson("/api/v1/reviews/" + id + "/finalisation", leader, "").status());
        Api.Response finalisedResponse = api().get("/api/v1/reviews/" + id, leader);
        JsonNode finalised = finalisedResponse.json();
        assertEquals(409, api().postJson("/api/v1/reviews/" + id + "/finalisation", leader, "").status());
        Api.Response edit = api().postJson("/api/v1/reviews/" + id + "/findings", specialist, "{\"section\":\"LESSON\",\"content\":\"Thêm sau\"}");
        assertEquals(409, edit.status(), edit.toString());
        assertTrue(edit.contentType().startsWith("application/problem+json"));
        String etag = "\"" + finalised.get("version").getLongValue() + "\"";
        assertEquals(409, send(HttpRequest.PUT("/api/v1/reviews/" + id, body).contentType("application/json").header("If-Match", etag), specialist).status());
        assertEquals(finalisedResponse.body(), api().get("/api/v1/reviews/" + id, leader).body());
    }

    @Test
    void theRotationProposesTheNextHost() {
        Fixtures.World w = fixtures.world();
        UUID na = naOffice(w);
        String specialist = login(w.specialist());
        // no agreed order yet: by kind of office; no annual review yet: the first
        JsonNode rotation = api().get("/api/v1/review-rotation", specialist).json();
        assertEquals(false, rotation.get("agreed").getBooleanValue());
        assertEquals(w.partyOffice().toString(), rotation.get("nextHost").get("id").getStringValue());
        // the Party Committee Office hosted the last annual review: the NA delegation office is next
        create(w, w.specialist(), w.partyOffice(), "ANNUAL", PERIOD);
        assertEquals(na.toString(), api().get("/api/v1/review-rotation", specialist).json().get("nextHost").get("id").getStringValue());
        // an interim review does not move the rotation
        create(w, w.otherOfficeSpecialist(), w.peoplesCommitteeOffice(), "INTERIM", "\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-06-30\"");
        assertEquals(na.toString(), api().get("/api/v1/review-rotation", specialist).json().get("nextHost").get("id").getStringValue());

        // the offices agree another order: People's Committee, Party Committee, NA delegation
        String order = "{\"officeIds\":[\"" + w.peoplesCommitteeOffice() + "\",\"" + w.partyOffice() + "\",\"" + na + "\"]}";
        assertEquals(403, send(HttpRequest.PUT("/api/v1/review-rotation", order).contentType("application/json"), specialist).status());
        Api.Response missing = send(HttpRequest.PUT("/api/v1/review-rotation", "{\"officeIds\":[\"" + w.partyOffice() + "\"]}").contentType("application/json"),
                login(w.admin()));
        assertEquals(400, missing.status(), missing.toString());
        Api.Response agreed = send(HttpRequest.PUT("/api/v1/review-rotation", order).contentType("application/json"), login(w.admin()));
        assertEquals(200, agreed.status(), agreed.toString());
        assertEquals(true, agreed.json().get("agreed").getBooleanValue());
        assertEquals(na.toString(), agreed.json().get("nextHost").get("id").getStringValue());
        // a 2026 annual review hosted by the NA delegation office would wrap round to the People's Committee Office
        fixtures.update("INSERT INTO review (id, jurisdiction_id, number, kind, title, period_from, period_to, host_office_id, status, created_by, created_at, updated_at) "
                + "SELECT gen_random_uuid(), ?, '1/2026', 'ANNUAL', 'Đánh giá năm 2026', DATE '2026-01-01', DATE '2026-12-31', ?, 'DRAFT', id, now(), now() "
                + "FROM app_user WHERE username = ?", w.jurisdictionId(), na, w.specialist());
        assertEquals(w.peoplesCommitteeOffice().toString(), api().get("/api/v1/review-rotation", specialist).json().get("nextHost").get("id").getStringValue());
    }
}
