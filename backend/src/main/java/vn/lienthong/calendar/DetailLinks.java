package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * When an item may detail (chi tiết hóa) another: the other is an item of a programme of a longer period (a week's item
 * details a month's, quarter's or year's; a month's a quarter's or year's), not cancelled, overlapping it in time. Linked
 * items are one activity and never clash ({@link ClashRules#linked}). Same jurisdiction and visibility are the caller's
 * to check (an item the caller cannot see is "no such item").
 */
final class DetailLinks {
    private DetailLinks() {
    }

    /** The item to be detailed, as the rule needs it. */
    record Target(PeriodKind kind, Instant start, Instant end, boolean cancelled) {
    }

    /** A period kind is longer than another: YEAR > QUARTER > MONTH > WEEK. */
    static boolean longer(PeriodKind candidate, PeriodKind than) {
        return candidate.ordinal() < than.ordinal();
    }

    /** Why an item of kind `own` over [start, end) may not detail `target`, or empty when it may. */
    static Optional<String> refusal(PeriodKind own, Instant start, Instant end, @Nullable Target target) {
        if (target == null) {
            return Optional.of("no such item");
        }
        if (!longer(target.kind(), own)) {
            return Optional.of("must be an item of a programme of a longer period than " + own);
        }
        if (target.cancelled()) {
            return Optional.of("must not be a cancelled item");
        }
        if (!(start.isBefore(target.end()) && target.start().isBefore(end))) {
            return Optional.of("must overlap the item in time");
        }
        return Optional.empty();
    }
}
