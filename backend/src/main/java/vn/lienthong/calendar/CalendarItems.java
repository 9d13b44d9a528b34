package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.LeaderRef;
import vn.lienthong.calendar.CalendarDtos.NamedRef;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.SqlPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reading programme items: one at a time, per programme, and the consolidated view across bodies. */
@Singleton
public class CalendarItems {
    static final String COLUMNS = "i.*, c.body_id, c.color, b.name_vi AS body_name, p.status AS programme_status, p.office_id AS owner_office_id, "
            + "loc.name AS locality_name, so.name_vi AS serving_office_name, "
            + "(SELECT coalesce(json_agg(json_build_object('id', l.id, 'fullName', l.full_name, 'titleVi', l.title_vi) ORDER BY l.position, l.full_name), '[]') "
            + "   FROM leader l WHERE l.id = ANY (i.leader_ids)) AS leaders_json, "
            + "(SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name_vi) ORDER BY x.name_vi), '[]') "
            + "   FROM leadership_body x WHERE x.id = ANY (i.participant_body_ids)) AS bodies_json, "
            + "(SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name), '[]') "
            + "   FROM unit u WHERE u.id = ANY (i.participant_unit_ids)) AS units_json";
    static final String FROM = "programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id "
            + "JOIN leadership_body b ON b.id = c.body_id JOIN office so ON so.id = i.serving_office_id LEFT JOIN unit loc ON loc.id = i.locality_unit_id";
    private static final Argument<List<LeaderRef>> LEADERS = Argument.listOf(LeaderRef.class);
    private static final Argument<List<NamedRef>> NAMED = Argument.listOf(NamedRef.class);

    private final JdbcOperations jdbc;
    private final SqlPages pages;
    private final JsonMapper json;

    CalendarItems(JdbcOperations jdbc, SqlPages pages, JsonMapper json) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.json = json;
    }

    /** Filters of the consolidated view; `from`/`to` are Vietnam dates, both included. */
    public record ViewFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID programmeId, @Nullable UUID bodyId, @Nullable UUID officeId,
                             @Nullable UUID leaderId, @Nullable UUID localityUnitId, @Nullable Visibility visibility, @Nullable PeriodKind periodKind) {
    }

    @Transactional(readOnly = true)
    public PageResponse<ItemResponse> view(Caller caller, PageParams page, ViewFilter filter) {
        CalendarAccess.Condition visible = CalendarAccess.programmeVisible(caller);
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .countFrom("programme_item i JOIN programme p ON p.id = i.programme_id JOIN calendar c ON c.id = i.calendar_id")
                .tieBreaker("i.id")
                .where("i.jurisdiction_id = ?", caller.jurisdictionId())
                .where(visible.sql(), visible.params().toArray());
        if (filter.from() != null || filter.to() != null) {
            Instant from = filter.from() == null ? Instant.parse("1900-01-01T00:00:00Z") : filter.from().atStartOfDay(Zones.VIETNAM).toInstant();
            Instant to = filter.to() == null ? Instant.parse("3000-01-01T00:00:00Z") : filter.to().plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant();
            query.where("i.during && tstzrange(?, ?, '[)')", from, to);
        }
        query.whereIfPresent(filter.programmeId(), "i.programme_id = ?")
                .whereIfPresent(filter.bodyId(), "c.body_id = ?")
                .whereIfPresent(filter.officeId(), "p.office_id = ?")
                .whereIfPresent(filter.leaderId() == null ? null : new UUID[]{filter.leaderId()}, "i.leader_ids @> ?")
                .whereIfPresent(filter.localityUnitId(), "i.locality_unit_id = ?")
                .whereIfPresent(filter.visibility(), "i.visibility = ?")
                .whereIfPresent(filter.periodKind(), "i.period_kind = ?")
                .search("i.search_text", page.q())
                .updatedSince("i.updated_at", page.updatedSince())
                .sortable("startsAt", "i.starts_at").sortable("updatedAt", "i.updated_at").sortable("title", "i.title")
                .defaultSort("startsAt");
        return pages.page(query, page, this::map);
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

    /** An item with the office that owns its programme. */
    record Loaded(ItemResponse item, UUID ownerOffice) {
    }

    /** The item regardless of who asks (for the services' own checks); null when absent from the jurisdiction. */
    Loaded find(UUID jurisdictionId, UUID id) {
        List<Loaded> found = select(" WHERE i.id = ? AND i.jurisdiction_id = ?", id, jurisdictionId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Items by an arbitrary condition on `i`, `p` and `c`, in start order. */
    List<Loaded> select(String where, Object... params) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM " + FROM + where + " ORDER BY i.starts_at, i.id", statement -> {
            SqlPages.bind(statement, Arrays.asList(params));
            List<Loaded> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Loaded(map(rs), SqlPages.uuid(rs, "owner_office_id")));
                }
            }
            return rows;
        });
    }

    ItemResponse map(ResultSet rs) throws SQLException {
        String[] persons = (String[]) rs.getArray("participant_persons").getArray();
        return new ItemResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "programme_id"), SqlPages.uuid(rs, "calendar_id"), SqlPages.uuid(rs, "body_id"),
                rs.getString("body_name"), rs.getString("color"), PeriodKind.valueOf(rs.getString("period_kind")),
                ProgrammeStatus.valueOf(rs.getString("programme_status")), rs.getString("title"),
                SqlPages.instant(rs, "starts_at").atZone(Zones.VIETNAM).toOffsetDateTime(), SqlPages.instant(rs, "ends_at").atZone(Zones.VIETNAM).toOffsetDateTime(),
                rs.getBoolean("all_day"), rs.getString("venue"), SqlPages.uuid(rs, "locality_unit_id"), rs.getString("locality_name"),
                read(rs.getString("leaders_json"), LEADERS), read(rs.getString("bodies_json"), NAMED), read(rs.getString("units_json"), NAMED),
                List.of(persons), SqlPages.uuid(rs, "serving_office_id"), rs.getString("serving_office_name"), Visibility.valueOf(rs.getString("visibility")),
                rs.getString("notes"), SqlPages.uuid(rs, "meeting_id"), rs.getBoolean("cancelled"), rs.getString("cancel_reason"), rs.getInt("sequence"),
                rs.getLong("version"), SqlPages.instant(rs, "updated_at").atZone(Zones.VIETNAM).toOffsetDateTime());
    }

    private <T> List<T> read(String value, Argument<List<T>> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
