package vn.lienthong.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.PublicItem;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.ICalendarText;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * What the public sees: published, public items — as JSON for the e-portal and as iCalendar (RFC 5545) per calendar and
 * per leader for anyone's calendar app. The item id is the stable UID; SEQUENCE follows amendments; cancelled items
 * stay with STATUS:CANCELLED so subscribers remove them.
 */
@Singleton
public class CalendarFeeds {
    static final String PUBLISHED_PUBLIC = " p.status = 'PUBLISHED' AND i.visibility = 'PUBLIC'";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final CalendarItems items;
    private final Sql sql;
    private final Clock clock;

    CalendarFeeds(CalendarItems items, Sql sql, Clock clock) {
        this.items = items;
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<PublicItem> publicItems(Caller caller, PageParams page, CalendarItems.ViewFilter filter) {
        Caller asPublic = new Caller(caller.id(), caller.name(), caller.kind(), caller.jurisdictionId(), null, null, null, caller.scopes());
        return items.view(asPublic, page, new CalendarItems.ViewFilter(filter.from(), filter.to(), null, filter.bodyId(), null, filter.leaderId(), null,
                Visibility.PUBLIC, filter.periodKind())).map(PublicItem::of);
    }

    @Transactional(readOnly = true)
    public String calendarFeed(UUID calendarId) {
        Object[] calendar = sql.row("SELECT name_vi FROM calendar WHERE id = ?", calendarId);
        if (calendar == null) {
            throw ProblemException.notFound("Calendar");
        }
        return ical((String) calendar[0], items.select(" WHERE i.calendar_id = ? AND i.starts_at > ? AND i.ends_at >= ? AND" + PUBLISHED_PUBLIC, calendarId,
                horizon().minus(CalendarItems.LONGEST), horizon())
                .stream().map(CalendarItems.Loaded::item).toList());
    }

    @Transactional(readOnly = true)
    public String leaderFeed(UUID leaderId) {
        Object[] leader = sql.row("SELECT jurisdiction_id, full_name, title_vi FROM leader WHERE id = ?", leaderId);
        if (leader == null) {
            throw ProblemException.notFound("Leader");
        }
        return ical("Lịch công tác " + leader[2] + " " + leader[1], items.select(" WHERE i.jurisdiction_id = ? AND i.leader_ids @> ? AND i.starts_at > ? AND i.ends_at >= ? AND"
                + PUBLISHED_PUBLIC, leader[0], new UUID[]{leaderId}, horizon().minus(CalendarItems.LONGEST), horizon()).stream().map(CalendarItems.Loaded::item).toList());
    }

    /** Feeds carry the last year and everything ahead, so they stay small enough for calendar apps to poll. */
    private Instant horizon() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM)).minusYears(1).atStartOfDay(Zones.VIETNAM).toInstant();
    }

    static String ical(String name, List<ItemResponse> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Lien Thong//Lich cong tac//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        ICalendarText.vietnamTimezone(out);
        for (ItemResponse e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.id() + "@lienthong");
            line(out, "DTSTAMP:" + UTC.format(e.updatedAt().toInstant()));
            line(out, "LAST-MODIFIED:" + UTC.format(e.updatedAt().toInstant()));
            if (e.allDay()) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.startsAt().atZoneSameInstant(Zones.VIETNAM)));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(e.endsAt().atZoneSameInstant(Zones.VIETNAM)));
            } else {
                line(out, "DTSTART;TZID=Asia/Ho_Chi_Minh:" + LOCAL.format(e.startsAt().atZoneSameInstant(Zones.VIETNAM)));
                line(out, "DTEND;TZID=Asia/Ho_Chi_Minh:" + LOCAL.format(e.endsAt().atZoneSameInstant(Zones.VIETNAM)));
            }
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "SUMMARY:" + text(e.title()));
            if (e.venue() != null || e.localityName() != null) {
                line(out, "LOCATION:" + text(e.venue() == null ? e.localityName() : e.localityName() == null ? e.venue() : e.venue() + ", " + e.localityName()));
            }
            String chairs = String.join("; ", e.leaders().stream().map(l -> l.fullName() + " (" + l.titleVi() + ")").toList());
            line(out, "DESCRIPTION:" + text((chairs.isEmpty() ? "" : "Chủ trì: " + chairs + "\n") + e.bodyName()));
            line(out, "CATEGORIES:" + text(e.bodyName()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String text(String value) {
        return ICalendarText.text(value);
    }

    static void line(StringBuilder out, String content) {
        ICalendarText.line(out, content);
    }
}
