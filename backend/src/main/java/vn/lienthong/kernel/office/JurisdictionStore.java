package vn.lienthong.kernel.office;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of jurisdictions, returning typed rows. */
@Singleton
class JurisdictionStore {
    record Row(UUID id, String code, String name, JurisdictionKind kind, boolean active, long version, Instant createdAt, Instant updatedAt) {
    }

    private static final SqlPages.RowMapper<Row> ROW = rs -> new Row(SqlPages.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
            JurisdictionKind.valueOf(rs.getString("kind")), rs.getBoolean("active"), rs.getLong("version"), SqlPages.instant(rs, "created_at"),
            SqlPages.instant(rs, "updated_at"));
    private static final String COLUMNS = "id, code, name, kind, active, version, created_at, updated_at";

    private final Sql sql;

    JurisdictionStore(Sql sql) {
        this.sql = sql;
    }

    List<Row> all() {
        return sql.query("SELECT " + COLUMNS + " FROM jurisdiction ORDER BY code", ROW);
    }

    Optional<Row> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM jurisdiction WHERE id = ?", ROW, id).stream().findFirst();
    }

    boolean codeTaken(String code, UUID exceptId) {
        return sql.scalar("SELECT count(*) FROM jurisdiction WHERE code = ? AND id <> ?", Long.class, code, exceptId) > 0;
    }

    void insert(Row row) {
        sql.exec("INSERT INTO jurisdiction (id, code, name, kind, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.code(), row.name(), row.kind(), row.active(), row.version(), row.createdAt(), row.updatedAt());
    }

    /** The conditional write of an If-Match update: 0 rows when the version moved on. */
    int update(Row row, long expectedVersion) {
        return sql.exec("UPDATE jurisdiction SET code = ?, name = ?, kind = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                row.code(), row.name(), row.kind(), row.active(), row.updatedAt(), row.id(), expectedVersion);
    }

    Long version(UUID id) {
        return sql.scalar("SELECT version FROM jurisdiction WHERE id = ?", Long.class, id);
    }
}
