package vn.lienthong.kernel.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them: 24/11/2026, and "ngày 24 tháng 11 năm 2026" in letters. */
public final class VietnameseDates {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String format(LocalDate date) {
        return date.format(SHORT);
    }

    /** "08:00", in Asia/Ho_Chi_Minh. */
    public static String time(java.time.Instant instant) {
        return instant.atZone(Zones.VIETNAM).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** "thứ Sáu, 27/11/2026", "Chủ nhật, 29/11/2026". */
    public static String weekdayAndDate(LocalDate date) {
        String day = switch (date.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
        return day + ", " + format(date);
    }

    public static String spelledOut(LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }
}
