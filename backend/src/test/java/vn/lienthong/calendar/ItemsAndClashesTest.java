package vn.lienthong.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ItemsAndClashesTest extends CalendarTestSupport {

    /** The standing board's submitted month programme with the secretary chairing a conference 08:00–11:00 on the 10th of next month. */
    private String partyItem(CalendarWorld cw, boolean submit) {
        String party = login(cw.w().specialist());
        String programme = createProgramme(party, cw.partyCalendar(), "MONTH", nextMonth()).text("id");
        Api.Response item = addItem(party, programme, item("Hội nghị Ban Chấp hành Đảng bộ tỉnh", at(10, "08:00"), at(10, "11:00"), false, cw.secretary(),
                "Hội trường Tỉnh ủy", cw.ward(), cw.w().partyOffice(), "PUBLIC", null));
        assertEquals(201, item.status(), item.body());
        if (submit) {
            assertOk(action(login(cw.w().leader()), programme, "submission", null));
        }
        return item.json().get("item").get("id").getStringValue();
    }

    @Test
    void aClashWithAnotherBodysItemForTheSameLeaderComesBackWithTheSavedItemInVietnamese() {
        CalendarWorld cw = calendarWorld();
        String partyItemId = partyItem(cw, true);
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        Api.Response written = addItem(ubnd, programme, item("Làm việc với huyện Sóc Sơn", at(10, "09:00"), at(10, "10:00"), cw.secretary(),
                cw.w().peoplesCommitteeOffice(), "PUBLIC"));
        assertEquals(201, written.status(), written.body());
        assertEquals(1, fixtures.count("SELECT count(*) FROM programme_item WHERE programme_id = ?::uuid", programme), "saved despite the clash");
        JsonNode clashes = written.json().get("clashes");
        assertEquals(1, clashes.size(), clashes.toString());
        JsonNode clash = clashes.get(0);
        assertEquals("LEADER", text(clash, "kind"));
        assertEquals("CONFLICT", text(clash, "severity"));
        assertEquals(partyItemId, text(clash, "otherItemId"));
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh", text(clash, "otherTitle"));
        String day = String.format("%02d/%02d/%d", 10, nextMonth().getMonthValue(), nextMonth().getYear());
        assertEquals("Trùng lịch: Nguyễn Văn Bí Thư (Bí thư Tỉnh ủy) đã có lịch «Hội nghị Ban Chấp hành Đảng bộ tỉnh» (Thường trực Tỉnh ủy) 08:00–11:00 ngày "
                + day + ".", text(clash, "message"));

        String check = "{\"periodKind\":\"MONTH\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"allDay\":false,\"venue\":\"%s\",\"localityUnitId\":null,"
                + "\"leaderIds\":[\"" + cw.secretary() + "\"],\"participantBodyIds\":[],\"participantUnitIds\":[],\"excludeItemId\":null}";
        Api.Response typed = api().postJson("/api/v1/clash-checks", ubnd, check.formatted(at(10, "10:30"), at(10, "12:00"), ""));
        assertEquals(200, typed.status(), typed.body());
        assertEquals(1, typed.json().get("clashes").size(), "a check finds it before saving");
        assertEquals(0, api().postJson("/api/v1/clash-checks", ubnd, check.formatted(at(10, "11:00"), at(10, "12:00"), "")).json().get("clashes").size(),
                "back to back is no clash");
        JsonNode venue = api().postJson("/api/v1/clash-checks", ubnd, check.formatted(at(10, "07:00"), at(10, "08:30"), " hoi truong tinh uy ")
                .replace(cw.secretary().toString(), cw.chairman().toString())).json().get("clashes");
        assertEquals("VENUE", text(venue.get(0), "kind"), "the venue compares without diacritics: " + venue);
        assertEquals(422, api().postJson("/api/v1/clash-checks", ubnd, check.formatted(at(10, "10:00"), at(10, "09:00"), "")).status());
        assertEquals(2, fixtures.count("SELECT count(*) FROM programme_item WHERE jurisdiction_id = ?", cw.w().jurisdictionId()), "checks save nothing");
    }

    @Test
    void aClashWithAnotherOfficesUnsubmittedDraftIsShownWithoutItsTitle() {
        CalendarWorld cw = calendarWorld();
        partyItem(cw, false);
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        JsonNode clash = addItem(ubnd, programme, item("Làm việc", at(10, "09:00"), at(10, "10:00"), cw.secretary(), cw.w().peoplesCommitteeOffice(), "PUBLIC"))
                .json().get("clashes").get(0);
        assertNull(text(clash, "otherTitle"));
        assertTrue(text(clash, "message").contains("một hoạt động trong dự thảo chưa gửi của Thường trực Tỉnh ủy"), text(clash, "message"));
    }

    @Test
    void badItemsGetAProblemAndChangeNothing() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        Api.Response backwards = addItem(ubnd, programme, item("Họp", at(5, "10:00"), at(5, "09:00"), null, cw.w().peoplesCommitteeOffice(), "INTERNAL"));
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("application/problem+json", backwards.contentType());
        assertTrue(backwards.body().contains("\"field\":\"endsAt\""));
        Api.Response outside = addItem(ubnd, programme, item("Họp", nextMonth().minusDays(1) + "T08:00:00+07:00", at(1, "09:00"), null,
                cw.w().peoplesCommitteeOffice(), "INTERNAL"));
        assertEquals(422, outside.status());
        assertTrue(outside.body().contains("\"field\":\"startsAt\""), outside.body());
        Api.Response unknownLeader = addItem(ubnd, programme, item("Họp", at(5, "08:00"), at(5, "09:00"), java.util.UUID.randomUUID(),
                cw.w().peoplesCommitteeOffice(), "INTERNAL"));
        assertEquals(422, unknownLeader.status());
        assertTrue(unknownLeader.body().contains("\"field\":\"leaderIds\""), unknownLeader.body());
        Api.Response notMidnight = addItem(ubnd, programme, item("Công tác cơ sở", at(5, "08:00"), at(6, "00:00"), true, null, null, null,
                cw.w().peoplesCommitteeOffice(), "INTERNAL", null));
        assertEquals(422, notMidnight.status());
        Api.Response tooLong = addItem(ubnd, programme, item("Tháng hành động", at(1, "00:00"), nextMonth().plusDays(93) + "T00:00:00+07:00", true, null, null, null,
                cw.w().peoplesCommitteeOffice(), "INTERNAL", null));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("at most 92 days"), tooLong.body());
        assertEquals(400, addItem(ubnd, programme, "{\"title\":\"\"}").status());
        assertEquals(0, fixtures.count("SELECT count(*) FROM programme_item WHERE programme_id = ?::uuid", programme));
        assertEquals(201, addItem(ubnd, programme, item("Công tác cơ sở", at(5, "00:00"), at(7, "00:00"), true, cw.chairman(), null, cw.ward(),
                cw.w().peoplesCommitteeOffice(), "INTERNAL", null)).status(), "an all-day item over two days");
    }

    @Test
    void afterPublishingChangesAreAmendmentsThatBumpTheSequenceAndTellTheAffectedOffices() {
        CalendarWorld cw = calendarWorld();
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        Api.Response created = addItem(ubnd, programme, item("Tiếp công dân", at(12, "08:00"), at(12, "11:00"), cw.secretary(), cw.w().peoplesCommitteeOffice(), "PUBLIC"));
        String itemId = created.json().get("item").get("id").getStringValue();
        publish(cw, programme, cw.w().otherOfficeLeader());

        String moved = item("Tiếp công dân", at(13, "08:00"), at(13, "11:00"), cw.secretary(), cw.w().peoplesCommitteeOffice(), "PUBLIC");
        Api.Response withoutReason = put(ubnd, "/api/v1/programme-items/" + itemId, "\"0\"", moved);
        assertEquals(409, withoutReason.status(), withoutReason.body());
        assertTrue(withoutReason.text("detail").contains("amendment"));
        assertEquals(428, put(ubnd, "/api/v1/programme-items/" + itemId, null, moved.replace("\"amendmentReason\":null", "\"amendmentReason\":\"Dời lịch\"")).status());
        assertEquals(412, put(ubnd, "/api/v1/programme-items/" + itemId, "\"5\"", moved.replace("\"amendmentReason\":null", "\"amendmentReason\":\"Dời lịch\"")).status());
        assertEquals(403, put(login(cw.w().specialist()), "/api/v1/programme-items/" + itemId, "\"0\"",
                moved.replace("\"amendmentReason\":null", "\"amendmentReason\":\"Dời lịch\"")).status(), "only the drafting office amends");
        assertTrue(api().get("/api/v1/programme-items/" + itemId, ubnd).text("startsAt").startsWith(at(12, "08:00").substring(0, 16)), "unchanged so far");

        long partyNotices = fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PROGRAMME_AMENDED'", cw.w().partyOffice());
        Api.Response amended = put(ubnd, "/api/v1/programme-items/" + itemId, "\"0\"", moved.replace("\"amendmentReason\":null",
                "\"amendmentReason\":\"Thường trực làm việc với Trung ương\""));
        assertEquals(200, amended.status(), amended.body());
        assertEquals(1, amended.json().get("item").get("sequence").getIntValue());
        assertEquals(1, api().get("/api/v1/programmes/" + programme, ubnd).json().get("revision").getIntValue());
        JsonNode amendments = api().get("/api/v1/programmes/" + programme + "/amendments", ubnd).json();
        assertEquals("CHANGED", text(amendments.get(0), "change"));
        assertEquals("Thường trực làm việc với Trung ương", text(amendments.get(0), "reason"));
        assertEquals(partyNotices + 1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PROGRAMME_AMENDED'",
                cw.w().partyOffice()), "the secretary's office hears of it");

        Api.Response cancel = api().send(HttpRequest.DELETE("/api/v1/programme-items/" + itemId + "?amendmentReason=" + URLEncoder.encode("Hoãn", StandardCharsets.UTF_8))
                .bearerAuth(ubnd).header("If-Match", "\"1\""));
        assertEquals(204, cancel.status(), cancel.body());
        JsonNode cancelled = api().get("/api/v1/programme-items/" + itemId, ubnd).json();
        assertTrue(cancelled.get("cancelled").getBooleanValue());
        assertEquals(2, cancelled.get("sequence").getIntValue());
    }

    @Test
    void theConsolidatingSpecialistSeesEveryClashOfThePeriodAndAcceptsOneWithANote() {
        CalendarWorld cw = calendarWorld();
        String partyItemId = partyItem(cw, true);
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String ubndItem = addItem(ubnd, programme, item("Khảo sát dự án", at(10, "14:00"), at(10, "16:00"), false, cw.chairman(), null, cw.ward(),
                cw.w().peoplesCommitteeOffice(), "INTERNAL", null)).json().get("item").get("id").getStringValue();
        String party = login(cw.w().specialist());
        String range = "/api/v1/clashes?from=" + nextMonth() + "&to=" + nextMonth().plusMonths(1).minusDays(1);
        assertEquals(0, api().get(range, party).json().get("clashes").size(), "the People's Committee draft is not shared yet");
        assertOk(action(login(cw.w().otherOfficeLeader()), programme, "submission", null));
        JsonNode clashes = api().get(range, party).json().get("clashes");
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals("LOCALITY", text(clashes.get(0), "kind"));
        assertEquals("WARNING", text(clashes.get(0), "severity"));

        String accept = "{\"itemId\":\"" + ubndItem + "\",\"otherItemId\":\"" + partyItemId + "\",\"kind\":\"%s\",\"note\":\"Hai hoạt động ở hai khu vực khác nhau\"}";
        assertEquals(409, api().postJson("/api/v1/clash-acceptances", party, accept.formatted("LEADER")).status(), "no such clash");
        assertEquals(403, api().postJson("/api/v1/clash-acceptances", login(cw.w().unitOfficer()), accept.formatted("LOCALITY")).status());
        Api.Response accepted = api().postJson("/api/v1/clash-acceptances", party, accept.formatted("LOCALITY"));
        assertEquals(201, accepted.status(), accepted.body());
        assertEquals(409, api().postJson("/api/v1/clash-acceptances", party, accept.formatted("LOCALITY")).status(), "accepted once");
        JsonNode after = api().get(range, party).json().get("clashes").get(0);
        assertTrue(after.get("accepted").getBooleanValue());
        assertEquals("Hai hoạt động ở hai khu vực khác nhau", text(after, "acceptanceNote"));
        assertEquals(0, api().get(range + "&includeAccepted=false", party).json().get("clashes").size());
    }

    @Test
    void whileConsolidatingThePartyCommitteeOfficeMergesTwoItemsThatAreOneActivity() {
        CalendarWorld cw = calendarWorld();
        String partyItemId = partyItem(cw, true);
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String ubndItem = addItem(ubnd, programme, item("Hội nghị Ban Chấp hành (dự)", at(10, "08:00"), at(10, "11:00"), false, cw.chairman(),
                "Hội trường Tỉnh ủy", null, cw.w().peoplesCommitteeOffice(), "PUBLIC", null)).json().get("item").get("id").getStringValue();
        String unrelated = addItem(ubnd, programme, item("Họp giao ban", at(20, "08:00"), at(20, "09:00"), null, cw.w().peoplesCommitteeOffice(), "INTERNAL"))
                .json().get("item").get("id").getStringValue();
        String merge = "{\"itemId\":\"" + partyItemId + "\",\"otherItemId\":\"" + ubndItem + "\",\"note\":\"Một hội nghị chung\"}";
        String party = login(cw.w().specialist());
        assertEquals(404, api().postJson("/api/v1/clash-merges", party, merge).status(), "the People's Committee draft is not shared yet");
        assertOk(action(login(cw.w().otherOfficeLeader()), programme, "submission", null));
        assertEquals(403, api().postJson("/api/v1/clash-merges", ubnd, merge).status(), "merging across offices is the consolidating office's");
        assertEquals(400, api().postJson("/api/v1/clash-merges", party, merge.replace(ubndItem, partyItemId)).status(), "not with itself");
        assertEquals(409, api().postJson("/api/v1/clash-merges", party, merge.replace(ubndItem, unrelated)).status(), "only clashing items");
        Api.Response merged = api().postJson("/api/v1/clash-merges", party, merge);
        assertEquals(200, merged.status(), merged.body());
        JsonNode kept = merged.json().get("item");
        assertEquals(2, kept.get("leaders").size(), "the secretary and the chairman");
        assertTrue(text(kept, "notes").contains("Gộp với «Hội nghị Ban Chấp hành (dự)» (Ủy ban nhân dân tỉnh): Một hội nghị chung"), text(kept, "notes"));
        assertEquals(0, fixtures.count("SELECT count(*) FROM programme_item WHERE id = ?::uuid", ubndItem));
        assertEquals(1, fixtures.count("SELECT count(*) FROM notification WHERE recipient_office_id = ? AND kind = 'PROGRAMME_ITEM_MERGED'",
                cw.w().peoplesCommitteeOffice()));
    }

    @Test
    void theConsolidatedViewFiltersSearchesWithoutDiacriticsAndSyncsIncrementally() {
        CalendarWorld cw = calendarWorld();
        partyItem(cw, true);
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        addItem(ubnd, programme, item("Đối thoại với doanh nghiệp", at(20, "08:00"), at(20, "11:00"), cw.chairman(), cw.w().peoplesCommitteeOffice(), "PUBLIC"));
        String view = "/api/v1/calendar-items?from=" + nextMonth() + "&to=" + nextMonth().plusMonths(1).minusDays(1);
        assertEquals(2, api().get(view, ubnd).json().get("totalItems").getIntValue(), "own draft and the submitted standing board programme");
        assertEquals(1, api().get(view, login(cw.w().specialist())).json().get("totalItems").getIntValue(), "the People's Committee draft is its own");
        assertEquals(1, api().get(view + "&q=doi%20thoai%20voi%20doanh", ubnd).json().get("totalItems").getIntValue());
        assertEquals(1, api().get(view + "&leaderId=" + cw.secretary(), ubnd).json().get("totalItems").getIntValue());
        assertEquals(1, api().get(view + "&bodyId=" + cw.w().body(), ubnd).json().get("totalItems").getIntValue());
        String since = Instant.now().plusSeconds(1).toString();
        assertEquals(0, api().get(view + "&updatedSince=" + since, ubnd).json().get("totalItems").getIntValue());
        clock.advance(java.time.Duration.ofSeconds(5));
        try {
            addItem(ubnd, programme, item("Họp giao ban", at(21, "08:00"), at(21, "09:00"), null, cw.w().peoplesCommitteeOffice(), "INTERNAL"));
        } finally {
            clock.reset();
        }
        JsonNode changed = api().get(view + "&updatedSince=" + since, ubnd).json();
        assertEquals(1, changed.get("totalItems").getIntValue());
        assertEquals("Họp giao ban", text(changed.get("items").get(0), "title"));
        assertEquals(0, api().get(view, login(cw.w().unitOfficer())).json().get("totalItems").getIntValue(), "units see published items only");
    }
}
