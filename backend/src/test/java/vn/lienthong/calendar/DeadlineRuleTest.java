package vn.lienthong.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submission deadlines of seed 004 and the system's weekly default, at their boundaries. */
class DeadlineRuleTest {
    static final DeadlineRule YEAR = new DeadlineRule(PeriodKind.YEAR, 2, 30, null, WeekendShift.NEXT_WORKING_DAY, 7, "seed 004", 0);
    static final DeadlineRule QUARTER = new DeadlineRule(PeriodKind.QUARTER, 1, 20, null, WeekendShift.NEXT_WORKING_DAY, 5, "seed 004", 0);
    static final DeadlineRule MONTH = new DeadlineRule(PeriodKind.MONTH, 1, 25, null, WeekendShift.NEXT_WORKING_DAY, 3, "seed 004", 0);
    static final DeadlineRule WEEK = new DeadlineRule(PeriodKind.WEEK, null, null, 4, WeekendShift.PREVIOUS_WORKING_DAY, 1, "default", 0);

    @Test
    void theYearlyDraftIsDueOnThe30thOfNovemberOfThePreviousYear() {
        assertEquals(LocalDate.of(2026, 11, 30), YEAR.deadlineFor(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aYearlyDeadlineOnASaturdayMovesToTheMondayAfter() {
        // 30/11/2030 is a Saturday
        assertEquals(LocalDate.of(2030, 12, 2), YEAR.deadlineFor(LocalDate.of(2031, 1, 1)));
    }

    @Test
    void theNextQuartersDraftIsDueOnThe20thOfTheLastMonthOfTheQuarterBefore() {
        assertEquals(LocalDate.of(2026, 3, 20), QUARTER.deadlineFor(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void whenThatTwentiethIsASundayTheDeadlineIsTheMondayAcrossTheYearBoundary() {
        // 20/12/2026 is a Sunday; the first quarter of 2027 is due on Monday 21/12/2026
        assertEquals(LocalDate.of(2026, 12, 21), QUARTER.deadlineFor(LocalDate.of(2027, 1, 1)));
        DeadlineRule earlier = new DeadlineRule(PeriodKind.QUARTER, 1, 20, null, WeekendShift.PREVIOUS_WORKING_DAY, 5, "x", 0);
        assertEquals(LocalDate.of(2026, 12, 18), earlier.deadlineFor(LocalDate.of(2027, 1, 1)), "or the Friday before, when configured so");
        DeadlineRule fixed = new DeadlineRule(PeriodKind.QUARTER, 1, 20, null, WeekendShift.NONE, 5, "x", 0);
        assertEquals(LocalDate.of(2026, 12, 20), fixed.deadlineFor(LocalDate.of(2027, 1, 1)), "or the Sunday itself");
    }

    @Test
    void theNextMonthsDraftIsDueOnThe25thOfTheMonthBeforeAlsoInDecember() {
        assertEquals(LocalDate.of(2026, 11, 25), MONTH.deadlineFor(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 12, 25), MONTH.deadlineFor(LocalDate.of(2027, 1, 1)), "January's is due in December of the previous year");
    }

    @Test
    void aDayPastTheEndOfAShortMonthIsItsLastDay() {
        DeadlineRule thirtieth = new DeadlineRule(PeriodKind.MONTH, 1, 30, null, WeekendShift.NONE, 3, "x", 0);
        assertEquals(LocalDate.of(2027, 2, 28), thirtieth.deadlineFor(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theWeeklyDefaultIsTheThursdayBeforeEvenAcrossNewYear() {
        assertEquals(LocalDate.of(2026, 12, 31), WEEK.deadlineFor(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void periodsStartWhereTheOfficesCountThem() {
        assertEquals(LocalDate.of(2026, 10, 1), PeriodKind.QUARTER.startOf(LocalDate.of(2026, 11, 24)));
        assertEquals(LocalDate.of(2026, 11, 23), PeriodKind.WEEK.startOf(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2027, 1, 3), PeriodKind.WEEK.endOf(LocalDate.of(2026, 12, 28)));
        assertEquals(LocalDate.of(2027, 3, 31), PeriodKind.QUARTER.endOf(LocalDate.of(2027, 1, 1)));
        assertTrue(PeriodKind.MONTH.isStart(LocalDate.of(2026, 12, 1)));
        assertFalse(PeriodKind.WEEK.isStart(LocalDate.of(2026, 12, 1)), "1/12/2026 is a Tuesday");
    }
}
