package vn.lienthong.kernel.office;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A merger of communes (sáp nhập, issue 18 point 2): open conclusion tasks and open petition verifications move to the
 * successor in one transaction and one audit event, with the counts in the answer; done tasks and reported
 * verifications keep the unit they were given to.
 */
@MicronautTest(transactional = false)
class UnitMergerTest extends OrgTestSupport {
    private static final String PETITION = "{\"kind\":\"COMPLAINT\",\"channel\":\"POST\",\"receivedOn\":\"2026-11-02\",\"subject\":\"Khiếu nại về bồi thường\","
            + "\"content\":\"Đề nghị xem xét lại mức bồi thường khi thu hồi đất\",\"contestedAct\":null,\"addressedTo\":\"Thường trực Tỉnh ủy\",\"transferredFrom\":null,"
            + "\"petitioners\":[{\"fullName\":\"Lê Văn Dân\",\"address\":\"Thôn 3, xã A\",\"idNumber\":\"001099012345\",\"phone\":\"0912345678\",\"representative\":false}],"
            + "\"petitionerCount\":null,\"attachmentIds\":[]}";

    private UUID commune(Fixtures.World w, String code, String name) {
        UUID id = UUID.randomUUID();
        fixtures.update("INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at) VALUES (?, ?, ?, ?, 'COMMUNE', ?, now(), now())",
                id, w.jurisdictionId(), code, name, LocalDate.of(2020, 1, 1));
        return id;
    }

    private static String task(String content, UUID lead, UUID coordinating) {
        String units = "{\"unitId\":\"" + lead + "\",\"role\":\"LEAD\"}" + (coordinating == null ? "" : ",{\"unitId\":\"" + coordinating + "\",\"role\":\"COORDINATING\"}");
        return "{\"content\":\"" + content + "\",\"expectedResult\":\"Báo cáo kết quả\",\"units\":[" + units + "],\"focalOfficer\":\"Nguyễn Văn Đầu Mối\","
                + "\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}";
    }

