package vn.lienthong.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.calendar.ClashRulesTest.at;

/** Which item an item may detail: one of a longer period's programme, not cancelled, overlapping it. */
class DetailLinksTest {
    static final Instant START = at("2026-12-10T08:00");
    static final Instant END = at("2026-12-10T11:00");

    static DetailLinks.Target target(PeriodKind kind, String start, String end, boolean cancelled) {
        return new DetailLinks.Target(kind, at(start), at(end), cancelled);
    }

    @Test
    void aWeeksItemDetailsAnOverlappingItemOfAMonthQuarterOrYear() {
        for (PeriodKind longer : new PeriodKind[]{PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR}) {
            assertEquals(Optional.empty(), DetailLinks.refusal(PeriodKind.WEEK, START, END, target(longer, "2026-12-10T00:00", "2026-12-11T00:00", false)), longer.name());
        }
        assertEquals(Optional.empty(), DetailLinks.refusal(PeriodKind.MONTH, START, END, target(PeriodKind.QUARTER, "2026-12-10T09:00", "2026-12-10T09:30", false)));
    }

    @Test
    void notAnItemOfTheSameOrAShorterPeriodNorACancelledOneNorOneAtAnotherTime() {
        assertTrue(DetailLinks.refusal(PeriodKind.WEEK, START, END, target(PeriodKind.WEEK, "2026-12-10T08:00", "2026-12-10T11:00", false)).orElseThrow()
                .contains("longer period"));
        assertTrue(DetailLinks.refusal(PeriodKind.MONTH, START, END, target(PeriodKind.WEEK, "2026-12-10T08:00", "2026-12-10T11:00", false)).isPresent());
        assertEquals("must not be a cancelled item", DetailLinks.refusal(PeriodKind.WEEK, START, END,
                target(PeriodKind.MONTH, "2026-12-10T08:00", "2026-12-10T11:00", true)).orElseThrow());
        assertEquals("must overlap the item in time", DetailLinks.refusal(PeriodKind.WEEK, START, END,
                target(PeriodKind.MONTH, "2026-12-10T11:00", "2026-12-10T12:00", false)).orElseThrow(), "back to back is not overlapping");
        assertEquals("no such item", DetailLinks.refusal(PeriodKind.WEEK, START, END, null).orElseThrow());
        assertTrue(DetailLinks.longer(PeriodKind.YEAR, PeriodKind.QUARTER) && !DetailLinks.longer(PeriodKind.WEEK, PeriodKind.WEEK));
    }
}
