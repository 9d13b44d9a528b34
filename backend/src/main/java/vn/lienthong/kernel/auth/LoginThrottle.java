package vn.lienthong.kernel.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After `max-failed-logins` failures within the lockout window, a username is locked for `lockout-minutes`,
 * whether or not it exists (so the lock reveals nothing). Kept in the database so that every replica agrees.
 */
@Singleton
public class LoginThrottle {
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(JdbcOperations jdbc, Clock clock, @Value("${lienthong.auth.max-failed-logins:5}") int maxFailures,
                  @Value("${lienthong.auth.lockout-minutes:15}") int lockoutMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    /**
     * Refuses with 429 and {@code Retry-After} (seconds until the lock ends, at least 1) while the key is locked: the
     * one answer of every throttled check (logins, wrong current passwords).
     */
    public void refuseWhileLocked(String key, String detail) {
        lockedUntil(key).ifPresent(until -> {
            long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), Map.of("Retry-After", String.valueOf(seconds)));
        });
    }

    /** When the username is locked, the instant the lock ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.prepareStatement("SELECT locked_until FROM login_throttle WHERE username = ?", statement -> {
            statement.setString(1, username);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next() || rs.getTimestamp(1) == null) {
                    return Optional.<Instant>empty();
                }
                Instant until = rs.getTimestamp(1).toInstant();
                return until.isAfter(now) ? Optional.of(until) : Optional.<Instant>empty();
            }
        });
    }

    @Transactional
    public void recordFailure(String username) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(lockout));
        jdbc.prepareStatement("""
                INSERT INTO login_throttle AS t (username, failures, window_started, locked_until) VALUES (?, 1, ?, NULL)
                ON CONFLICT (username) DO UPDATE SET
                  failures = CASE WHEN t.window_started < ? THEN 1 ELSE t.failures + 1 END,
                  window_started = CASE WHEN t.window_started < ? THEN excluded.window_started ELSE t.window_started END,
                  locked_until = CASE WHEN t.window_started >= ? AND t.failures + 1 >= ? THEN ? ELSE t.locked_until END""", statement -> {
            statement.setString(1, username);
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, windowStart);
            statement.setTimestamp(4, windowStart);
            statement.setTimestamp(5, windowStart);
            statement.setInt(6, maxFailures);
            statement.setTimestamp(7, Timestamp.from(now.plus(lockout)));
            return statement.executeUpdate();
        });
    }

    @Transactional
    public void reset(String username) {
        jdbc.prepareStatement("DELETE FROM login_throttle WHERE username = ?", statement -> {
            statement.setString(1, username);
            return statement.executeUpdate();
        });
    }
}
