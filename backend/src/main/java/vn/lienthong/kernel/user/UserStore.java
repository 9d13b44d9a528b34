package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL of accounts (app_user), their password history and refresh tokens; rows come back as {@link UserRow}. */
@Singleton
class UserStore {
    private static final String COLUMNS = "u.id, u.jurisdiction_id, u.username, u.full_name, u.role, u.office_id, u.unit_id, u.email, u.phone, "
            + "u.active, u.password_change_required, u.password_changed_at, u.deactivated_at, u.version, u.created_at, u.updated_at, "
            + "(SELECT t.locked_until FROM login_throttle t WHERE t.username = u.username) AS locked_until";
    private static final String FROM = "app_user u";

    /** What a request of the account needs to know on every call (see {@link AccountGate}). */
    record AccountState(boolean active, boolean passwordChangeRequired) {
    }

    /** A new account's fields; the password hash is the one-time password's. */
    record NewUser(UUID id, UUID jurisdictionId, String username, String fullName, Role role, @Nullable UUID officeId, @Nullable UUID unitId,
                   @Nullable String email, @Nullable String phone, String passwordHash, boolean passwordChangeRequired, Instant now) {
    }

    /** The editable fields of an account. */
    record Changes(String fullName, Role role, @Nullable UUID officeId, @Nullable UUID unitId, @Nullable String email, @Nullable String phone) {
    }

    private final Sql sql;
    private final SqlPages pages;

    UserStore(Sql sql, SqlPages pages) {
        this.sql = sql;
        this.pages = pages;
    }

    /** Filters of a list; null fields filter nothing. */
    record Filter(UUID jurisdictionId, @Nullable UUID officeId, @Nullable UUID unitId, @Nullable Role role, @Nullable Boolean active) {
    }

