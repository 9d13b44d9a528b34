package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.ClashAcceptanceRequest;
import vn.lienthong.calendar.CalendarDtos.ClashAcceptanceResponse;
import vn.lienthong.calendar.CalendarDtos.ClashResponse;
import vn.lienthong.calendar.CalendarDtos.SharedRef;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.office.OfficeRef;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finding clashes in the database with {@link ClashRules}: for one item (as it is typed or saved) through the btree
 * on (jurisdiction, starts_at, ends_at), and for a whole period with a sweep over its items. Items compare with items of
 * programmes of every period kind (a week's item with a month's), except with the items they detail
 * ({@link ClashRules#linked}); cancelled items do not clash.
 */
@Singleton
public class Clashes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String CANDIDATE_COLUMNS = "i.id, i.title, i.starts_at, i.ends_at, i.leader_ids, i.venue, i.venue_key, i.participant_body_ids, "
            + "i.participant_unit_ids, i.locality_unit_id, i.period_kind, p.status, p.office_id, b.name_vi AS body_name, i.programme_id, p.title AS programme_title, "
            + "p.period_start, programme_item_lineage(i.details_item_id) AS details_lineage";
    private static final String CANDIDATE_FROM = "programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id "
            + "JOIN leadership_body b ON b.id = c.body_id";
    /** The query of a one-item check; `make bench` runs the same text through pgbench. */
    static final String CHECK_SQL = "SELECT venue_normalize(?) AS wanted_venue_key, " + CANDIDATE_COLUMNS + " FROM " + CANDIDATE_FROM
            + " WHERE i.jurisdiction_id = ? AND " + CalendarItems.OVERLAPS + " AND NOT i.cancelled AND i.id <> ?"
            + " AND (i.leader_ids && ? OR i.venue_key = venue_normalize(?) OR i.participant_body_ids && ? OR i.participant_unit_ids && ?"
            + " OR i.locality_unit_id = ?)";
    private static final UUID NO_ITEM = new UUID(0, 0);

    private final JdbcOperations jdbc;
    private final Sql sql;
    private final AuditTrail audit;
    private final OfficeDirectory directory;
    private final Clock clock;

    Clashes(JdbcOperations jdbc, Sql sql, AuditTrail audit, OfficeDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /** An item as stored, with what a clash message needs. `programmeId` and `periodStart` are null for an item being typed. */
    record Candidate(ClashRules.Slot slot, String title, @Nullable String venue, PeriodKind kind, ProgrammeStatus status, UUID ownerOffice, String bodyName,
                     @Nullable UUID programmeId, @Nullable String programmeTitle, @Nullable LocalDate periodStart) {
        /** The programme's title, or its default title when the caller may not read the programme's items. */
        String programmeName(boolean readable) {
            return readable && programmeTitle != null ? programmeTitle : "Chương trình công tác " + Programmes.periodLabel(kind, periodStart) + " của " + bodyName;
        }
    }

    /** The item being checked: saved (then `programmeId` is its programme) or being typed in a programme of `kind`. */
    record Typed(PeriodKind kind, ClashRules.Slot slot, @Nullable String venue, @Nullable String title, @Nullable UUID programmeId) {
    }

    /**
     * The clashes of one item, saved or being typed (then `typed.id()` is null or the item being edited). The venue is
     * normalised by the same query that finds the candidates (`typed.venueKey()` is not used), in one round trip.
     */
    @Transactional(readOnly = true)
    public List<ClashResponse> forSlot(Caller caller, Typed item) {
        ClashRules.Slot typed = item.slot();
        String venue = item.venue();
        Instant windowStart = typed.firstDay().atStartOfDay(Zones.VIETNAM).toInstant();
        Instant windowEnd = typed.lastDay().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant();
        Object[] window = CalendarItems.overlapParams(windowStart, windowEnd);
        String[] wantedVenue = new String[1];
        List<Candidate> others = jdbc.prepareStatement(CHECK_SQL, statement -> {
            SqlPages.bind(statement, Arrays.asList(venue, caller.jurisdictionId(), window[0], window[1], window[2], typed.id() == null ? NO_ITEM : typed.id(),
                    typed.leaders().toArray(UUID[]::new), venue, typed.bodies().toArray(UUID[]::new), typed.units().toArray(UUID[]::new), typed.locality()));
            List<Candidate> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    wantedVenue[0] = rs.getString("wanted_venue_key");
                    rows.add(candidate(rs));
                }
            }
            return rows;
        });
        String venueKey = wantedVenue[0] == null || wantedVenue[0].isEmpty() ? null : wantedVenue[0];
        ClashRules.Slot slot = new ClashRules.Slot(typed.id(), typed.start(), typed.end(), typed.leaders(), venueKey, typed.bodies(), typed.units(), typed.locality(),
                typed.details());
        List<Pair> pairs = new ArrayList<>();
        Candidate self = null;
        for (Candidate other : others) {
            for (ClashRules.Found found : ClashRules.between(slot, other.slot())) {
                if (self == null) {
                    String programmeTitle = item.programmeId() == null ? null
                            : sql.scalar("SELECT title FROM programme WHERE id = ?", String.class, item.programmeId());
                    self = new Candidate(slot, item.title(), venue, item.kind(), ProgrammeStatus.DRAFT, caller.officeId() == null ? NO_ITEM : caller.officeId(), "",
                            item.programmeId(), programmeTitle, null);
                }
                pairs.add(new Pair(self, other, found));
            }
        }
        return describe(caller, pairs, slot.id() != null);
    }

    /** Every clash among the items the caller may see in a period, for the consolidating specialist. */
    @Transactional(readOnly = true)
    public List<ClashResponse> inRange(Caller caller, LocalDate from, LocalDate to, @Nullable PeriodKind kind, boolean includeAccepted) {
        CalendarAccess.Condition visible = CalendarAccess.programmeVisible(caller);
        List<Object> params = new ArrayList<>(List.of(caller.jurisdictionId()));
        params.addAll(List.of(CalendarItems.overlapParams(from.atStartOfDay(Zones.VIETNAM).toInstant(), to.plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant())));
        params.addAll(visible.params());
        String where = " WHERE i.jurisdiction_id = ? AND " + CalendarItems.OVERLAPS + " AND NOT i.cancelled AND " + visible.sql();
        List<Pair> pairs = sweep(candidates("SELECT " + CANDIDATE_COLUMNS + " FROM " + CANDIDATE_FROM + where + " ORDER BY i.starts_at", params.toArray()));
        if (kind != null) {
            pairs = pairs.stream().filter(pair -> pair.a().kind() == kind || pair.b().kind() == kind).toList();
        }
        List<ClashResponse> described = describe(caller, pairs, true);
        return includeAccepted ? described : described.stream().filter(c -> !c.accepted()).toList();
    }

    /** Every clash among items sorted by start, each compared with the later items starting before its last day ends (of every period kind). */
    private static List<Pair> sweep(List<Candidate> items) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Candidate a = items.get(i);
            Instant horizon = a.slot().lastDay().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant();
            for (int j = i + 1; j < items.size() && items.get(j).slot().start().isBefore(horizon); j++) {
                Candidate b = items.get(j);
                for (ClashRules.Found found : ClashRules.between(a.slot(), b.slot())) {
                    pairs.add(new Pair(a, b, found));
                }
            }
        }
        return pairs;
    }

    /** A clash between two items of shared programmes, for the reviews' figures. */
    record Counted(UUID itemA, UUID itemB, ClashKind kind, UUID officeA, UUID officeB, boolean accepted) {
    }

    /**
     * Every clash among the items of the programmes the offices shared (submitted, consolidated, approved, published) that
     * overlap [from, to], whoever may read them: what the consolidation saw. Accepted ones carry their acceptance.
     */
    @Transactional(readOnly = true)
    public List<Counted> census(UUID jurisdictionId, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(List.of(jurisdictionId));
        params.addAll(List.of(CalendarItems.overlapParams(from.atStartOfDay(Zones.VIETNAM).toInstant(), to.plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant())));
        List<Pair> pairs = sweep(candidates("SELECT " + CANDIDATE_COLUMNS + " FROM " + CANDIDATE_FROM + " WHERE i.jurisdiction_id = ? AND "
                + CalendarItems.OVERLAPS + " AND NOT i.cancelled AND p.status IN ('SUBMITTED', 'CONSOLIDATED', 'APPROVED', 'PUBLISHED') ORDER BY i.starts_at",
                params.toArray()));
        Set<UUID> involved = new HashSet<>();
        pairs.forEach(pair -> {
            involved.add(pair.a().slot().id());
            involved.add(pair.b().slot().id());
        });
        Set<String> accepted = new HashSet<>();
        if (!involved.isEmpty()) {
            UUID[] ids = involved.toArray(UUID[]::new);
            for (Object[] row : sql.rows("SELECT item_a, item_b, kind FROM programme_clash_acceptance WHERE item_a = ANY (?)", (Object) ids)) {
                accepted.add(row[0] + "|" + row[1] + "|" + row[2]);
            }
        }
        List<Counted> out = new ArrayList<>();
        for (Pair pair : pairs) {
            UUID a = pair.a().slot().id();
            UUID b = pair.b().slot().id();
            UUID first = before(a, b) ? a : b;
            UUID second = first.equals(a) ? b : a;
            out.add(new Counted(a, b, pair.found().kind(), pair.a().ownerOffice(), pair.b().ownerOffice(),
                    accepted.contains(first + "|" + second + "|" + pair.found().kind())));
        }
        return out;
    }

    @Transactional
    public ClashAcceptanceResponse accept(Caller caller, ClashAcceptanceRequest request, CalendarItems items) {
        CalendarAccess.requireOfficeStaff(caller);
        CalendarItems.Loaded a = items.find(caller.jurisdictionId(), request.itemId());
        CalendarItems.Loaded b = items.find(caller.jurisdictionId(), request.otherItemId());
        if (a == null || !CalendarAccess.sees(caller, a.ownerOffice(), a.item().programmeStatus())) {
            throw ProblemException.notFound("Programme item");
        }
        if (b == null || !CalendarAccess.sees(caller, b.ownerOffice(), b.item().programmeStatus())) {
            throw ProblemException.notFound("Programme item");
        }
        UUID pco = directory.partyCommitteeOffice(caller.jurisdictionId()).map(OfficeRef::id).orElse(null);
        boolean mayAccept = caller.officeId().equals(pco) || caller.officeId().equals(a.ownerOffice()) || caller.officeId().equals(b.ownerOffice());
        if (!mayAccept) {
            throw ProblemException.forbidden("Only the Party Committee Office or an office owning one of the items can accept a clash.");
        }
        boolean clashes = !a.item().cancelled() && !b.item().cancelled()
                && ClashRules.between(slotOf(a), slotOf(b)).stream().anyMatch(f -> f.kind() == request.kind());
        if (!clashes) {
            throw ProblemException.conflict("These two items have no " + request.kind() + " clash to accept.");
        }
        UUID first = before(request.itemId(), request.otherItemId()) ? request.itemId() : request.otherItemId();
        UUID second = first.equals(request.itemId()) ? request.otherItemId() : request.itemId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int inserted = sql.exec("""
                INSERT INTO programme_clash_acceptance (item_a, item_b, kind, jurisdiction_id, note, accepted_by, accepted_by_name, accepted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                first, second, request.kind(), caller.jurisdictionId(), request.note().strip(), caller.id(), caller.name(), now);
        if (inserted == 0) {
            throw ProblemException.conflict("This clash was already accepted.");
        }
        ClashAcceptanceResponse response = new ClashAcceptanceResponse(request.itemId(), request.otherItemId(), request.kind(), request.note().strip(),
                caller.name(), now.atZone(Zones.VIETNAM).toOffsetDateTime());
        audit.record(caller, "ACCEPT_CLASH", "programme_item", request.itemId(), null, response);
        return response;
    }

    /** PostgreSQL's order of uuids (bytewise, as their text), which is not Java's signed compareTo. */
    private static boolean before(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0;
    }

    /** A saved item, to find its clashes. */
    static Typed typed(CalendarItems.Loaded saved) {
        return new Typed(saved.item().periodKind(), slotOf(saved), saved.item().venue(), saved.item().title(), saved.item().programmeId());
    }

    /** An item as the clash rules see it, with the venue as the database normalised it. */
    static ClashRules.Slot slotOf(CalendarItems.Loaded loaded) {
        CalendarDtos.ItemResponse item = loaded.item();
        return new ClashRules.Slot(item.id(), item.startsAt().toInstant(), item.endsAt().toInstant(),
                new LinkedHashSet<>(item.leaders().stream().map(CalendarDtos.LeaderRef::id).toList()), loaded.venueKey(),
                new LinkedHashSet<>(item.participantBodies().stream().map(CalendarDtos.NamedRef::id).toList()),
                new LinkedHashSet<>(item.participantUnits().stream().map(CalendarDtos.NamedRef::id).toList()), item.localityUnitId(), loaded.details());
    }

    private record Pair(Candidate a, Candidate b, ClashRules.Found found) {
    }

    private List<Candidate> candidates(String query, Object... params) {
        return jdbc.prepareStatement(query, statement -> {
            SqlPages.bind(statement, Arrays.asList(params));
            List<Candidate> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(candidate(rs));
                }
            }
            return rows;
        });
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        ClashRules.Slot slot = new ClashRules.Slot(SqlPages.uuid(rs, "id"), SqlPages.instant(rs, "starts_at"), SqlPages.instant(rs, "ends_at"),
                uuids(rs, "leader_ids"), rs.getString("venue_key"), uuids(rs, "participant_body_ids"), uuids(rs, "participant_unit_ids"),
                SqlPages.uuid(rs, "locality_unit_id"), CalendarItems.lineage(rs));
        return new Candidate(slot, rs.getString("title"), rs.getString("venue"), PeriodKind.valueOf(rs.getString("period_kind")),
                ProgrammeStatus.valueOf(rs.getString("status")), SqlPages.uuid(rs, "office_id"), rs.getString("body_name"), SqlPages.uuid(rs, "programme_id"),
                rs.getString("programme_title"), rs.getObject("period_start", LocalDate.class));
    }

    private static Set<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return new LinkedHashSet<>(Arrays.asList((UUID[]) rs.getArray(column).getArray()));
    }

    private List<ClashResponse> describe(Caller caller, List<Pair> pairs, boolean saved) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        Set<UUID> itemIds = new HashSet<>();
        for (Pair pair : pairs) {
            ids.addAll(pair.found().shared());
            itemIds.add(pair.b().slot().id());
            if (pair.a().slot().id() != null) {
                itemIds.add(pair.a().slot().id());
            }
        }
        Map<UUID, String> names = new HashMap<>();
        UUID[] shared = ids.toArray(UUID[]::new);
        for (Object[] row : sql.rows("SELECT id, full_name || ' (' || title_vi || ')' FROM leader WHERE id = ANY (?) "
                + "UNION ALL SELECT id, name_vi FROM leadership_body WHERE id = ANY (?) UNION ALL SELECT id, name FROM unit WHERE id = ANY (?)", shared, shared, shared)) {
            names.put((UUID) row[0], (String) row[1]);
        }
        Map<String, String> accepted = new HashMap<>();
        UUID[] involved = itemIds.toArray(UUID[]::new);
        for (Object[] row : sql.rows("SELECT item_a, item_b, kind, note FROM programme_clash_acceptance WHERE item_a = ANY (?) OR item_b = ANY (?)", involved, involved)) {
            accepted.put(row[0] + "|" + row[1] + "|" + row[2], (String) row[3]);
        }
        List<ClashResponse> out = new ArrayList<>();
        for (Pair pair : pairs) {
            Candidate a = pair.a();
            Candidate b = pair.b();
            boolean readable = CalendarAccess.sees(caller, b.ownerOffice(), b.status());
            List<SharedRef> sharedRefs = switch (pair.found().kind()) {
                case VENUE -> List.of(new SharedRef(null, b.venue()));
                default -> pair.found().shared().stream().map(id -> new SharedRef(id, names.getOrDefault(id, "?"))).toList();
            };
            String note = null;
            if (a.slot().id() != null) {
                UUID first = before(a.slot().id(), b.slot().id()) ? a.slot().id() : b.slot().id();
                UUID second = first.equals(a.slot().id()) ? b.slot().id() : a.slot().id();
                note = accepted.get(first + "|" + second + "|" + pair.found().kind());
            }
            out.add(new ClashResponse(pair.found().kind(), pair.found().severity(), saved ? a.slot().id() : null, saved ? a.title() : null, b.slot().id(),
                    readable ? b.title() : null, b.bodyName(), b.slot().start().atZone(Zones.VIETNAM).toOffsetDateTime(),
                    b.slot().end().atZone(Zones.VIETNAM).toOffsetDateTime(), b.status(), a.kind(), a.programmeId(), a.programmeTitle(), b.kind(), b.programmeId(),
                    b.programmeName(readable), sharedRefs, message(pair.found().kind(), sharedRefs, readable ? b.title() : null, b, a.kind()), note != null, note));
        }
        out.sort(Comparator.comparing(ClashResponse::otherStartsAt).thenComparing(c -> c.severity().ordinal()));
        return out;
    }

    /** One Vietnamese sentence, as the consolidating specialist would write it; naming the other's programme when it is of another period kind. */
    static String message(ClashKind kind, List<SharedRef> shared, @Nullable String otherTitle, Candidate other, PeriodKind ownKind) {
        String who = String.join(", ", shared.stream().map(SharedRef::name).toList());
        String programme = other.kind() == ownKind ? "" : "chương trình công tác " + Programmes.periodLabel(other.kind(), other.periodStart());
        String what = otherTitle == null
                ? "một hoạt động trong dự thảo chưa gửi của " + other.bodyName() + (programme.isEmpty() ? "" : " (" + programme + ")")
                : "«" + otherTitle + "» (" + other.bodyName() + (programme.isEmpty() ? "" : ", " + programme) + ")";
        String when = when(other.slot().start(), other.slot().end());
        return switch (kind) {
            case LEADER -> "Trùng lịch: " + who + " đã có lịch " + what + " " + when + ".";
            case VENUE -> "Trùng địa điểm: " + who + " đã được bố trí cho " + what + " " + when + ".";
            case PARTICIPANT -> "Trùng thành phần: " + who + " cũng phải dự " + what + " " + when + ".";
            case LOCALITY -> "Cùng địa bàn trong ngày: " + who + " đã có " + what + " " + when + ".";
        };
    }

    static String when(CalendarDtos.ItemResponse item) {
        return when(item.startsAt().toInstant(), item.endsAt().toInstant());
    }

    static String when(Instant from, Instant to) {
        ZonedDateTime start = from.atZone(Zones.VIETNAM);
        ZonedDateTime end = to.atZone(Zones.VIETNAM);
        boolean wholeDays = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
        if (wholeDays) {
            LocalDate last = end.toLocalDate().minusDays(1);
            return last.equals(start.toLocalDate()) ? "cả ngày " + VietnameseDates.format(start.toLocalDate())
                    : "từ ngày " + VietnameseDates.format(start.toLocalDate()) + " đến ngày " + VietnameseDates.format(last);
        }
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return start.format(TIME) + "–" + end.format(TIME) + " ngày " + VietnameseDates.format(start.toLocalDate());
        }
        return "từ " + start.format(TIME) + " ngày " + VietnameseDates.format(start.toLocalDate()) + " đến " + end.format(TIME) + " ngày "
                + VietnameseDates.format(end.toLocalDate());
    }
}
