package vn.lienthong.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.PasswordHasher;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Each test builds its own small world — a jurisdiction with offices, a unit and people — under random codes,
 * so tests never depend on the demo data or on each other.
 */
@Singleton
public class Fixtures {
    public static final String PASSWORD = "Test-Passw0rd!";

    private final JdbcOperations jdbc;
    private final String passwordHash;

    Fixtures(JdbcOperations jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.passwordHash = hasher.hash(PASSWORD);
    }

    /**
     * specialist/leader: Party Committee Office; otherOfficeSpecialist/otherOfficeLeader: People's Committee Office, which serves `body`;
     * unitOfficer: Sở Nội vụ (`unit`); secondUnitOfficer: Sở Y tế (`secondUnit`); admin: the jurisdiction's administrator (SYSTEM_ADMIN);
     * nationalAdmin: a national administrator (NATIONAL_ADMIN) whose account sits in this jurisdiction.
     */
    public record World(UUID jurisdictionId, String code, UUID partyOffice, UUID peoplesCommitteeOffice, UUID unit,
                        String specialist, String otherOfficeSpecialist, String leader, String unitOfficer, String admin,
                        UUID body, UUID secondUnit, String secondUnitOfficer, String otherOfficeLeader, String nationalAdmin) {
    }

    @Transactional
    public World world() {
        String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
        String prefix = code.toLowerCase();
        Timestamp now = Timestamp.from(Instant.now());
        UUID jurisdiction = UUID.randomUUID();
        exec("INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at) VALUES (?, ?, ?, 'PROVINCE', ?, ?)",
                jurisdiction, code, "Tỉnh Thử nghiệm " + code, now, now);
        UUID party = office(jurisdiction, "VPTU", "PARTY_COMMITTEE_OFFICE", "Văn phòng Tỉnh ủy", "Provincial Party Committee Office", now);
        UUID ubnd = office(jurisdiction, "VPUBND", "PEOPLES_COMMITTEE_OFFICE", "Văn phòng Ủy ban nhân dân", "People's Committee Office", now);
        UUID unit = UUID.randomUUID();
        exec("INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at) VALUES (?, ?, 'SNV', 'Sở Nội vụ', 'DEPARTMENT', ?, ?, ?)",
                unit, jurisdiction, LocalDate.of(2020, 1, 1), now, now);
        user(jurisdiction, prefix + ".cv", "Nguyễn Văn Thử", "SPECIALIST", party, null, now);
        user(jurisdiction, prefix + ".cv2", "Trần Thị Khác", "SPECIALIST", ubnd, null, now);
        user(jurisdiction, prefix + ".ld", "Lê Văn Lãnh Đạo", "OFFICE_LEADER", party, null, now);
        user(jurisdiction, prefix + ".dv", "Phạm Thị Đơn Vị", "UNIT_OFFICER", null, unit, now);
        user(jurisdiction, prefix + ".qt", "Quản Trị Viên", "SYSTEM_ADMIN", null, null, now);
        UUID body = UUID.randomUUID();
        exec("INSERT INTO leadership_body (id, jurisdiction_id, office_id, code, name_vi, name_en, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'UBND', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee', ?, ?)", body, jurisdiction, ubnd, now, now);
        UUID secondUnit = UUID.randomUUID();
        exec("INSERT INTO unit (id, jurisdiction_id, code, name, kind, valid_from, created_at, updated_at) VALUES (?, ?, 'SYT', 'Sở Y tế', 'DEPARTMENT', ?, ?, ?)",
                secondUnit, jurisdiction, LocalDate.of(2020, 1, 1), now, now);
        user(jurisdiction, prefix + ".dv2", "Hoàng Văn Y Tế", "UNIT_OFFICER", null, secondUnit, now);
        user(jurisdiction, prefix + ".ld2", "Vũ Thị Lãnh Đạo", "OFFICE_LEADER", ubnd, null, now);
        user(jurisdiction, prefix + ".qg", "Quản Trị Quốc Gia", "NATIONAL_ADMIN", null, null, now);
        return new World(jurisdiction, code, party, ubnd, unit, prefix + ".cv", prefix + ".cv2", prefix + ".ld", prefix + ".dv", prefix + ".qt",
                body, secondUnit, prefix + ".dv2", prefix + ".ld2", prefix + ".qg");
    }

    @Transactional
    public String machineClient(World world, String... scopes) {
        return machineClientNamed(world, "portal", scopes);
    }

    /** Another machine client of the world, "<code>-<suffix>". */
    @Transactional
    public String machineClientNamed(World world, String suffix, String... scopes) {
        String clientId = world.code().toLowerCase() + "-" + suffix;
        jdbc.prepareStatement("INSERT INTO machine_client (id, jurisdiction_id, client_id, name, secret_hash, scopes, created_at) VALUES (?, ?, ?, 'Cổng thông tin', ?, ?, now())",
                statement -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, world.jurisdictionId());
                    statement.setString(3, clientId);
                    statement.setString(4, passwordHash);
                    statement.setArray(5, statement.getConnection().createArrayOf("text", scopes));
                    return statement.executeUpdate();
                });
        return clientId;
    }

    @Transactional
    public long count(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The single value of a one-row, one-column query (e.g. an id the test needs). */
    @Transactional
    public UUID id(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        });
    }

    /** The rows of a query of a test's own, each as its column values in order (SQL dates as LocalDate, see {@link Sql#rows}). */
    @Transactional
    public List<Object[]> rows(String sql, Object... values) {
        return new Sql(jdbc).rows(sql, values);
    }

    /** A statement of a test's own (extra reference data); returns the rows changed. */
    @Transactional
    public int update(String sql, Object... values) {
        return jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            return statement.executeUpdate();
        });
    }

    private UUID office(UUID jurisdiction, String code, String kind, String vi, String en, Timestamp now) {
        UUID id = UUID.randomUUID();
        exec("INSERT INTO office (id, jurisdiction_id, code, kind, name_vi, name_en, short_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, jurisdiction, code, kind, vi, en, code, now, now);
        return id;
    }

    private void user(UUID jurisdiction, String username, String name, String role, UUID office, UUID unit, Timestamp now) {
        exec("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), jurisdiction, username, name, passwordHash, role, office, unit, now, now);
    }

    private void exec(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            SqlPages.bind(statement, Arrays.asList(values));
            return statement.executeUpdate();
        });
    }
}
