package vn.lienthong.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clash rules at their edges: [start, end) ranges in Vietnam time. */
class ClashRulesTest {
    static final UUID SECRETARY = UUID.randomUUID();
    static final UUID CHAIRMAN = UUID.randomUUID();
    static final UUID BODY = UUID.randomUUID();
    static final UUID UNIT = UUID.randomUUID();
    static final UUID WARD = UUID.randomUUID();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(vn.lienthong.kernel.clock.Zones.VIETNAM).toInstant();
    }

    static ClashRules.Slot slot(String start, String end, Set<UUID> leaders, String venue, Set<UUID> bodies, Set<UUID> units, UUID locality) {
        return new ClashRules.Slot(UUID.randomUUID(), at(start), at(end), leaders, venue, bodies, units, locality);
    }

    static ClashRules.Slot leader(String start, String end, UUID who) {
        return slot(start, end, Set.of(who), null, Set.of(), Set.of(), null);
    }

    static List<ClashKind> kinds(ClashRules.Slot a, ClashRules.Slot b) {
        return ClashRules.between(a, b).stream().map(ClashRules.Found::kind).toList();
    }

    @Test
    void aLeaderInTwoPlacesAtOnceClashes() {
        List<ClashRules.Found> found = ClashRules.between(leader("2026-12-10T08:00", "2026-12-10T11:00", SECRETARY),
                leader("2026-12-10T09:00", "2026-12-10T10:00", SECRETARY));
        assertEquals(1, found.size());
        assertEquals(ClashKind.LEADER, found.get(0).kind());
        assertEquals(ClashSeverity.CONFLICT, found.get(0).severity());
        assertEquals(List.of(SECRETARY), found.get(0).shared());
    }

    @Test
    void backToBackItemsDoNotClash() {
        assertEquals(List.of(), kinds(leader("2026-12-10T08:00", "2026-12-10T10:00", SECRETARY), leader("2026-12-10T10:00", "2026-12-10T11:30", SECRETARY)));
        assertEquals(List.of(), kinds(leader("2026-12-10T10:00", "2026-12-10T11:30", SECRETARY), leader("2026-12-10T08:00", "2026-12-10T10:00", SECRETARY)));
    }

    @Test
    void differentLeadersAtTheSameTimeDoNotClash() {
        assertEquals(List.of(), kinds(leader("2026-12-10T08:00", "2026-12-10T11:00", SECRETARY), leader("2026-12-10T08:00", "2026-12-10T11:00", CHAIRMAN)));
    }

    @Test
    void anAllDayItemOccupiesTheWholeDayButNotTheNext() {
        ClashRules.Slot allDay = leader("2026-12-10T00:00", "2026-12-11T00:00", SECRETARY);
        assertEquals(List.of(ClashKind.LEADER), kinds(allDay, leader("2026-12-10T16:00", "2026-12-10T17:00", SECRETARY)));
        assertEquals(List.of(), kinds(allDay, leader("2026-12-11T07:30", "2026-12-11T09:00", SECRETARY)), "the next morning is free");
        assertEquals(List.of(), kinds(allDay, leader("2026-12-09T14:00", "2026-12-10T00:00", SECRETARY)), "ending at midnight is back to back");
    }

    @Test
    void theSameVenueAtOverlappingTimesClashesWhateverTheLeaders() {
        assertEquals(List.of(ClashKind.VENUE), kinds(slot("2026-12-10T08:00", "2026-12-10T11:00", Set.of(SECRETARY), "hoi truong a", Set.of(), Set.of(), null),
                slot("2026-12-10T10:30", "2026-12-10T12:00", Set.of(CHAIRMAN), "hoi truong a", Set.of(), Set.of(), null)));
    }

    @Test
    void theSameParticipatingBodyOrUnitRequiredTwiceClashes() {
        List<ClashRules.Found> found = ClashRules.between(slot("2026-12-10T08:00", "2026-12-10T11:00", Set.of(), null, Set.of(BODY), Set.of(UNIT), null),
                slot("2026-12-10T09:00", "2026-12-10T12:00", Set.of(), null, Set.of(BODY), Set.of(UNIT), null));
        assertEquals(1, found.size());
        assertEquals(ClashKind.PARTICIPANT, found.get(0).kind());
        assertEquals(List.of(BODY, UNIT), found.get(0).shared());
    }

    @Test
    void twoActivitiesInTheSameLocalityOnTheSameDayAreAWarningEvenWhenTheyDoNotOverlap() {
        List<ClashRules.Found> found = ClashRules.between(slot("2026-12-10T08:00", "2026-12-10T09:00", Set.of(SECRETARY), null, Set.of(), Set.of(), WARD),
                slot("2026-12-10T15:00", "2026-12-10T16:00", Set.of(CHAIRMAN), null, Set.of(), Set.of(), WARD));
        assertEquals(1, found.size());
        assertEquals(ClashKind.LOCALITY, found.get(0).kind());
        assertEquals(ClashSeverity.WARNING, found.get(0).severity());
        assertEquals(List.of(), kinds(slot("2026-12-10T08:00", "2026-12-10T09:00", Set.of(), null, Set.of(), Set.of(), WARD),
                slot("2026-12-11T08:00", "2026-12-11T09:00", Set.of(), null, Set.of(), Set.of(), WARD)), "another day");
    }

    @Test
    void theSameDayIsTheVietnameseDayNotUtc() {
        // 23:30 and 06:30 the next morning in Vietnam are the same UTC day (16:30Z and 23:30Z) but different days here
        assertEquals(List.of(), kinds(slot("2026-12-10T23:00", "2026-12-10T23:30", Set.of(), null, Set.of(), Set.of(), WARD),
                slot("2026-12-11T06:00", "2026-12-11T06:30", Set.of(), null, Set.of(), Set.of(), WARD)));
    }

    @Test
    void oneItemCanClashForSeveralReasons() {
        List<ClashKind> found = kinds(slot("2026-12-10T08:00", "2026-12-10T11:00", Set.of(SECRETARY), "hoi truong a", Set.of(BODY), Set.of(), WARD),
                slot("2026-12-10T08:00", "2026-12-10T11:00", Set.of(SECRETARY), "hoi truong a", Set.of(BODY), Set.of(), WARD));
        assertTrue(found.containsAll(List.of(ClashKind.LEADER, ClashKind.VENUE, ClashKind.PARTICIPANT, ClashKind.LOCALITY)), found.toString());
    }

    @Test
    void anItemNeverClashesWithTheItemItDetailsNorWithWhatThatOneDetailsButSiblingsStillDo() {
        ClashRules.Slot quarter = slot("2026-12-10T08:00", "2026-12-10T11:00", Set.of(SECRETARY), "hoi truong a", Set.of(BODY), Set.of(), WARD);
        ClashRules.Slot month = new ClashRules.Slot(UUID.randomUUID(), quarter.start(), quarter.end(), Set.of(SECRETARY), "hoi truong a", Set.of(BODY), Set.of(),
                WARD, List.of(quarter.id()));
        ClashRules.Slot week = new ClashRules.Slot(UUID.randomUUID(), quarter.start(), quarter.end(), Set.of(SECRETARY), "hoi truong a", Set.of(BODY), Set.of(),
                WARD, List.of(month.id(), quarter.id()));
        assertEquals(List.of(), kinds(week, month), "the week's item details the month's");
        assertEquals(List.of(), kinds(month, week), "either way round");
        assertEquals(List.of(), kinds(week, quarter), "through the month's item, which details the quarter's");
        ClashRules.Slot otherWeek = new ClashRules.Slot(UUID.randomUUID(), at("2026-12-10T09:00"), at("2026-12-10T10:00"), Set.of(SECRETARY), null, Set.of(),
                Set.of(), null, List.of(month.id(), quarter.id()));
        assertEquals(List.of(ClashKind.LEADER), kinds(week, otherWeek), "two items detailing the same one are two activities");
        assertTrue(ClashRules.linked(week, quarter));
        assertTrue(!ClashRules.linked(week, otherWeek));
        ClashRules.Slot typed = new ClashRules.Slot(null, quarter.start(), quarter.end(), Set.of(SECRETARY), null, Set.of(), Set.of(), null, List.of(month.id()));
        assertEquals(List.of(), kinds(typed, month), "an item being typed with its link");
    }
}
