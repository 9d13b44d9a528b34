package vn.lienthong.petition;

import java.time.LocalDate;

/**
 * The days public offices work, as deadline counting needs them; {@link HolidayCalendar#view()} answers from the holiday
 * calendar and throws a 422 for a day of an unknown year.
 */
@FunctionalInterface
interface WorkingDays {
    boolean isWorkingDay(LocalDate day);
}
