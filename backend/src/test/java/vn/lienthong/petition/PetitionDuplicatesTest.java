package vn.lienthong.petition;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duplicate detection with accents dropped or changed: the same petitioner typed without diacritics, the same content
 * typed without or with wrong diacritics; linking into one case; the flags of a repeated and a long-standing case.
 */
@MicronautTest(transactional = false)
class PetitionDuplicatesTest extends ApiTestBase {

    private String receive(String token, String name, String idNumber, String content, String receivedOn) {
        String body = "{\"kind\":\"COMPLAINT\",\"channel\":\"POST\",\"receivedOn\":\"" + receivedOn + "\",\"subject\":\"Khiếu nại thu hồi đất\",\"content\":\"" + content
                + "\",\"petitioners\":[{\"fullName\":\"" + name + "\",\"idNumber\":" + (idNumber == null ? "null" : "\"" + idNumber + "\"") + ",\"representative\":false}]}";
        Api.Response created = api().postJson("/api/v1/petitions", token, body);
        assertEquals(201, created.status(), created.toString());
        return created.text("id");
    }

    @Test
    void theSamePetitionerAndTheSameMatterAreFoundWithAccentsDroppedOrChanged() {
        Fixtures.World w = fixtures.world();
        String token = login(w.specialist());
        String content = "Khiếu nại quyết định thu hồi đất số 123 của Ủy ban nhân dân phường Tây Hồ đối với thửa đất của gia đình tôi";
        String a = receive(token, "Nguyễn Văn Bình", "001080011111", content, "2026-10-01");
        String sameName = receive(token, "nguyen van binh", null, "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho gia đình", "2026-10-15");
        String sameId = receive(token, "Trần Văn Khác", "001080011111", "Phản ánh việc sửa chữa nhà văn hóa tổ dân phố", "2026-10-20");
        String noAccents = receive(token, "Lê Thị Hàng Xóm", null,
                "Khieu nai quyet dinh thu hoi dat so 123 cua Uy ban nhan dan phuong Tay Ho doi voi thua dat cua gia dinh toi", "2026-11-01");
        String wrongAccents = receive(token, "Phạm Văn Khác Nữa", null,
                "Khìếu nài quyềt đỉnh thú hồì đất số 123 của Ủy bản nhân dán phường Tẩy Hô đối vói thửa đát của gia đình tôi", "2026-11-02");
        String unrelated = receive(token, "Hoàng Thị Xa Lạ", null, "Kiến nghị lắp đặt đèn chiếu sáng ngõ 45 phố Thụy Khuê", "2026-11-03");

        Api.Response found = api().get("/api/v1/petitions/" + a + "/duplicates", token);
        assertEquals(200, found.status(), found.toString());
        Map<String, JsonNode> byId = new HashMap<>();
        found.json().values().forEach(c -> byId.put(c.get("petitionId").getStringValue(), c));
        assertTrue(byId.get(sameName).get("samePetitioner").getBooleanValue(), found.body());
        assertTrue(byId.get(sameId).get("samePetitioner").getBooleanValue(), found.body());
        assertTrue(byId.get(noAccents).get("similarity").getNumberValue().doubleValue() > 0.9, found.body());
        assertFalse(byId.get(noAccents).get("samePetitioner").getBooleanValue());
        assertTrue(byId.get(wrongAccents).get("similarity").getNumberValue().doubleValue() > 0.9, found.body());
        assertFalse(byId.containsKey(unrelated), found.body());
        // the same petitioner ranks first; no identity is in the answer
        assertTrue(found.json().get(0).get("samePetitioner").getBooleanValue());
        assertFalse(found.body().contains("Bình") || found.body().contains("001080011111"), found.body());
        // another office does not see them
        assertEquals(404, api().get("/api/v1/petitions/" + a + "/duplicates", login(w.otherOfficeSpecialist())).status());

        // the first one is answered with guidance; the later ones join its case: the last one is a repeat on a matter already
        // answered, and three petitions make a long-standing case
        UUID specialistId = fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist());
        assertEquals(200, api().postJson("/api/v1/petitions/" + a + "/handlers", login(w.leader()), "{\"userId\":\"" + specialistId + "\"}").status());
        assertEquals(200, api().postJson("/api/v1/petitions/" + a + "/classification", token, "{\"eligible\":true}").status());
        assertEquals(200, api().postJson("/api/v1/petitions/" + a + "/guidance", token, "{\"reply\":\"Đề nghị công dân gửi đơn đến UBND phường Tây Hồ\"}").status());
        Api.Response linked = api().postJson("/api/v1/petitions/" + noAccents + "/case", token, "{\"petitionIds\":[\"" + a + "\"],\"title\":\"Vụ việc thu hồi đất số 123\"}");
        assertEquals(200, linked.status(), linked.toString());
        assertTrue(linked.body().contains("\"REPEATED\""), linked.body());
        assertFalse(linked.body().contains("\"LONG_STANDING\""), linked.body());
        String caseId = linked.text("caseId");
        Api.Response third = api().postJson("/api/v1/petitions/" + wrongAccents + "/case", token, "{\"petitionIds\":[\"" + noAccents + "\"]}");
        assertEquals(caseId, third.text("caseId"));
        assertTrue(third.body().contains("\"LONG_STANDING\""), third.body());
        Api.Response theCase = api().get("/api/v1/petition-cases/" + caseId, token);
        assertEquals(3, theCase.json().get("petitions").size(), theCase.toString());
        assertEquals("2026-10-01", theCase.text("firstReceivedOn"));
        assertEquals(404, api().get("/api/v1/petition-cases/" + caseId, login(w.otherOfficeSpecialist())).status());
        // a petition of another office cannot be linked
        Api.Response foreign = api().postJson("/api/v1/petitions", login(w.otherOfficeSpecialist()), "{\"kind\":\"COMPLAINT\",\"channel\":\"POST\",\"receivedOn\":\"2026-11-01\","
                + "\"subject\":\"Khác\",\"content\":\"Nội dung khác\",\"petitioners\":[]}");
        assertEquals(400, api().postJson("/api/v1/petitions/" + a + "/case", token, "{\"petitionIds\":[\"" + foreign.text("id") + "\"]}").status());
    }
}
