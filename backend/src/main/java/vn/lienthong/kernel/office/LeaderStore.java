package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of leaders and their positions over time, returning typed rows. */
@Singleton
class LeaderStore {
    record Row(UUID id, UUID jurisdictionId, @Nullable UUID bodyId, @Nullable String bodyName, String fullName, String titleVi, String titleEn,
               int protocolOrder, boolean active, long version, Instant createdAt, Instant updatedAt) {
        LeaderResponse response() {
            return new LeaderResponse(id, fullName, titleVi, titleEn, bodyId, bodyName, protocolOrder, active, version);
        }
    }

    record Position(UUID id, UUID leaderId, @Nullable UUID bodyId, @Nullable String bodyName, String titleVi, String titleEn, LocalDate validFrom,
                    @Nullable LocalDate validTo) {
        OrgDtos.LeaderPositionResponse response() {
            return new OrgDtos.LeaderPositionResponse(id, titleVi, titleEn, bodyId, bodyName, validFrom, validTo);
        }
    }

    static final String SELECT = "l.*, b.name_vi AS body_name";
    static final String FROM = "leader l LEFT JOIN leadership_body b ON b.id = l.body_id";
    static final SqlPages.RowMapper<Row> ROW = rs -> new Row(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "body_id"),
            rs.getString("body_name"), rs.getString("full_name"), rs.getString("title_vi"), rs.getString("title_en"), rs.getInt("position"),
            rs.getBoolean("active"), rs.getLong("version"), SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
    private static final SqlPages.RowMapper<Position> POSITION = rs -> new Position(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "leader_id"),
            SqlPages.uuid(rs, "body_id"), rs.getString("body_name"), rs.getString("title_vi"), rs.getString("title_en"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));

    private final Sql sql;

    LeaderStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Row> find(UUID jurisdictionId, UUID id) {
        return sql.query("SELECT " + SELECT + " FROM " + FROM + " WHERE l.id = ? AND l.jurisdiction_id = ?", ROW, id, jurisdictionId).stream().findFirst();
    }

    /** The leader, locked until the end of the transaction (a move of post is decided on the locked row). */
    Optional<Row> lock(UUID jurisdictionId, UUID id) {
        return sql.query("SELECT " + SELECT + " FROM " + FROM + " WHERE l.id = ? AND l.jurisdiction_id = ? FOR UPDATE OF l", ROW, id, jurisdictionId)
                .stream().findFirst();
    }

    boolean bodyExists(UUID jurisdictionId, UUID bodyId) {
        return sql.scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, bodyId, jurisdictionId) > 0;
    }

    /** Inserts the leader; the database gives them their first position (trigger leader_first_position), dated here. */
    void insert(Row r, LocalDate validFrom) {
        sql.exec("INSERT INTO leader (id, jurisdiction_id, body_id, full_name, title_vi, title_en, position, active, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.jurisdictionId(), r.bodyId(), r.fullName(), r.titleVi(), r.titleEn(),
                r.protocolOrder(), r.active(), r.version(), r.createdAt(), r.updatedAt());
        sql.exec("UPDATE leader_position SET valid_from = ? WHERE leader_id = ?", validFrom, r.id());
    }

    /** The conditional write of an If-Match update of name, order and active flag. */
    int update(Row r, long expectedVersion) {
        return sql.exec("UPDATE leader SET full_name = ?, position = ?, active = ?, version = version + 1, updated_at = ? "
                + "WHERE id = ? AND jurisdiction_id = ? AND version = ?", r.fullName(), r.protocolOrder(), r.active(), r.updatedAt(), r.id(),
                r.jurisdictionId(), expectedVersion);
    }

    /** The leader's current position becomes `titleVi`/`titleEn`/`bodyId` (on the row every existing read uses). */
    void setCurrent(UUID id, @Nullable UUID bodyId, String titleVi, String titleEn, Instant now) {
        sql.exec("UPDATE leader SET body_id = ?, title_vi = ?, title_en = ?, version = version + 1, updated_at = ? WHERE id = ?",
                bodyId, titleVi, titleEn, now, id);
    }

    @Nullable
    Long version(UUID id) {
        return sql.scalar("SELECT version FROM leader WHERE id = ?", Long.class, id);
    }

    List<Position> positions(UUID leaderId) {
        return sql.query("SELECT p.*, b.name_vi AS body_name FROM leader_position p LEFT JOIN leadership_body b ON b.id = p.body_id "
                + "WHERE p.leader_id = ? ORDER BY p.valid_from DESC", POSITION, leaderId);
    }

    void closePosition(UUID positionId, LocalDate validTo) {
        sql.exec("UPDATE leader_position SET valid_to = ? WHERE id = ?", validTo, positionId);
    }

    void correctPosition(UUID positionId, @Nullable UUID bodyId, String titleVi, String titleEn) {
        sql.exec("UPDATE leader_position SET body_id = ?, title_vi = ?, title_en = ? WHERE id = ?", bodyId, titleVi, titleEn, positionId);
    }

    void insertPosition(UUID id, UUID jurisdictionId, UUID leaderId, @Nullable UUID bodyId, String titleVi, String titleEn, LocalDate validFrom, Instant now) {
        sql.exec("INSERT INTO leader_position (id, jurisdiction_id, leader_id, body_id, title_vi, title_en, valid_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id, jurisdictionId, leaderId, bodyId, titleVi, titleEn, validFrom, now);
    }
}
