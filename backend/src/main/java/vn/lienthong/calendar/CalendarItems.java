package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.LeaderRef;
import vn.lienthong.kernel.office.LeaderTitles;
import vn.lienthong.calendar.CalendarDtos.NamedRef;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reading programme items: one at a time, per programme, and the consolidated view across bodies. */
@Singleton
public class CalendarItems {
    static final String COLUMNS = "i.*, c.body_id, c.color, p.status AS programme_status, p.office_id AS owner_office_id, "
            + "programme_item_lineage(i.details_item_id) AS details_lineage";
    static final String FROM = "programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id";
    /** The longest an item may last (also a CHECK in the database): what lets {@link #OVERLAPS} stay one btree range. */
    static final java.time.Duration LONGEST = java.time.Duration.ofDays(92);
    /** Items overlapping [from, to): bind {@link #overlapParams}. */
    static final String OVERLAPS = "i.starts_at < ? AND i.ends_at > ? AND i.starts_at > ?";

    private final JdbcOperations jdbc;
    private final SqlPages pages;
    private final Sql sql;
    private final LeaderTitles titles;

    CalendarItems(JdbcOperations jdbc, SqlPages pages, Sql sql, LeaderTitles titles) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.sql = sql;
        this.titles = titles;
    }

    /** Filters of the consolidated view; `from`/`to` are Vietnam dates, both included. */
    public record ViewFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID programmeId, @Nullable UUID bodyId, @Nullable UUID officeId,
                             @Nullable UUID leaderId, @Nullable UUID localityUnitId, @Nullable Visibility visibility, @Nullable PeriodKind periodKind) {
    }

    @Transactional(readOnly = true)
    public PageResponse<ItemResponse> view(Caller caller, PageParams page, ViewFilter filter) {
        CalendarAccess.Condition visible = CalendarAccess.programmeVisible(caller);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .countFrom("programme_item i JOIN programme p ON p.id = i.programme_id")
                .tieBreaker("i.id")
                .where("i.jurisdiction_id = ?", caller.jurisdictionId())
                .where(visible.sql(), visible.params().toArray());
        if (filter.from() != null || filter.to() != null) {
            Instant from = filter.from() == null ? Instant.parse("1900-01-01T00:00:00Z") : filter.from().atStartOfDay(Zones.VIETNAM).toInstant();
            Instant to = filter.to() == null ? Instant.parse("3000-01-01T00:00:00Z") : filter.to().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant();
            query.where(OVERLAPS, overlapParams(from, to));
        }
        query.whereIfPresent(filter.programmeId(), "i.programme_id = ?")
                .whereIfPresent(filter.bodyId(), "i.calendar_id = (SELECT id FROM calendar WHERE body_id = ?)")
                .whereIfPresent(filter.officeId(), "p.office_id = ?")
                .whereIfPresent(filter.leaderId() == null ? null : new UUID[]{filter.leaderId()}, "i.leader_ids @> ?")
                .whereIfPresent(filter.localityUnitId(), "i.locality_unit_id = ?")
                .whereIfPresent(filter.visibility(), "i.visibility = ?")
                .whereIfPresent(filter.periodKind(), "i.period_kind = ?")
                .search("i.search_text", page.q())
                .updatedSince("i.updated_at", page.updatedSince())
                .sortable("startsAt", "i.starts_at").sortable("updatedAt", "i.updated_at").sortable("title", "i.title")
                .defaultSort("startsAt");
        PageResponse<Raw> raw = pages.page(query, page, Raw::of);
        Names names = names(raw.items());
        return raw.map(r -> r.response(names));
    }

    static Object[] overlapParams(Instant from, Instant to) {
        return new Object[]{to, from, from.minus(LONGEST)};
    }

    /** One item the caller may see, or 404. */
    @Transactional(readOnly = true)
    public ItemResponse get(Caller caller, UUID id) {
        Loaded loaded = find(caller.jurisdictionId(), id);
        if (loaded == null || !CalendarAccess.sees(caller, loaded.ownerOffice(), loaded.item().programmeStatus())) {
            throw ProblemException.notFound("Programme item");
        }
        return loaded.item();
    }

    /**
     * An item with the office that owns its programme, its venue as stored for comparison (`venue_key`) and the items it
     * details, nearest first.
     */
    record Loaded(ItemResponse item, UUID ownerOffice, @Nullable String venueKey, List<UUID> details) {
    }

    /** The item regardless of who asks (for the services' own checks); null when absent from the jurisdiction. */
    Loaded find(UUID jurisdictionId, UUID id) {
        List<Loaded> found = select(" WHERE i.id = ? AND i.jurisdiction_id = ?", id, jurisdictionId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Items by an arbitrary condition on `i`, `p` and `c`, in start order. */
    List<Loaded> select(String where, Object... params) {
        List<Raw> rows = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM " + FROM + where + " ORDER BY i.starts_at, i.id", statement -> {
            SqlPages.bind(statement, Arrays.asList(params));
            List<Raw> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(Raw.of(rs));
                }
            }
            return found;
        });
        Names names = names(rows);
        return rows.stream().map(r -> new Loaded(r.response(names), r.ownerOffice(), r.venueKey(), r.details())).toList();
    }

    /** An item row before the names of the people, bodies, units and offices it refers to are looked up. */
    record Raw(ItemResponse bare, UUID ownerOffice, @Nullable String venueKey, UUID[] leaders, UUID[] bodies, UUID[] units, List<UUID> details) {
        static Raw of(ResultSet rs) throws SQLException {
            String[] persons = (String[]) rs.getArray("participant_persons").getArray();
            ItemResponse bare = new ItemResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "programme_id"), SqlPages.uuid(rs, "calendar_id"),
                    SqlPages.uuid(rs, "body_id"), null, rs.getString("color"), PeriodKind.valueOf(rs.getString("period_kind")),
                    ProgrammeStatus.valueOf(rs.getString("programme_status")), rs.getString("title"),
                    SqlPages.instant(rs, "starts_at").atZone(Zones.VIETNAM).toOffsetDateTime(), SqlPages.instant(rs, "ends_at").atZone(Zones.VIETNAM).toOffsetDateTime(),
                    rs.getBoolean("all_day"), rs.getString("venue"), SqlPages.uuid(rs, "locality_unit_id"), null, List.of(), List.of(), List.of(),
                    List.of(persons), SqlPages.uuid(rs, "serving_office_id"), null, Visibility.valueOf(rs.getString("visibility")),
                    rs.getString("notes"), SqlPages.uuid(rs, "meeting_id"), SqlPages.uuid(rs, "details_item_id"), rs.getBoolean("cancelled"), rs.getString("cancel_reason"), rs.getInt("sequence"),
                    rs.getLong("version"), SqlPages.instant(rs, "updated_at").atZone(Zones.VIETNAM).toOffsetDateTime());
            return new Raw(bare, SqlPages.uuid(rs, "owner_office_id"), rs.getString("venue_key"), (UUID[]) rs.getArray("leader_ids").getArray(),
                    (UUID[]) rs.getArray("participant_body_ids").getArray(), (UUID[]) rs.getArray("participant_unit_ids").getArray(), lineage(rs));
        }

        ItemResponse response(Names names) {
            ItemResponse b = bare;
            LocalDate day = b.startsAt().toLocalDate();
            List<LeaderRef> chairs = Arrays.stream(leaders).map(id -> names.leaderOn(id, day)).filter(java.util.Objects::nonNull)
                    .sorted(Comparator.comparing((LeaderRef l) -> names.leaderOrder().getOrDefault(l.id(), 0)).thenComparing(LeaderRef::fullName)).toList();
            List<NamedRef> participantBodies = Arrays.stream(bodies).map(id -> new NamedRef(id, names.names().get(id)))
                    .filter(r -> r.name() != null).sorted(Comparator.comparing(NamedRef::name)).toList();
            List<NamedRef> participantUnits = Arrays.stream(units).map(id -> new NamedRef(id, names.names().get(id)))
                    .filter(r -> r.name() != null).sorted(Comparator.comparing(NamedRef::name)).toList();
            return new ItemResponse(b.id(), b.programmeId(), b.calendarId(), b.bodyId(), names.names().get(b.bodyId()), b.color(), b.periodKind(),
                    b.programmeStatus(), b.title(), b.startsAt(), b.endsAt(), b.allDay(), b.venue(), b.localityUnitId(),
                    b.localityUnitId() == null ? null : names.names().get(b.localityUnitId()), chairs, participantBodies, participantUnits, b.participantPersons(),
                    b.servingOfficeId(), names.names().get(b.servingOfficeId()), b.visibility(), b.notes(), b.meetingId(), b.detailsItemId(), b.cancelled(), b.cancelReason(),
                    b.sequence(), b.version(), b.updatedAt());
        }
    }

    /** The `details_lineage` column: the items an item details, nearest first (empty when none). */
    static List<UUID> lineage(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("details_lineage");
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    /** Names by id (bodies, units, offices: ids never collide across tables) and leaders with their protocol order. */
    record Names(Map<UUID, String> names, Map<UUID, LeaderRef> leaders, Map<UUID, Integer> leaderOrder, Map<LeaderTitles.LeaderOnDay, String> titles) {
        /** The leader with the title held on the item's day (the current one when no position covers it). */
        @Nullable
        LeaderRef leaderOn(UUID id, LocalDate day) {
            LeaderRef current = leaders.get(id);
            String then = titles.get(new LeaderTitles.LeaderOnDay(id, day));
            return current == null || then == null ? current : new LeaderRef(current.id(), current.fullName(), then);
        }
    }

    /** One round trip for the names a page of items refers to. */
    private Names names(List<Raw> rows) {
        Set<UUID> leaders = new HashSet<>();
        Set<UUID> bodies = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        Set<UUID> offices = new HashSet<>();
        for (Raw row : rows) {
            leaders.addAll(Arrays.asList(row.leaders()));
            bodies.addAll(Arrays.asList(row.bodies()));
            bodies.add(row.bare().bodyId());
            units.addAll(Arrays.asList(row.units()));
            if (row.bare().localityUnitId() != null) {
                units.add(row.bare().localityUnitId());
            }
            offices.add(row.bare().servingOfficeId());
        }
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, LeaderRef> leaderRefs = new HashMap<>();
        Map<UUID, Integer> order = new HashMap<>();
        if (rows.isEmpty()) {
            return new Names(names, leaderRefs, order, Map.of());
        }
        Set<LeaderTitles.LeaderOnDay> chairsOnDays = new HashSet<>();
        for (Raw row : rows) {
            LocalDate day = row.bare().startsAt().toLocalDate();
            Arrays.stream(row.leaders()).forEach(id -> chairsOnDays.add(new LeaderTitles.LeaderOnDay(id, day)));
        }
        for (Object[] r : sql.rows("""
                SELECT 'L', id, full_name, title_vi, position FROM leader WHERE id = ANY (?)
                UNION ALL SELECT 'N', id, name_vi, NULL, NULL FROM leadership_body WHERE id = ANY (?)
                UNION ALL SELECT 'N', id, name, NULL, NULL FROM unit WHERE id = ANY (?)
                UNION ALL SELECT 'N', id, name_vi, NULL, NULL FROM office WHERE id = ANY (?)""",
                leaders.toArray(UUID[]::new), bodies.toArray(UUID[]::new), units.toArray(UUID[]::new), offices.toArray(UUID[]::new))) {
            UUID id = (UUID) r[1];
            if ("L".equals(r[0])) {
                leaderRefs.put(id, new LeaderRef(id, (String) r[2], (String) r[3]));
                order.put(id, (Integer) r[4]);
            } else {
                names.put(id, (String) r[2]);
            }
        }
        return new Names(names, leaderRefs, order, titles.titlesOn(chairsOnDays));
    }
}
