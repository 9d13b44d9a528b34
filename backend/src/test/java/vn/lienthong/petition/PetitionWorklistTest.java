package vn.lienthong.petition;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
        assertTrue(ids(api().get("/api/v1/petitions?q=" + number.substring(0, number.indexOf('/')), specialist)).contains(ours), "by its number without the year");
        assertTrue(ids(api().get("/api/v1/petitions?q=0" + number.replace("/", "%2F"), specialist)).contains(ours), "with a leading zero");
        assertTrue(!ids(api().get("/api/v1/petitions?q=" + number.replace("/", "%2F"), other)).contains(ours), "not by another office's specialist");
        assertEquals(List.of(), ids(api().get("/api/v1/petitions?mine=true&q=nam%20trung%20yen", specialist)), "not assigned to the specialist yet");
        assign(w, ours);
        assertEquals(List.of(ours), ids(api().get("/api/v1/petitions?mine=true&open=true&q=nam%20trung%20yen", specialist)));
    }

    @Test
    void aSearchFindsAPetitionByItsNumberOfAnyYearOrOfTheYearGivenAndTheTextsThatMentionIt() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String lastYears = receive(specialist, "REFLECTION", today.minusYears(1), "Phản ánh năm trước", "Đèn chiếu sáng hỏng");
        Map<String, String> byNumber = new java.util.HashMap<>();
        for (int i = 1; i <= 12; i++) {
            String content = i == 3 ? "Nhắc lại đơn số 12/" + year + " chưa được trả lời" : "Nội dung không có chữ số";
            String id = receive(specialist, "REFLECTION", today, "Phản ánh thứ " + "abcdefghijkl".charAt(i - 1), content);
            byNumber.put(api().get("/api/v1/petitions/" + id, specialist).text("number"), id);
        }
        assertEquals("1/" + (year - 1), api().get("/api/v1/petitions/" + lastYears, specialist).text("number"), "each office and year numbers from 1");
        String first = byNumber.get("1/" + year), second = byNumber.get("2/" + year), twelfth = byNumber.get("12/" + year), third = byNumber.get("3/" + year);

        assertEquals(Set.of(first, lastYears, third), Set.copyOf(ids(api().get("/api/v1/petitions?q=1", specialist))),
                "the number of every year, and the text holding a 1");
        assertEquals(Set.of(first, lastYears), Set.copyOf(ids(api().get("/api/v1/petitions?q=001", specialist))), "leading zeros");
        assertEquals(Set.of(first), Set.copyOf(ids(api().get("/api/v1/petitions?q=1%2F" + year, specialist))), "the year given");
        assertEquals(Set.of(lastYears), Set.copyOf(ids(api().get("/api/v1/petitions?q=1%2F" + (year - 1), specialist))));
        assertEquals(Set.of(second, third), Set.copyOf(ids(api().get("/api/v1/petitions?q=2", specialist))),
                "numbered 2 (not 12, whose number holds a 2) and the text holding a 2");
        assertEquals(Set.of(twelfth, third), Set.copyOf(ids(api().get("/api/v1/petitions?q=12%2F" + year, specialist))), "and the text that mentions it");
        assertEquals(Set.of(), Set.copyOf(ids(api().get("/api/v1/petitions?q=13%2F" + year, specialist))));
        assertEquals(0, fixtures.rows("SELECT 1 FROM petition_text t JOIN petition p ON p.id = t.petition_id WHERE p.office_id = ? AND p.id <> ? "
                + "AND strpos(t.search_text, p.number) > 0", w.partyOffice(), UUID.fromString(third)).size(), "the search text holds no number");
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

    /**
     * A query of several words reads the words' index (search_words, V22) and must find exactly what "the text contains
     * the query" finds: a first word that ends a longer word, a last word that begins one, punctuation next to a word,
     * two spaces, quotes and backslashes, a word cut at 100 characters, a tab that is not a space.
     */
    @Test
    void aSearchOfSeveralWordsFindsExactlyTheTextsContainingTheQuery() {
        Fixtures.World w = fixtures.world();
        String specialist = login(w.specialist());
        LocalDate today = LocalDate.now(clock);
        String x100 = "x".repeat(100);
        String x150 = "x".repeat(150);
        String y2048 = "y".repeat(2048); // a tsvector lexeme holds 2,047 bytes: a longer one wraps (2,048 to nothing); a query (200 at most) is shorter
        Map<String, String> texts = Map.of(
                "huge", "Phần đầu " + y2048 + " phần cuối",
                "phrase", "Liên quan đến dự án khu đô thị Nam Trung Yên, phường Yên Hòa",
                "longer", "Dự án khu đô thị Nam Trung Yênxyz chậm tiến độ",
                "short", "Ngập úng ở Trung Yên sau mưa",
                "twoSpaces", "Khu đô thị Nam  Trung Yên có hai dấu cách",
                "quotes", "Thư của ông O'Neil lưu ở C:\\\\tài liệu\\\\đơn", // JSON: one backslash
                "long", "Mở đầu " + x150 + " kết thúc",
                "tab", "Một\\thai ba bốn"); // JSON: a tab
        Map<String, String> ids = new java.util.HashMap<>();
        texts.forEach((name, content) -> ids.put(name, receive(specialist, "REFLECTION", today, "Phản ánh " + name, content)));

        assertEquals("'trung' & 'yen':*", fixtures.rows("SELECT search_words_query('Nam Trung Yên')::text").get(0)[0]);
        assertEquals(null, fixtures.rows("SELECT search_words_query('Yên')::text").get(0)[0], "a single word: the trigrams");
        for (String q : List.of("nam trung yen", "Trung Yên", "ung yen", "trung yen,", "yen hoa", "nam  trung yen", "am trung yenx",
                "o'neil luu o c:\\tai", "neil luu", "lieu\\don", "dau " + x150 + " ket", "dau " + x100 + "x ket", "dau " + "x".repeat(120),
                "dau " + "x".repeat(151), "dau x", "phan dau yyyyyyyyyy", "dau " + "y".repeat(150), "y".repeat(120) + " phan cuoi", "thai ba", "mot hai", "yen", "%", "khong co dau ca")) {
            Set<String> expected = new TreeSet<>();
            for (Object[] row : fixtures.rows("SELECT petition_id::text FROM petition_text WHERE office_id = ? AND position(search_normalize(?) IN search_text) > 0",
                    w.partyOffice(), q)) {
                expected.add((String) row[0]);
            }
            Api.Response found = api().get("/api/v1/petitions?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"), specialist);
            assertEquals(expected, new TreeSet<>(ids(found)), q);
        }
        assertEquals(Set.of(ids.get("phrase"), ids.get("longer")), new TreeSet<>(ids(api().get("/api/v1/petitions?q=nam%20trung%20yen", specialist))));
        assertEquals(Set.of(ids.get("phrase"), ids.get("longer"), ids.get("short"), ids.get("twoSpaces")), new TreeSet<>(ids(api().get("/api/v1/petitions?q=ung%20yen", specialist))));
        assertEquals(Set.of(ids.get("long")), new TreeSet<>(ids(api().get("/api/v1/petitions?q=dau%20" + x150 + "%20ket", specialist))));
        assertEquals(Set.of(ids.get("quotes")), new TreeSet<>(ids(api().get("/api/v1/petitions?q=neil%20luu", specialist))));
        assertEquals(Set.of(ids.get("huge")), new TreeSet<>(ids(api().get("/api/v1/petitions?q=phan%20dau%20" + "y".repeat(150), specialist))));
    }
}
