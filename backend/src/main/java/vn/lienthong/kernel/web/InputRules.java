package vn.lienthong.kernel.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the API takes as input at all, checked once at the edge for every operation (JSON bodies by {@link StrictJson},
 * query, path and form values by {@link InputEdgeFilter}):
 * <ul>
 *   <li>text holds no C0 control characters other than tab, line feed and carriage return (PostgreSQL cannot store
 *       NUL, and none of them belongs in a name, a subject or a search);</li>
 *   <li>a JSON string is at most {@link #MAX_STRING_LENGTH} characters (fields with a smaller limit declare it);</li>
 *   <li>dates and instants lie in the years {@link #MIN_YEAR}–{@link #MAX_YEAR}: nothing the offices record is older
 *       or further ahead, and date arithmetic on the extremes of {@code java.time} overflows.</li>
 * </ul>
 */
public final class InputRules {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final int MAX_STRING_LENGTH = 200_000;

    public static final String CONTROL_MESSAGE = "must not contain control characters";
    public static final String YEAR_MESSAGE = "must be a date in the years " + MIN_YEAR + "–" + MAX_YEAR;

    /** A value shaped as an ISO date or date-time (with any sign or number of year digits). */
    private static final Pattern DATE_SHAPED = Pattern.compile("^([+-]?\\d{4,})-\\d{2}-\\d{2}([T ].*)?$");

    private InputRules() {
    }

    /** True when the text holds a C0 control character other than tab, LF and CR (NUL among them). */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Stricter for a single-line value (query and path parameters, form fields): no control character at all. */
    public static boolean hasAnyControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    public static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static boolean inRange(LocalDate date) {
        return yearInRange(date.getYear());
    }

    public static boolean inRange(OffsetDateTime instant) {
        return yearInRange(instant.getYear());
    }

    /** A date-shaped parameter value whose year lies outside the range (values not shaped as dates pass). */
    public static boolean dateShapedOutOfRange(String value) {
        Matcher m = DATE_SHAPED.matcher(value);
        if (!m.matches()) {
            return false;
        }
        String year = m.group(1);
        if (year.startsWith("+") || year.startsWith("-") || year.length() > 4) {
            return true;
        }
        return !yearInRange(Integer.parseInt(year));
    }

    /** Parses an ISO date, refusing the ones out of range. */
    public static LocalDate date(String text) {
        LocalDate date = LocalDate.parse(text);
        if (!inRange(date)) {
            throw new DateTimeException(YEAR_MESSAGE);
        }
        return date;
    }

    /** Parses an RFC 3339 date-time with an offset ({@code Z} or {@code +07:00}), refusing the ones out of range. */
    public static OffsetDateTime dateTime(String text) throws DateTimeParseException {
        OffsetDateTime value = OffsetDateTime.parse(text);
        if (!inRange(value)) {
            throw new DateTimeException(YEAR_MESSAGE);
        }
        return value;
    }
}
