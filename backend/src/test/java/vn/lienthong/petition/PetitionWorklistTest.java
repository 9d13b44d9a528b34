package vn.lienthong.petition;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The specialist's worklist and the search, as they read at national scale: the worklist from the assignments' copy of
 * each petition's open flag and due date (kept by triggers as the petition is accepted, extended, forwarded …), the
 * search from the office's partition of the text without diacritics. Both must say exactly what the petitions say.
 */
@MicronautTest(transactional = false)
class PetitionWorklistTest extends ApiTestBase {

    private String receive(String token, String kind, LocalDate receivedOn, String subject, String content) {
        Api.Response created = api().postJson("/api/v1/petitions", token, "{\"kind\":\"" + kind + "\",\"channel\":\"POST\",\"receivedOn\":\"" + receivedOn
                + "\",\"subject\":\"" + subject + "\",\"content\":\"" + content + "\",\"contestedAct\":null,\"addressedTo\":null,\"transferredFrom\":null,"
                + "\"petitioners\":[" + PetitionConfidentialityTest.petitioner(false) + "],\"petitionerCount\":null,\"attachmentIds\":[]}");
        assertEquals(201, created.status(), created.toString());
        return created.text("id");
    }

    private void assign(Fixtures.World w, String petition) {
        UUID specialist = fixtures.id("SELECT id FROM app_user WHERE username = ?", w.specialist());
        Api.Response assigned = api().postJson("/api/v1/petitions/" + petition + "/handlers", login(w.leader()), "{\"userId\":\"" + specialist + "\"}");
        assertEquals(200, assigned.status(), assigned.toString());
    }

    private static List<String> ids(Api.Response list) {
        assertEquals(200, list.status(), list.toString());
        List<String> ids = new ArrayList<>();
        for (JsonNode item : list.json().get("items").values()) {
            ids.add(item.get("id").getStringValue());
        }
        assertEquals(ids.size(), list.json().get("totalItems").getIntValue(), "one page holds them all: the count agrees with the items");
        return ids;
    }

    private String dueOf(String token, String petition) {
        JsonNode handling = api().get("/api/v1/petitions/" + petition, token).json().get("handling");
        JsonNode resolution = handling.get("resolutionDueOn");
        return resolution != null && !resolution.isNull() ? resolution.getStringValue() : handling.get("firstDueOn").getStringValue();
    }

    @Test
    void theWorklistFollowsEachPetitionAsItIsAcceptedAndForwarded() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        LocalDate today = LocalDate.now(clock);
        String late = receive(specialist, "COMPLAINT", today.minusDays(25), "Khiếu nại quyết định thu hồi đất", "Khiếu nại quyết định thu hồi đất nông nghiệp");
        String fresh = receive(specialist, "COMPLAINT", today.minusDays(1), "Khiếu nại về bồi thường", "Khiếu nại mức bồi thường khi giải phóng mặt bằng");
        String notMine = receive(specialist, "RECOMMENDATION", today, "Kiến nghị sửa đường", "Kiến nghị sửa chữa đường liên xã");
        assign(w, late);
        assign(w, fresh);
        String worklist = "/api/v1/petitions?mine=true&open=true&sort=dueOn";

        assertEquals(List.of(late, fresh), ids(api().get(worklist, specialist)), "by due date, only the handler's own");
        Api.Response overdue = api().get(worklist + "&overdue=true", specialist);
        assertEquals(List.of(late), ids(overdue));
        assertTrue(overdue.json().get("items").get(0).get("daysLeft").getLongValue() < 0);
        assertEquals(dueOf(specialist, late), overdue.json().get("items").get(0).get("dueOn").getStringValue());
        assertEquals(3, ids(api().get("/api/v1/petitions?open=true&sort=dueOn", login(w.leader()))).size(), "the office's open petitions");

        // accepted today: due now at the end of the resolution (30 days), after the fresh one's first step
        assertEquals(200, api().postJson("/api/v1/petitions/" + late + "/classification", specialist, "{\"eligible\":true,\"complexity\":\"NORMAL\",\"round\":\"FIRST\"}").status());
        Api.Response accepted = api().postJson("/api/v1/petitions/" + late + "/acceptance", specialist, "{\"acceptedOn\":\"" + today + "\",\"note\":\"Thụ lý\"}");
        assertEquals(200, accepted.status(), accepted.toString());
        Api.Response reordered = api().get(worklist, specialist);
        assertEquals(List.of(fresh, late), ids(reordered));
        assertEquals(accepted.json().get("handling").get("resolutionDueOn").getStringValue(), reordered.json().get("items").get(1).get("dueOn").getStringValue());
        assertEquals(List.of(), ids(api().get(worklist + "&overdue=true", specialist)));