    PageResponse<UserRow> page(Filter filter, PageParams page) {
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM)
                .where("u.jurisdiction_id = ?", filter.jurisdictionId())
                .whereIfPresent(filter.officeId(), "u.office_id = ?")
                .whereIfPresent(filter.unitId(), "u.unit_id = ?")
                .whereIfPresent(filter.role(), "u.role = ?")
                .whereIfPresent(filter.active(), "u.active = ?")
                .search("u.search_text", page.q())
                .updatedSince("u.updated_at", page.updatedSince())
                .sortable("username", "u.username").sortable("fullName", "u.full_name").sortable("role", "u.role")
                .sortable("updatedAt", "u.updated_at").sortable("createdAt", "u.created_at")
                .defaultSort("username").tieBreaker("u.id");
        return pages.page(query, page, UserStore::map);
    }

    Optional<UserRow> find(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE u.id = ?", UserStore::map, id).stream().findFirst();
    }

    /** The row, locked until the transaction ends (every If-Match write and state change takes it first). */
    Optional<UserRow> lock(UUID id) {
        return sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE u.id = ? FOR UPDATE OF u", UserStore::map, id).stream().findFirst();
    }

    Optional<UUID> idOfUsername(String username) {
        return Optional.ofNullable(sql.scalar("SELECT id FROM app_user WHERE username = ?", UUID.class, username));
    }

    /** Locks the active system administrators of a jurisdiction and counts them. */
    int lockActiveAdmins(UUID jurisdictionId) {
        return sql.query("SELECT id FROM app_user WHERE jurisdiction_id = ? AND role = 'SYSTEM_ADMIN' AND active FOR UPDATE",
                rs -> rs.getObject(1, UUID.class), jurisdictionId).size();
    }

    boolean anyActiveAdmin(UUID jurisdictionId) {
        return sql.scalar("SELECT count(*) FROM app_user WHERE jurisdiction_id = ? AND role = 'SYSTEM_ADMIN' AND active", Long.class, jurisdictionId) > 0;
    }

    boolean anyNationalAdmin() {
        return sql.scalar("SELECT count(*) FROM app_user WHERE role = 'NATIONAL_ADMIN'", Long.class) > 0;
    }

    boolean officeExists(UUID jurisdictionId, UUID officeId) {
        return sql.scalar("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND id = ?", Long.class, jurisdictionId, officeId) > 0;
    }

    boolean unitExists(UUID jurisdictionId, UUID unitId) {
        return sql.scalar("SELECT count(*) FROM unit WHERE jurisdiction_id = ? AND id = ?", Long.class, jurisdictionId, unitId) > 0;
    }

    /** Those of the (normalized) usernames that are taken already, in the whole system. */
    java.util.Set<String> taken(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(sql.query("SELECT username FROM app_user WHERE username = ANY (?::text[])", rs -> rs.getString(1),
                (Object) usernames.toArray(String[]::new)));
    }

    /** The offices (code → id) and units (code → id) of the jurisdiction, codes upper-cased. */
    Map<String, UUID> officeCodes(UUID jurisdictionId) {
        return codes("SELECT code, id FROM office WHERE jurisdiction_id = ?", jurisdictionId);
    }

    Map<String, UUID> unitCodes(UUID jurisdictionId) {
        return codes("SELECT code, id FROM unit WHERE jurisdiction_id = ?", jurisdictionId);
    }

    private Map<String, UUID> codes(String query, UUID jurisdictionId) {
        Map<String, UUID> out = new java.util.HashMap<>();
        sql.query(query, rs -> Map.entry(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getObject(2, UUID.class)), jurisdictionId)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Inserts the account unless the username is taken; false when it is (the unique index decides, also under concurrency). */
    boolean insert(NewUser user) {
        int rows = sql.exec("INSERT INTO app_user (id, jurisdiction_id, username, full_name, password_hash, role, office_id, unit_id, email, phone, "
                        + "password_change_required, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING",
                user.id(), user.jurisdictionId(), user.username(), user.fullName(), user.passwordHash(), user.role(), user.officeId(), user.unitId(),
                user.email(), user.phone(), user.passwordChangeRequired(), user.now(), user.now());
        if (rows == 1) {
            addHistory(user.id(), user.passwordHash(), user.now());
        }
        return rows == 1;
    }

    void update(UUID id, Changes changes, Instant now) {
        sql.exec("UPDATE app_user SET full_name = ?, role = ?, office_id = ?, unit_id = ?, email = ?, phone = ?, version = version + 1, updated_at = ? WHERE id = ?",
                changes.fullName(), changes.role(), changes.officeId(), changes.unitId(), changes.email(), changes.phone(), now, id);
    }

    void setActive(UUID id, boolean active, Instant now) {
        sql.exec("UPDATE app_user SET active = ?, deactivated_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
                active, active ? null : now, now, id);
    }

    /** A new password hash; `oneTime` when an administrator set it (the user must change it), false for the user's own change. */
    void setPassword(UUID id, String hash, boolean oneTime, Instant now) {
        sql.exec("UPDATE app_user SET password_hash = ?, password_change_required = ?, password_changed_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
                hash, oneTime, oneTime ? null : now, now, id);
        addHistory(id, hash, now);
    }

    @Nullable
    String passwordHash(UUID id) {
        return sql.scalar("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
    }

    /** The hashes of the account's last `count` passwords, newest first. */
    List<String> recentPasswordHashes(UUID id, int count) {
        return sql.query("SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?", rs -> rs.getString(1), id, count);
    }

    private void addHistory(UUID id, String hash, Instant now) {
        sql.exec("INSERT INTO password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)", id, hash, now);
    }

    /** Revokes the account's refresh tokens, except those of one login (null: all). */
    int revokeRefreshTokens(UUID userId, @Nullable UUID exceptFamily, Instant now) {
        return exceptFamily == null
                ? sql.exec("UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, userId)
                : sql.exec("UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND family_id <> ?", now, userId, exceptFamily);
    }

    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    Optional<AccountState> state(UUID id) {
        // a deactivated jurisdiction's people are out too; the national administrator's account only sits in one
        return sql.query("SELECT u.active AND (j.active OR u.role = 'NATIONAL_ADMIN'), u.password_change_required "
                        + "FROM app_user u JOIN jurisdiction j ON j.id = u.jurisdiction_id WHERE u.id = ?",
                rs -> new AccountState(rs.getBoolean(1), rs.getBoolean(2)), id).stream().findFirst();
    }

    private static UserRow map(ResultSet rs) throws SQLException {
        return new UserRow(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), SqlPages.uuid(rs, "office_id"), SqlPages.uuid(rs, "unit_id"), rs.getString("email"),
                rs.getString("phone"), rs.getBoolean("active"), rs.getBoolean("password_change_required"), SqlPages.instant(rs, "password_changed_at"),
                SqlPages.instant(rs, "deactivated_at"), SqlPages.instant(rs, "locked_until"), rs.getLong("version"),
                SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"));
    }
}
