package vn.lienthong.calendar;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 27: a week's item clashes with a month's item unless it details it; venues match however they are spaced and punctuated. */
@MicronautTest(transactional = false)
class CrossKindClashesTest extends CalendarTestSupport {

    static String linked(String itemJson, String detailsItemId) {
        return itemJson.replace("\"meetingId\":null", "\"meetingId\":null,\"detailsItemId\":" + (detailsItemId == null ? "null" : "\"" + detailsItemId + "\""));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.values().forEach(out::add);
        return out;
    }

    @Test
    void aWeekItemLinkedToItsMonthItemIsClashFreeWhileAnUnlinkedOverlappingOneIsReportedWithBothProgrammesNamed() {
        CalendarWorld cw = calendarWorld();
        String party = login(cw.w().specialist());
        String month = createProgramme(party, cw.partyCalendar(), "MONTH", nextMonth()).text("id");
        String conference = item("Hội nghị Ban Chấp hành Đảng bộ tỉnh", at(10, "08:00"), at(10, "11:00"), false, cw.secretary(), "Hội trường Tỉnh ủy", cw.ward(),
                cw.w().partyOffice(), "PUBLIC", null);
        Api.Response monthItem = addItem(party, month, conference);
        assertEquals(201, monthItem.status(), monthItem.body());
        String monthItemId = monthItem.json().get("item").get("id").getStringValue();
        LocalDate weekStart = PeriodKind.WEEK.startOf(nextMonth().withDayOfMonth(10));
        String week = createProgramme(party, cw.partyCalendar(), "WEEK", weekStart).text("id");

        String check = "{\"periodKind\":\"WEEK\",\"startsAt\":\"" + at(10, "08:00") + "\",\"endsAt\":\"" + at(10, "11:00") + "\",\"allDay\":false,"
                + "\"venue\":\"Hội trường Tỉnh ủy\",\"localityUnitId\":null,\"leaderIds\":[\"" + cw.secretary() + "\"],\"participantBodyIds\":[],"
                + "\"participantUnitIds\":[],\"excludeItemId\":null,\"detailsItemId\":%s}";
        JsonNode unlinkedCheck = api().postJson("/api/v1/clash-checks", party, check.formatted("null")).json().get("clashes");
        assertEquals(List.of("LEADER", "VENUE"), list(unlinkedCheck).stream().map(c -> text(c, "kind")).sorted().toList(), "across kinds, while typing");
        assertEquals("MONTH", text(unlinkedCheck.get(0), "otherPeriodKind"));
        assertEquals("WEEK", text(unlinkedCheck.get(0), "periodKind"));
        assertEquals(0, api().postJson("/api/v1/clash-checks", party, check.formatted("\"" + monthItemId + "\"")).json().get("clashes").size(),
                "with the link proposed, no clash");

        Api.Response detailed = addItem(party, week, linked(conference, monthItemId));
        assertEquals(201, detailed.status(), detailed.body());
        assertEquals(monthItemId, text(detailed.json().get("item"), "detailsItemId"));
        assertEquals(0, detailed.json().get("clashes").size(), "linked items never clash: " + detailed.json().get("clashes"));
        String detailedId = detailed.json().get("item").get("id").getStringValue();

        Api.Response other = addItem(party, week, item("Tiếp đoàn công tác Trung ương", at(10, "09:00"), at(10, "10:00"), cw.secretary(), cw.w().partyOffice(), "INTERNAL"));
        assertEquals(201, other.status(), other.body());
        String otherId = other.json().get("item").get("id").getStringValue();
        List<JsonNode> clashes = list(other.json().get("clashes"));
        assertEquals(2, clashes.size(), "with the month's item and with the week's item detailing it: " + clashes);
        JsonNode withMonth = clashes.stream().filter(c -> monthItemId.equals(text(c, "otherItemId"))).findFirst().orElseThrow();
        assertEquals("LEADER", text(withMonth, "kind"));
        assertEquals("WEEK", text(withMonth, "periodKind"));
        assertEquals(week, text(withMonth, "programmeId"));
        assertTrue(text(withMonth, "programmeTitle").startsWith("Chương trình công tác tuần"), text(withMonth, "programmeTitle"));
        assertEquals("MONTH", text(withMonth, "otherPeriodKind"));
        assertEquals(month, text(withMonth, "otherProgrammeId"));
        String monthLabel = "tháng " + nextMonth().getMonthValue() + "/" + nextMonth().getYear();
        assertEquals("Chương trình công tác " + monthLabel + " của Thường trực Tỉnh ủy", text(withMonth, "otherProgrammeTitle"));
        assertTrue(text(withMonth, "message").contains("«Hội nghị Ban Chấp hành Đảng bộ tỉnh» (Thường trực Tỉnh ủy, chương trình công tác " + monthLabel + ")"),
                text(withMonth, "message"));

        String range = "/api/v1/clashes?from=" + nextMonth() + "&to=" + nextMonth().plusMonths(1).minusDays(1);
        List<JsonNode> swept = list(api().get(range, party).json().get("clashes"));
        assertTrue(swept.stream().noneMatch(c -> pair(c, monthItemId, detailedId)), "the sweep keeps the link: " + swept);
        assertTrue(swept.stream().anyMatch(c -> pair(c, monthItemId, otherId) && "LEADER".equals(text(c, "kind"))), "and sees across kinds: " + swept);
        assertTrue(list(api().get(range + "&periodKind=MONTH", party).json().get("clashes")).stream().anyMatch(c -> pair(c, monthItemId, otherId)),
                "a kind filter keeps the clashes with the other kinds");
        List<JsonNode> viewed = list(api().get("/api/v1/calendar-items?from=" + nextMonth().withDayOfMonth(10) + "&to=" + nextMonth().withDayOfMonth(10), party)
                .json().get("items"));
        assertTrue(viewed.stream().anyMatch(i -> monthItemId.equals(text(i, "detailsItemId")) && detailedId.equals(text(i, "id"))), "the view shows the link");

        String accept = "{\"itemId\":\"" + otherId + "\",\"otherItemId\":\"" + monthItemId + "\",\"kind\":\"LEADER\",\"note\":\"Bí thư dự một phần\"}";
        assertEquals(201, api().postJson("/api/v1/clash-acceptances", party, accept).status(), "a cross-kind clash can be accepted");
    }

