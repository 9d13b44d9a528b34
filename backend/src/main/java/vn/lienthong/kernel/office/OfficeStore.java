package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.util.Optional;
import java.util.UUID;

/** The SQL of offices and leadership bodies written by administrators, returning the mapped entities. */
@Singleton
class OfficeStore {
    private static final SqlPages.RowMapper<Office> OFFICE = rs -> new Office(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"),
            rs.getString("code"), OfficeKind.valueOf(rs.getString("kind")), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("short_name"),
            rs.getString("email"), rs.getBoolean("active"), rs.getLong("version"), SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
    private static final SqlPages.RowMapper<LeadershipBody> BODY = rs -> new LeadershipBody(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"),
            SqlPages.uuid(rs, "office_id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("active"),
            rs.getLong("version"), SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));

    private final Sql sql;

    OfficeStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Office> office(UUID jurisdictionId, UUID id) {
        return sql.query("SELECT * FROM office WHERE id = ? AND jurisdiction_id = ?", OFFICE, id, jurisdictionId).stream().findFirst();
    }

    boolean officeCodeTaken(UUID jurisdictionId, String code, UUID exceptId) {
        return sql.scalar("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND code = ? AND id <> ?", Long.class, jurisdictionId, code, exceptId) > 0;
    }

    /** Another Party Committee Office of the jurisdiction (active or not: the database allows one). */
    boolean otherPartyCommitteeOffice(UUID jurisdictionId, UUID exceptId) {
        return sql.scalar("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND kind = 'PARTY_COMMITTEE_OFFICE' AND id <> ?", Long.class,
                jurisdictionId, exceptId) > 0;
    }

    void insert(Office o) {
        sql.exec("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, email, active, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), o.jurisdictionId(), o.code(), o.kind(), o.nameVi(), o.nameEn(), o.shortName(),
                o.email(), o.active(), o.version(), o.createdAt(), o.updatedAt());
    }

    /** The conditional write of an If-Match update: 0 rows when the version moved on. */
    int update(Office o, long expectedVersion) {
        return sql.exec("UPDATE office SET code = ?, kind = ?, name_vi = ?, name_en = ?, short_name = ?, email = ?, active = ?, version = version + 1, updated_at = ? "
                + "WHERE id = ? AND jurisdiction_id = ? AND version = ?", o.code(), o.kind(), o.nameVi(), o.nameEn(), o.shortName(), o.email(), o.active(),
                o.updatedAt(), o.id(), o.jurisdictionId(), expectedVersion);
    }

    @Nullable
    Long officeVersion(UUID id) {
        return sql.scalar("SELECT version FROM office WHERE id = ?", Long.class, id);
    }

    Optional<LeadershipBody> body(UUID jurisdictionId, UUID id) {
        return sql.query("SELECT * FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", BODY, id, jurisdictionId).stream().findFirst();
    }

    boolean bodyCodeTaken(UUID jurisdictionId, String code, UUID exceptId) {
        return sql.scalar("SELECT count(*) FROM leadership_body WHERE jurisdiction_id = ? AND code = ? AND id <> ?", Long.class, jurisdictionId, code, exceptId) > 0;
    }

    void insert(LeadershipBody b) {
        sql.exec("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, active, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b.id(), b.jurisdictionId(), b.officeId(), b.code(), b.nameVi(), b.nameEn(), b.active(),
                b.version(), b.createdAt(), b.updatedAt());
    }

    int update(LeadershipBody b, long expectedVersion) {
        return sql.exec("UPDATE leadership_body SET code = ?, name_vi = ?, name_en = ?, active = ?, version = version + 1, updated_at = ? "
                + "WHERE id = ? AND jurisdiction_id = ? AND version = ?", b.code(), b.nameVi(), b.nameEn(), b.active(), b.updatedAt(), b.id(),
                b.jurisdictionId(), expectedVersion);
    }

    @Nullable
    Long bodyVersion(UUID id) {
        return sql.scalar("SELECT version FROM leadership_body WHERE id = ?", Long.class, id);
    }
}
