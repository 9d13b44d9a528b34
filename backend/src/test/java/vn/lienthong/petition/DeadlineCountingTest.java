package vn.lienthong.petition;

import org.junit.jupiter.api.Test;
import vn.lienthong.kernel.web.ProblemException;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting periods as the Civil Code 2015 does (art. 147, 148(5)), on a small calendar of its own. */
class DeadlineCountingTest {
    // 2/9/2026 (Wednesday) and 1/9 off; Saturday 12/9 worked; Monday 14/9 a compensatory day off
    static final Map<LocalDate, String> DAYS = Map.of(
            LocalDate.of(2026, 9, 1), HolidayCalendar.HOLIDAY,
            LocalDate.of(2026, 9, 2), HolidayCalendar.HOLIDAY,
            LocalDate.of(2026, 9, 12), HolidayCalendar.MAKE_UP_WORKING_DAY,
            LocalDate.of(2026, 9, 14), HolidayCalendar.COMPENSATORY_DAY_OFF);
    static final WorkingDays CALENDAR = day -> {
        if (day.getYear() != 2026) {
            throw HolidayCalendar.unknownYear(day.getYear());
        }
        return HolidayCalendar.workingDay(day, DAYS.get(day));
    };

    static LocalDate working(int n, LocalDate from) {
        return DeadlineCounting.dueOn(CALENDAR, DeadlineCounting.WORKING, n, from);
    }

    static LocalDate calendar(int n, LocalDate from) {
        return DeadlineCounting.dueOn(CALENDAR, DeadlineCounting.CALENDAR, n, from);
    }

    @Test
    void theDayOfTheEventIsNotCounted() {
        assertEquals(LocalDate.of(2026, 9, 4), working(1, LocalDate.of(2026, 9, 3)), "received Thursday: Friday is the first working day");
        assertEquals(LocalDate.of(2026, 9, 7), working(1, LocalDate.of(2026, 9, 4)), "received Friday: the first working day is Monday");
        assertEquals(LocalDate.of(2026, 9, 4), calendar(1, LocalDate.of(2026, 9, 3)));
    }

    @Test
    void workingDaysSkipWeekendsHolidaysAndDaysOffButCountMakeUpSaturdays() {
        // from Monday 31/8: 1–2/9 off; 3, 4, 7, 8, 9, 10, 11, 12 (Saturday worked), 15 (14 is off)
        assertEquals(LocalDate.of(2026, 9, 3), working(1, LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2026, 9, 11), working(7, LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2026, 9, 12), working(8, LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2026, 9, 15), working(9, LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aCalendarPeriodEndingOnADayOffEndsOnTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 9, 3), calendar(1, LocalDate.of(2026, 8, 31)), "1/9 and 2/9 are holidays");
        assertEquals(LocalDate.of(2026, 9, 7), calendar(5, LocalDate.of(2026, 9, 1)), "Sunday 6/9 → Monday 7/9");
        assertEquals(LocalDate.of(2026, 9, 12), calendar(2, LocalDate.of(2026, 9, 10)), "a make-up Saturday is a working day: the period ends on it");
        assertEquals(LocalDate.of(2026, 9, 15), calendar(3, LocalDate.of(2026, 9, 10)), "Sunday 13/9, then the day off 14/9");
        assertEquals(LocalDate.of(2026, 9, 10), calendar(10, LocalDate.of(2026, 8, 31)), "an ordinary weekday stays");
    }

    @Test
    void aCountThatReachesAnUnknownYearFailsNamingTheYear() {
        ProblemException calendarDays = assertThrows(ProblemException.class, () -> calendar(30, LocalDate.of(2026, 12, 20)));
        assertTrue(calendarDays.getMessage().contains("2027"), calendarDays.getMessage());
        assertThrows(ProblemException.class, () -> working(10, LocalDate.of(2026, 12, 24)));
        assertEquals(LocalDate.of(2026, 12, 31), working(5, LocalDate.of(2026, 12, 24)), "24/12 + 5 working days stays in 2026");
    }

    @Test
    void theOrdinaryWeekIsMondayToFriday() {
        assertTrue(HolidayCalendar.workingDay(LocalDate.of(2026, 9, 4), null));
        assertFalse(HolidayCalendar.workingDay(LocalDate.of(2026, 9, 5), null));
        assertFalse(HolidayCalendar.workingDay(LocalDate.of(2026, 9, 2), HolidayCalendar.HOLIDAY));
        assertTrue(HolidayCalendar.workingDay(LocalDate.of(2026, 9, 12), HolidayCalendar.MAKE_UP_WORKING_DAY));
    }
}