    @Test
    void theLinkIsValidated() {
        CalendarWorld cw = calendarWorld();
        String party = login(cw.w().specialist());
        String month = createProgramme(party, cw.partyCalendar(), "MONTH", nextMonth()).text("id");
        String monthItemId = addItem(party, month, item("Hội nghị", at(10, "08:00"), at(10, "11:00"), cw.secretary(), cw.w().partyOffice(), "PUBLIC"))
                .json().get("item").get("id").getStringValue();
        String week = createProgramme(party, cw.partyCalendar(), "WEEK", PeriodKind.WEEK.startOf(nextMonth().withDayOfMonth(10))).text("id");
        String weekItemId = addItem(party, week, item("Họp", at(10, "14:00"), at(10, "15:00"), null, cw.w().partyOffice(), "INTERNAL"))
                .json().get("item").get("id").getStringValue();

        Api.Response sameKind = addItem(party, week, linked(item("Họp", at(10, "14:00"), at(10, "15:00"), null, cw.w().partyOffice(), "INTERNAL"), weekItemId));
        assertEquals(422, sameKind.status(), sameKind.body());
        assertTrue(sameKind.body().contains("\"field\":\"detailsItemId\"") && sameKind.body().contains("longer period"), sameKind.body());
        Api.Response elsewhen = addItem(party, week, linked(item("Hội nghị", at(10, "14:00"), at(10, "15:00"), null, cw.w().partyOffice(), "INTERNAL"), monthItemId));
        assertEquals(422, elsewhen.status());
        assertTrue(elsewhen.body().contains("must overlap"), elsewhen.body());
        Api.Response unknown = addItem(party, week, linked(item("Hội nghị", at(10, "08:00"), at(10, "11:00"), null, cw.w().partyOffice(), "INTERNAL"),
                java.util.UUID.randomUUID().toString()));
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("no such item"), unknown.body());
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String ubndMonth = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String draftItem = addItem(ubnd, ubndMonth, item("Hội nghị", at(10, "08:00"), at(10, "11:00"), cw.chairman(), cw.w().peoplesCommitteeOffice(), "PUBLIC"))
                .json().get("item").get("id").getStringValue();
        assertEquals(422, addItem(party, week, linked(item("Hội nghị", at(10, "08:00"), at(10, "11:00"), null, cw.w().partyOffice(), "INTERNAL"), draftItem))
                .status(), "another office's unsubmitted draft is no item to link to");
        assertEquals(2, fixtures.count("SELECT count(*) FROM programme_item WHERE calendar_id = ?::uuid", cw.partyCalendar()) - 0, "nothing saved");

