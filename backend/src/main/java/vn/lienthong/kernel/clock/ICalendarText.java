package vn.lienthong.kernel.clock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writing iCalendar (RFC 5545) text by hand: escaping, 75-octet folding, times in Asia/Ho_Chi_Minh with its VTIMEZONE. */
public final class ICalendarText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarText() {
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /**
     * A parameter value (RFC 5545 §3.1 param-value), e.g. of CN: quoted with DQUOTE when it holds ":", ";" or ",";
     * a DQUOTE cannot appear in it (becomes "'"), nor can control characters (become spaces). Not TEXT: no backslashes.
     */
    public static String param(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '"') {
                safe.append('\'');
            } else if (Character.isISOControl(cp)) {
                safe.append(' ');
            } else {
                safe.appendCodePoint(cp);
            }
        });
        String text = safe.toString();
        return text.matches(".*[:;,].*") ? "\"" + text + "\"" : text;
    }

    /** A content line, folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1), ended by CRLF. */
    public static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /** The VTIMEZONE of Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975). */
    public static void vietnamTimezone(StringBuilder out) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:Asia/Ho_Chi_Minh");
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19750613T000000");
        line(out, "TZOFFSETFROM:+0700");
        line(out, "TZOFFSETTO:+0700");
        line(out, "TZNAME:ICT");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    /** "DTSTART;TZID=Asia/Ho_Chi_Minh:20261127T080000" for property DTSTART. */
    public static String local(String property, Instant instant) {
        return property + ";TZID=Asia/Ho_Chi_Minh:" + LOCAL.format(instant.atZone(Zones.VIETNAM));
    }

    /** 20261127T010000Z */
    public static String utc(Instant instant) {
        return UTC.format(instant);
    }
}
