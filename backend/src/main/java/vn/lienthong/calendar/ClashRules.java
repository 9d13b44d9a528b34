package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.clock.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The clash rules, without a database: two items clash when they overlap in time ([start, end), so back-to-back items
 * do not) and share a chairing leader, a venue or a participating body or unit; two items in the same locality on the
 * same day (Vietnam time) are a warning. An all-day item occupies its whole days. Items of every period kind compare
 * with each other, except an item and an item it details (chi tiết hóa: the week's conference detailing the month's),
 * directly or through the longer items that one details: they are one activity.
 */
public final class ClashRules {
    private ClashRules() {
    }

    /**
     * What the rules need of an item. `venueKey` is the venue normalised (no diacritics, lower case, runs of spaces and
     * punctuation as one space), or null; `details` the items it details, nearest first (empty when it details none).
     */
    public record Slot(@Nullable UUID id, Instant start, Instant end, Set<UUID> leaders, @Nullable String venueKey, Set<UUID> bodies, Set<UUID> units,
                       @Nullable UUID locality, List<UUID> details) {
        public Slot(@Nullable UUID id, Instant start, Instant end, Set<UUID> leaders, @Nullable String venueKey, Set<UUID> bodies, Set<UUID> units,
                    @Nullable UUID locality) {
            this(id, start, end, leaders, venueKey, bodies, units, locality, List.of());
        }

        LocalDate firstDay() {
            return start.atZone(Zones.VIETNAM).toLocalDate();
        }

        /** The last day the item touches: an item ending at midnight does not touch the next day. */
        LocalDate lastDay() {
            return end.minusNanos(1).atZone(Zones.VIETNAM).toLocalDate();
        }
    }

    /** One reason two slots clash; `shared` holds the leaders, bodies and units in common (empty for VENUE and LOCALITY). */
    public record Found(ClashKind kind, ClashSeverity severity, List<UUID> shared) {
    }

    public static boolean overlap(Slot a, Slot b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    public static boolean sameDay(Slot a, Slot b) {
        return !a.firstDay().isAfter(b.lastDay()) && !b.firstDay().isAfter(a.lastDay());
    }

    /** One details the other, directly or through the items it details: one activity, never a clash. */
    public static boolean linked(Slot a, Slot b) {
        return (b.id() != null && a.details().contains(b.id())) || (a.id() != null && b.details().contains(a.id()));
    }

    public static List<Found> between(Slot a, Slot b) {
        List<Found> found = new ArrayList<>();
        if (a.id() != null && a.id().equals(b.id()) || linked(a, b)) {
            return found;
        }
        if (overlap(a, b)) {
            List<UUID> leaders = common(a.leaders(), b.leaders());
            if (!leaders.isEmpty()) {
                found.add(new Found(ClashKind.LEADER, ClashSeverity.CONFLICT, leaders));
            }
            if (a.venueKey() != null && a.venueKey().equals(b.venueKey())) {
                found.add(new Found(ClashKind.VENUE, ClashSeverity.CONFLICT, List.of()));
            }
            List<UUID> participants = common(a.bodies(), b.bodies());
            participants.addAll(common(a.units(), b.units()));
            if (!participants.isEmpty()) {
                found.add(new Found(ClashKind.PARTICIPANT, ClashSeverity.CONFLICT, participants));
            }
        }
        if (a.locality() != null && Objects.equals(a.locality(), b.locality()) && sameDay(a, b)) {
            found.add(new Found(ClashKind.LOCALITY, ClashSeverity.WARNING, List.of(a.locality())));
        }
        return found;
    }

    private static List<UUID> common(Set<UUID> a, Set<UUID> b) {
        Set<UUID> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return new ArrayList<>(both);
    }
}
