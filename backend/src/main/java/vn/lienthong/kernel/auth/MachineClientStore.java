package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of machine clients. Every write is one statement, scoped by jurisdiction, whose row count decides the
 * outcome (a conditional update on the version for If-Match, on `active` for the transitions), so concurrent
 * requests never both win.
 */
@Singleton
class MachineClientStore {
    private static final String COLUMNS = "id, jurisdiction_id, client_id, name, scopes, active, version, token_generation, created_at, updated_at, secret_rotated_at";

    /** What the token endpoint needs: the row and the secret's hash. */
    record Credentials(MachineClientRow client, String secretHash) {
    }

    /** Whether a token issued under `generation` is still good. */
    record TokenState(boolean active, int tokenGeneration) {
    }

    private final Sql sql;
    private final SqlPages pages;

    MachineClientStore(Sql sql, SqlPages pages) {
        this.sql = sql;
        this.pages = pages;
    }

    PageResponse<MachineClientRow> page(UUID jurisdictionId, PageParams page, @Nullable Boolean active) {
        SqlPages.Query query = new SqlPages.Query(COLUMNS, "machine_client")
                .where("jurisdiction_id = ?", jurisdictionId)
                .whereIfPresent(active, "active = ?")
                .search("search_text", page.q())
                .updatedSince("updated_at", page.updatedSince())
                .sortable("clientId", "client_id").sortable("name", "name").sortable("updatedAt", "updated_at").sortable("createdAt", "created_at")
                .defaultSort("clientId")
                .tieBreaker("id");
        return pages.page(query, page, MachineClientStore::map);
    }

    Optional<MachineClientRow> find(UUID jurisdictionId, UUID id) {
        return first(sql.query("SELECT " + COLUMNS + " FROM machine_client WHERE id = ? AND jurisdiction_id = ?", MachineClientStore::map, id, jurisdictionId));
    }

    Optional<Credentials> credentials(String clientId) {
        return first(sql.query("SELECT " + COLUMNS + ", secret_hash FROM machine_client WHERE client_id = ?",
                rs -> new Credentials(map(rs), rs.getString("secret_hash")), clientId));
    }

    /** Read on every machine request, outside the request's own transactions. */
    @Transactional(readOnly = true)
    Optional<TokenState> tokenState(UUID id) {
        // a deactivated jurisdiction's clients are refused with its people
        return first(sql.query("SELECT c.active AND j.active, c.token_generation FROM machine_client c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE c.id = ?",
                rs -> new TokenState(rs.getBoolean(1), rs.getInt(2)), id));
    }

    /** Empty when the client id is taken (in any jurisdiction: it is the client's login name). */
    Optional<MachineClientRow> insert(UUID id, UUID jurisdictionId, String clientId, String name, List<String> scopes, String secretHash, Instant now) {
        return first(sql.query("INSERT INTO machine_client (id, jurisdiction_id, client_id, name, secret_hash, scopes, active, created_at, updated_at, secret_rotated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?::text[], true, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING RETURNING " + COLUMNS,
                MachineClientStore::map, id, jurisdictionId, clientId, name, secretHash, textArray(scopes), now, now, now));
    }

    /** Name and scopes, if the version is still `version`; a change of scopes ends the tokens issued under the old ones. */
    Optional<MachineClientRow> update(UUID jurisdictionId, UUID id, long version, String name, List<String> scopes, Instant now) {
        return first(sql.query("UPDATE machine_client SET name = ?, scopes = ?::text[], "
                        + "token_generation = token_generation + CASE WHEN scopes IS DISTINCT FROM ?::text[] THEN 1 ELSE 0 END, "
                        + "version = version + 1, updated_at = ? WHERE id = ? AND jurisdiction_id = ? AND version = ? RETURNING " + COLUMNS,
                MachineClientStore::map, name, textArray(scopes), textArray(scopes), now, id, jurisdictionId, version));
    }

    /** Active → `active`; empty when the client is not in the other state (or not there). Deactivation ends its tokens. */
    Optional<MachineClientRow> setActive(UUID jurisdictionId, UUID id, boolean active, Instant now) {
        return first(sql.query("UPDATE machine_client SET active = ?, token_generation = token_generation + CASE WHEN ? THEN 0 ELSE 1 END, "
                        + "version = version + 1, updated_at = ? WHERE id = ? AND jurisdiction_id = ? AND active = ? RETURNING " + COLUMNS,
                MachineClientStore::map, active, active, now, id, jurisdictionId, !active));
    }

    /** A new secret's hash: the old secret and every token issued under it stop working. */
    Optional<MachineClientRow> replaceSecret(UUID jurisdictionId, UUID id, String secretHash, Instant now) {
        return first(sql.query("UPDATE machine_client SET secret_hash = ?, token_generation = token_generation + 1, version = version + 1, "
                        + "secret_rotated_at = ?, updated_at = ? WHERE id = ? AND jurisdiction_id = ? RETURNING " + COLUMNS,
                MachineClientStore::map, secretHash, now, now, id, jurisdictionId));
    }

    private static String textArray(List<String> values) {
        // a PostgreSQL array literal; the values are known scope names (checked before), which need no quoting
        return "{" + String.join(",", values) + "}";
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static MachineClientRow map(ResultSet rs) throws SQLException {
        return new MachineClientRow(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), rs.getString("client_id"), rs.getString("name"),
                List.of((String[]) rs.getArray("scopes").getArray()), rs.getBoolean("active"), rs.getLong("version"), rs.getInt("token_generation"),
                SqlPages.instant(rs, "created_at"), SqlPages.instant(rs, "updated_at"), SqlPages.instant(rs, "secret_rotated_at"));
    }
}
