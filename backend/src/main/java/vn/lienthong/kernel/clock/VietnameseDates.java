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

    public static String spelledOut(LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }
}
