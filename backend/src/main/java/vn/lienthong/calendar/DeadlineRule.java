package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a body's draft programme for a period is due at the Party Committee Office: either day `dayOfMonth` of the month
 * `monthsBeforeStart` months before the period's first month (yearly: 30 November of the previous year = 2 months, day 30;
 * quarterly: the 20th of the last month of the previous quarter = 1 month, day 20; monthly: the 25th of the previous month),
 * or `daysBeforeStart` days before the period starts (weekly). A day past the month's end means its last day.
 */
public record DeadlineRule(PeriodKind periodKind, @Nullable Integer monthsBeforeStart, @Nullable Integer dayOfMonth, @Nullable Integer daysBeforeStart,
                           WeekendShift weekendShift, int reminderDaysBefore, String source, long version) {

    public LocalDate deadlineFor(LocalDate periodStart) {
        LocalDate nominal;
        if (daysBeforeStart != null) {
            nominal = periodStart.minusDays(daysBeforeStart);
        } else {
            YearMonth month = YearMonth.from(periodStart).minusMonths(monthsBeforeStart);
            nominal = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
        return shift(nominal);
    }

    private LocalDate shift(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!weekend || weekendShift == WeekendShift.NONE) {
            return day;
        }
        int step = weekendShift == WeekendShift.NEXT_WORKING_DAY ? 1 : -1;
        LocalDate shifted = day;
        while (shifted.getDayOfWeek() == DayOfWeek.SATURDAY || shifted.getDayOfWeek() == DayOfWeek.SUNDAY) {
            shifted = shifted.plusDays(step);
        }
        return shifted;
    }
}