    private Map<String, Integer> moved(Api.Response merged) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode m : merged.json().get("moved").values()) {
            out.put(m.get("kind").getStringValue(), m.get("count").getIntValue());
        }
        return out;
    }

    @Test
    void aMergerMovesOpenTasksAndPetitionsToTheSuccessorAndNothingClosed() {
        Fixtures.World w = fixtures.world();
        UUID a = commune(w, "XA", "Xã An Bình");
        UUID b = commune(w, "XB", "Xã Bình Minh");
        String ubnd = login(w.otherOfficeSpecialist());
        Api.Response notice = api().postJson("/api/v1/conclusions", ubnd, "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"" + UUID.randomUUID().toString().substring(0, 8)
                + "-TB/UBND\",\"issuedOn\":\"" + LocalDate.now(clock) + "\",\"issuingBodyId\":\"" + w.body() + "\",\"signer\":\"Trần Văn Cường\",\"summary\":\"Kết luận giao ban\","
                + "\"tasks\":[" + task("Rà soát đất công", a, null) + "," + task("Hoàn thành hồ sơ", a, null) + "," + task("Phối hợp giải phóng mặt bằng", w.unit(), a) + "]}");
        assertEquals(201, notice.status(), notice.toString());
        UUID done = fixtures.id("SELECT id FROM conclusion_task WHERE content = 'Hoàn thành hồ sơ' AND jurisdiction_id = ?", w.jurisdictionId());
        fixtures.update("UPDATE conclusion_task SET state = 'DONE', completed_on = ?, progress_percent = 100 WHERE id = ?", LocalDate.now(clock), done);

        String specialist = login(w.specialist());
        UUID assigner = fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist());
        UUID[] petitions = new UUID[2];
        for (int i = 0; i < 2; i++) {
            Api.Response petition = api().postJson("/api/v1/petitions", specialist, PETITION);
            assertEquals(201, petition.status(), petition.toString());
            petitions[i] = UUID.fromString(petition.text("id"));
            fixtures.update("INSERT INTO petition_unit_assignment (id, petition_id, unit_id, request, due_on, assigned_by, assigned_at, result, reported_by, reported_at) "
                    + "VALUES (gen_random_uuid(), ?, ?, 'Xác minh nội dung', ?, ?, now(), ?, ?, ?)", petitions[i], a, LocalDate.now(clock).plusDays(10), assigner,
                    i == 0 ? null : "Đã xác minh", i == 0 ? null : assigner, i == 0 ? null : java.time.Instant.now());
        }

        String admin = login(w.admin());
        String request = "{\"successorUnitId\":\"" + b + "\",\"effectiveOn\":\"" + LocalDate.now(clock) + "\"}";
        assertEquals(403, api().postJson("/api/v1/units/" + a + "/merger", specialist, request).status());
        assertEquals(404, api().postJson("/api/v1/units/" + a + "/merger", login(fixtures.world().admin()), request).status());
        assertEquals(400, api().postJson("/api/v1/units/" + a + "/merger", admin, request.replace(b.toString(), a.toString())).status(), "not into itself");
        assertEquals(400, api().postJson("/api/v1/units/" + a + "/merger", admin, request.replace(b.toString(), fixtures.world().unit().toString())).status(),
                "not into another jurisdiction's unit");
        assertEquals(400, api().postJson("/api/v1/units/" + a + "/merger", admin, "{\"successorUnitId\":\"" + b + "\",\"effectiveOn\":\"2019-12-31\"}").status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM conclusion_task WHERE lead_unit_id = ?", b));

        Api.Response merged = api().postJson("/api/v1/units/" + a + "/merger", admin, request);
        assertEquals(200, merged.status(), merged.toString());
        Map<String, Integer> counts = moved(merged);
        assertEquals(1, counts.get("CONCLUSION_TASK"), merged.toString());
        assertEquals(1, counts.get("CONCLUSION_TASK_COORDINATION"), merged.toString());
        assertEquals(1, counts.get("PETITION_VERIFICATION"), merged.toString());
        assertEquals(LocalDate.now(clock).minusDays(1).toString(), merged.json().get("unit").get("validTo").getStringValue());
        assertEquals(b.toString(), merged.json().get("unit").get("successorUnitId").getStringValue());
        assertEquals(b.toString(), merged.json().get("successor").get("id").getStringValue());

        // open work moved; what was closed keeps the merged unit
        assertEquals(1, fixtures.count("SELECT count(*) FROM conclusion_task WHERE lead_unit_id = ? AND content = 'Rà soát đất công'", b));
        assertEquals(1, fixtures.count("SELECT count(*) FROM conclusion_task WHERE lead_unit_id = ? AND id = ?", a, done));
        assertEquals(1, fixtures.count("SELECT count(*) FROM conclusion_task_coordinator WHERE unit_id = ?", b));
        assertEquals(0, fixtures.count("SELECT count(*) FROM conclusion_task_coordinator WHERE unit_id = ?", a));
        assertEquals(1, fixtures.count("SELECT count(*) FROM petition_unit_assignment WHERE unit_id = ? AND petition_id = ?", b, petitions[0]));
        assertEquals(1, fixtures.count("SELECT count(*) FROM petition_unit_assignment WHERE unit_id = ? AND petition_id = ?", a, petitions[1]));
        // one audited action
        assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'unit' AND entity_id = ? AND action = 'MERGE'", a.toString()));
        // the successor's officer now sees the moved task
        assertEquals(409, api().postJson("/api/v1/units/" + a + "/merger", admin, request).status(), "merged once");
        assertEquals(409, api().postJson("/api/v1/units/" + b + "/merger", admin, "{\"successorUnitId\":\"" + a + "\",\"effectiveOn\":\"" + LocalDate.now(clock) + "\"}").status(),
                "not into a unit that no longer exists");
    }
}
