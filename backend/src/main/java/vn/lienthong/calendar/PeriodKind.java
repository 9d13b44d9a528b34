package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

@Schema(description = "The period a work programme covers: YEAR (năm), QUARTER (quý), MONTH (tháng), WEEK (tuần, Monday to Sunday)")
public enum PeriodKind {
    YEAR, QUARTER, MONTH, WEEK;

    /** The first day of the period containing `day`. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case YEAR -> day.withDayOfYear(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    public boolean isStart(LocalDate day) {
        return startOf(day).equals(day);
    }

    /** The last day of the period that starts on `start`. */
    public LocalDate endOf(LocalDate start) {
        return next(start).minusDays(1);
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case YEAR -> start.plusYears(1);
            case QUARTER -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
        };
    }
}