        // forwarded: no longer open, still among the handler's petitions
        assertEquals(200, api().postJson("/api/v1/petitions/" + fresh + "/classification", specialist,
                "{\"eligible\":false,\"ineligibleReason\":\"OUTSIDE_COMPETENCE\",\"note\":\"Thuộc thẩm quyền UBND phường\"}").status());
        Api.Response forwarded = api().postJson("/api/v1/petitions/" + fresh + "/forwardings", specialist, "{\"authority\":\"UBND phường Hoàn Kiếm\"}");
        assertEquals(200, forwarded.status(), forwarded.toString());
        assertEquals(List.of(late), ids(api().get(worklist, specialist)));
        assertEquals(2, ids(api().get("/api/v1/petitions?mine=true&sort=dueOn", specialist)).size());
        assertTrue(!ids(api().get("/api/v1/petitions?mine=true", specialist)).contains(notMine));
    }

    @Test
    void theSearchFindsTheOfficesPetitionsWithOrWithoutDiacriticsAndNoOtherOffices() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        String other = login(w.otherOfficeSpecialist());
        LocalDate today = LocalDate.now(clock);
        String ours = receive(specialist, "COMPLAINT", today, "Khiếu nại về bồi thường", "Liên quan đến dự án khu đô thị Nam Trung Yên, phường Yên Hòa");
        receive(specialist, "COMPLAINT", today, "Khiếu nại về bồi thường", "Liên quan đến dự án khu đô thị Văn Quán, phường Hà Đông");
        String theirs = receive(other, "REFLECTION", today, "Phản ánh ngập úng", "Khu đô thị Nam Trung Yên ngập úng sau mưa");

        assertEquals(List.of(ours), ids(api().get("/api/v1/petitions?q=nam%20trung%20yen", specialist)));
        assertEquals(List.of(ours), ids(api().get("/api/v1/petitions?q=Trung%20Y%C3%AAn", specialist)), "with the diacritics typed");
        assertEquals(List.of(theirs), ids(api().get("/api/v1/petitions?q=nam%20trung%20yen", other)), "each office its own");
        String number = api().get("/api/v1/petitions/" + ours, specialist).text("number");
        assertTrue(ids(api().get("/api/v1/petitions?q=" + number.replace("/", "%2F"), specialist)).contains(ours), "by its number");
        assertEquals(List.of(), ids(api().get("/api/v1/petitions?mine=true&q=nam%20trung%20yen", specialist)), "not assigned to the specialist yet");
        assign(w, ours);
        assertEquals(List.of(ours), ids(api().get("/api/v1/petitions?mine=true&open=true&q=nam%20trung%20yen", specialist)));
    }

    @Test
    void aSearchCountsItsMatchesOnEveryPageAndPastTheLast() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 3; i++) {
            receive(specialist, "RECOMMENDATION", today.minusDays(i), "Kiến nghị sửa đường", "Đường vào khu tái định cư Đông Anh hư hỏng, lần " + i);
        }
        receive(specialist, "RECOMMENDATION", today, "Kiến nghị sửa đường", "Đường vào khu đô thị Mỹ Đình hư hỏng");
        for (String page : List.of("page=0&size=2", "page=1&size=2", "page=2&size=2", "page=7&size=2")) {
            Api.Response list = api().get("/api/v1/petitions?q=tai%20dinh%20cu%20dong%20anh&" + page, specialist);
            assertEquals(200, list.status(), list.toString());
            assertEquals(3, list.json().get("totalItems").getIntValue(), page);
            assertEquals(page.startsWith("page=0") ? 2 : page.startsWith("page=1") ? 1 : 0, list.json().get("items").size(), page);
        }
        Api.Response none = api().get("/api/v1/petitions?q=khong%20co%20dau%20ca", specialist);
        assertEquals(0, none.json().get("totalItems").getIntValue());
    }
}
