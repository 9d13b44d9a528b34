package vn.lienthong.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class FeedsAndExportsTest extends CalendarTestSupport {

    record Published(String programme, String publicItem, String internalItem) {
    }

    private Published published(CalendarWorld cw) {
        String ubnd = login(cw.w().otherOfficeSpecialist());
        String programme = createProgramme(ubnd, cw.peoplesCalendar(), "MONTH", nextMonth()).text("id");
        String publicItem = addItem(ubnd, programme, item("Tiếp công dân định kỳ; đối thoại, giải đáp", at(12, "08:00"), at(12, "11:30"), false, cw.chairman(),
                "Trụ sở Tiếp công dân tỉnh", null, cw.w().peoplesCommitteeOffice(), "PUBLIC", null)).json().get("item").get("id").getStringValue();
        String internalItem = addItem(ubnd, programme, item("Họp Ban cán sự đảng", at(13, "14:00"), at(13, "16:00"), cw.chairman(), cw.w().peoplesCommitteeOffice(),
                "INTERNAL")).json().get("item").get("id").getStringValue();
        publish(cw, programme, cw.w().otherOfficeLeader());
        return new Published(programme, publicItem, internalItem);
    }

    private Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void theCalendarFeedIsValidICalendarWithStableUidsSequencesAndCancellations() throws Exception {
        CalendarWorld cw = calendarWorld();
        Published p = published(cw);
        Api.Response feed = api().get("/api/v1/public/calendars/" + cw.peoplesCalendar() + "/ical", null);
        assertEquals(200, feed.status(), feed.body());
        assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
        Calendar calendar = parse(feed.body());
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertEquals(1, events.size(), "only the published public item");
        VEvent event = events.get(0);
        assertEquals(p.publicItem() + "@lienthong", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("Tiếp công dân định kỳ; đối thoại, giải đáp", event.getProperty(Property.SUMMARY).orElseThrow().getValue(), "escaped and unescaped intact");
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        String start = event.getProperty(Property.DTSTART).orElseThrow().getValue();
        assertEquals(at(12, "08:00").substring(0, 10).replace("-", "") + "T080000", start);
        assertEquals("Asia/Ho_Chi_Minh", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue());
        List<VTimeZone> zones = calendar.getComponents(net.fortuna.ical4j.model.Component.VTIMEZONE);
        assertEquals("Asia/Ho_Chi_Minh", zones.get(0).getProperty(Property.TZID).orElseThrow().getValue());
        assertFalse(feed.body().contains("Ghi chú nội bộ"), "internal notes never reach the feed");
        for (String line : feed.body().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }

        String ubnd = login(cw.w().otherOfficeSpecialist());
        Api.Response cancel = api().send(HttpRequest.DELETE("/api/v1/programme-items/" + p.publicItem() + "?amendmentReason="
                + URLEncoder.encode("Lãnh đạo đi công tác", StandardCharsets.UTF_8)).bearerAuth(ubnd).header("If-Match", "\"0\""));
        assertEquals(204, cancel.status(), cancel.body());
        VEvent cancelled = (VEvent) parse(api().get("/api/v1/public/calendars/" + cw.peoplesCalendar() + "/ical", null).body())
                .getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
        assertEquals(p.publicItem() + "@lienthong", cancelled.getProperty(Property.UID).orElseThrow().getValue(), "same UID");
        assertEquals("1", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());

        Calendar leaderFeed = parse(api().get("/api/v1/public/leaders/" + cw.chairman() + "/ical", null).body());
        assertEquals(1, leaderFeed.getComponents(net.fortuna.ical4j.model.Component.VEVENT).size());
        assertEquals(0, parse(api().get("/api/v1/public/leaders/" + cw.secretary() + "/ical", null).body())
                .getComponents(net.fortuna.ical4j.model.Component.VEVENT).size());
        assertEquals(404, api().get("/api/v1/public/calendars/" + java.util.UUID.randomUUID() + "/ical", null).status());
    }

    @Test
    void theEPortalReadsPublishedPublicItemsWithItsScopeOnly() {
        CalendarWorld cw = calendarWorld();
        Published p = published(cw);
        String portal = fixtures.machineClient(cw.w(), "public:read");
        Api.Response token = api().send(HttpRequest.POST("/api/v1/auth/token", "grant_type=client_credentials&client_id=" + portal + "&client_secret="
                + vn.lienthong.support.Fixtures.PASSWORD).contentType("application/x-www-form-urlencoded"));
        String machine = token.text("access_token");
        String range = "?from=" + nextMonth() + "&to=" + nextMonth().plusMonths(1).minusDays(1);
        Api.Response items = api().get("/api/v1/public/calendar-items" + range, machine);
        assertEquals(200, items.status(), items.body());
        assertEquals(1, items.json().get("totalItems").getIntValue());
        assertEquals(p.publicItem(), text(items.json().get("items").get(0), "id"));
        assertFalse(items.body().contains("notes") || items.body().contains("Ghi chú"), items.body());
        assertEquals(403, api().get("/api/v1/public/calendar-items" + range, login(cw.w().specialist())).status(), "people use the internal view");
        assertEquals(403, api().get("/api/v1/calendar-items" + range, machine).status(), "machines never see the internal view");
    }

    @Test
    void theWeeklyScheduleExportsAsDocxAndXlsxWithVietnameseIntact() throws Exception {
        CalendarWorld cw = calendarWorld();
        published(cw);
        String party = login(cw.w().specialist());
        String weekOf = at(12, "08:00").substring(0, 10);
        HttpResponse<byte[]> docx = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/calendar-items/weekly-schedule?weekOf=" + weekOf).bearerAuth(party),
                Argument.of(byte[].class));
        assertEquals(CalendarItemController.DOCX, docx.getContentType().orElseThrow().toString());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body())); XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            String content = text.getText();
            assertTrue(content.contains("LỊCH CÔNG TÁC TUẦN"), content);
            assertTrue(content.contains("Tiếp công dân định kỳ; đối thoại, giải đáp"), content);
            assertTrue(content.contains("Trần Văn Chủ Tịch, Chủ tịch UBND tỉnh"), content);
            assertEquals(8, document.getTables().get(0).getRows().get(0).getTableCells().size() + 1);
        }
        HttpResponse<byte[]> xlsx = httpClient.toBlocking().exchange(HttpRequest.GET("/api/v1/calendar-items/weekly-schedule?weekOf=" + weekOf + "&format=XLSX")
                .bearerAuth(party), Argument.of(byte[].class));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Nội dung", sheet.getRow(2).getCell(2).getStringCellValue());
            boolean found = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                found |= sheet.getRow(r).getCell(2).getStringCellValue().equals("Tiếp công dân định kỳ; đối thoại, giải đáp");
            }
            assertTrue(found);
        }
        assertEquals(400, api().get("/api/v1/calendar-items/weekly-schedule?weekOf=not-a-date", party).status());
    }
}
