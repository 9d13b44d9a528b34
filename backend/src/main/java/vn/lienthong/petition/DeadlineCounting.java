package vn.lienthong.petition;

import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.time.LocalDate;

/**
 * How a period of days is counted (Civil Code 2015): the day of the event that starts it is not counted, the period
 * begins the next day (art. 147(1)). A period of N working days ends on the N-th working day after that day. A period
 * of N (calendar) days ends on day `from + N`, and when that last day is a weekly day off or a holiday the period ends
 * at the end of the next working day (art. 148(5)).
 */
final class DeadlineCounting {
    public static final String CALENDAR = "CALENDAR";
    public static final String WORKING = "WORKING";

    /** No real calendar has this many days off in a row; a longer run means the holiday data is wrong. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 60;

    private DeadlineCounting() {
    }

    static LocalDate dueOn(WorkingDays days, String dayType, int n, LocalDate from) {
        if (n < 1) {
            throw new IllegalArgumentException("a period has at least one day: " + n);
        }
        return switch (dayType) {
            case WORKING -> {
                LocalDate day = from;
                int counted = 0;
                int off = 0;
                while (counted < n) {
                    day = day.plusDays(1);
                    if (days.isWorkingDay(day)) {
                        counted++;
                        off = 0;
                    } else if (++off > MAX_DAYS_OFF_IN_A_ROW) {
                        throw tooManyDaysOff(day);
                    }
                }
                yield day;
            }
            case CALENDAR -> nextWorkingDayFrom(days, from.plusDays(n));
            default -> throw new IllegalArgumentException("unknown day type " + dayType);
        };
    }

    /** `day` itself when offices work on it, otherwise the next day they do. */
    static LocalDate nextWorkingDayFrom(WorkingDays days, LocalDate day) {
        LocalDate candidate = day;
        for (int off = 0; !days.isWorkingDay(candidate); off++) {
            if (off >= MAX_DAYS_OFF_IN_A_ROW) {
                throw tooManyDaysOff(candidate);
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static ProblemException tooManyDaysOff(LocalDate day) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The holiday calendar has more than " + MAX_DAYS_OFF_IN_A_ROW
                + " days off in a row before " + day + ": check the holidays of " + day.getYear() + ".");
    }
}