        Api.Response linkedOk = addItem(party, week, linked(item("Hội nghị", at(10, "08:00"), at(10, "11:00"), cw.secretary(), cw.w().partyOffice(), "PUBLIC"),
                monthItemId));
        assertEquals(201, linkedOk.status(), linkedOk.body());
        String linkedId = linkedOk.json().get("item").get("id").getStringValue();
        Api.Response unlinked = put(party, "/api/v1/programme-items/" + linkedId, "\"0\"",
                linked(item("Hội nghị", at(10, "08:00"), at(10, "11:00"), cw.secretary(), cw.w().partyOffice(), "PUBLIC"), null));
        assertEquals(200, unlinked.status(), unlinked.body());
        assertEquals(null, text(unlinked.json().get("item"), "detailsItemId"));
        assertEquals(monthItemId, text(unlinked.json().get("clashes").get(0), "otherItemId"), "unlinked, it clashes again");
    }

    @Test
    void venuesMatchWhateverTheSpacingAndPunctuation() {
        CalendarWorld cw = calendarWorld();
        String party = login(cw.w().specialist());
        String month = createProgramme(party, cw.partyCalendar(), "MONTH", nextMonth()).text("id");
        addItem(party, month, item("Hội nghị", at(10, "08:00"), at(10, "11:00"), false, cw.secretary(), "Hội trường Thành ủy", null, cw.w().partyOffice(), "PUBLIC", null));
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String ubndMonth = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        Api.Response typedTwice = addItem(ubnd, ubndMonth, item("Họp", at(10, "09:00"), at(10, "10:00"), false, cw.chairman(), "Hội trường  Thành ủy", null,
                cw.w().peoplesCommitteeOffice(), "INTERNAL", null));
        assertEquals(201, typedTwice.status(), typedTwice.body());
        assertEquals("VENUE", text(typedTwice.json().get("clashes").get(0), "kind"), "two spaces are one: " + typedTwice.body());
        String check = "{\"periodKind\":\"MONTH\",\"startsAt\":\"" + at(10, "09:30") + "\",\"endsAt\":\"" + at(10, "10:00") + "\",\"allDay\":false,"
                + "\"venue\":\"%s\",\"localityUnitId\":null,\"leaderIds\":[],\"participantBodyIds\":[],\"participantUnitIds\":[],\"excludeItemId\":null}";
        for (String spelling : List.of("hoi truong - thanh uy.", " Hội trường, Thành Ủy ", "HỘI TRƯỜNG\\tTHÀNH ỦY")) {
            assertEquals(2, api().postJson("/api/v1/clash-checks", ubnd, check.formatted(spelling)).json().get("clashes").size(), spelling);
        }
        assertEquals(0, api().postJson("/api/v1/clash-checks", ubnd, check.formatted("Hội trường Thành ủy 2")).json().get("clashes").size(), "another hall");
    }

    @Test
    void theStoredVenueKeyIsTheVenueWithoutDiacriticsCaseSpacingOrPunctuation() {
        for (String[] pair : new String[][]{{"Hội trường  Thành ủy", "hoi truong thanh uy"}, {" Phòng họp số 1 (tầng 2). ", "phong hop so 1 tang 2"},
                {"Nhà khách – Tỉnh ủy", "nha khach tinh uy"}, {"Đà Nẵng,\tTrung tâm Hội nghị", "da nang trung tam hoi nghi"}, {" .. ", null}}) {
            Object key = fixtures.rows("SELECT venue_normalize(?)", pair[0]).get(0)[0];
            assertEquals(pair[1], key, pair[0]);
        }
    }

    private static boolean pair(JsonNode clash, String a, String b) {
        String x = text(clash, "itemId");
        String y = text(clash, "otherItemId");
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }
}
