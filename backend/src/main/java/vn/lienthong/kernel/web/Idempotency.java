package vn.lienthong.kernel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * `Idempotency-Key` for creating POSTs: the first request's response is stored with the row it created, in one
 * transaction. A retry with the same key and body gets that response again; with another body, a 422.
 * Concurrent retries block on the key's primary key until the first commits, then replay it: exactly one row.
 */
@Singleton
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;
    public static final String KEY_RULE = "must be 1 to " + MAX_KEY_LENGTH + " characters";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public Idempotency(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public record Outcome<T>(T body, boolean replayed) {
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public <T> Outcome<T> run(Caller caller, @Nullable String key, String operation, Object request, Class<T> responseType, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, KEY_RULE);
        }
        String principal = caller.kind() + ":" + caller.id();
        String requestHash = Sha256.hex(operation + "\n" + write(request));
        int inserted = jdbc.prepareStatement("""
                INSERT INTO idempotency_record (principal, idempotency_key, operation, request_hash, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", statement -> {
            statement.setString(1, principal);
            statement.setString(2, key);
            statement.setString(3, operation);
            statement.setString(4, requestHash);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            return statement.executeUpdate();
        });
        if (inserted == 1) {
            T body = action.get();
            jdbc.prepareStatement("UPDATE idempotency_record SET response_status = 201, response_body = ? WHERE principal = ? AND idempotency_key = ?",
                    statement -> {
                        statement.setString(1, write(body));
                        statement.setString(2, principal);
                        statement.setString(3, key);
                        return statement.executeUpdate();
                    });
            return new Outcome<>(body, false);
        }
        String[] stored = jdbc.prepareStatement(
                "SELECT operation, request_hash, response_body FROM idempotency_record WHERE principal = ? AND idempotency_key = ?",
                statement -> {
                    statement.setString(1, principal);
                    statement.setString(2, key);
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? new String[]{rs.getString(1), rs.getString(2), rs.getString(3)} : null;
                    }
                });
        if (stored == null || stored[2] == null) {
            throw new ProblemException(ProblemType.CONFLICT, "A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        if (!stored[0].equals(operation) || !stored[1].equals(requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request.");
        }
        try {
            return new Outcome<>(json.readValue(stored[2], responseType), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
