package vn.lienthong.kernel.job;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Housekeeping: expired refresh tokens, Idempotency-Key records past their 24-hour replay window,
 * and login throttles whose lock has long ended.
 */
@Singleton
public class MaintenanceJob implements RunnableJob {
    public static final String NAME = "maintenance.cleanup";
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    private final ExclusiveJobs jobs;
    private final JdbcOperations jdbc;
    private final Clock clock;

    MaintenanceJob(ExclusiveJobs jobs, JdbcOperations jdbc, Clock clock) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    public void scheduled() {
        run();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean run() {
        return jobs.run(NAME, () -> {
            Instant now = clock.instant();
            int tokens = delete("DELETE FROM refresh_token WHERE expires_at < ?", now.minus(Duration.ofDays(1)));
            int keys = delete("DELETE FROM idempotency_record WHERE created_at < ?", now.minus(IDEMPOTENCY_WINDOW));
            int throttles = delete("DELETE FROM login_throttle WHERE window_started < ? AND (locked_until IS NULL OR locked_until < ?)",
                    now.minus(Duration.ofDays(1)), now);
            return "removed " + tokens + " refresh tokens, " + keys + " idempotency records, " + throttles + " login throttles";
        });
    }

    private int delete(String sql, Instant... instants) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < instants.length; i++) {
                statement.setTimestamp(i + 1, Timestamp.from(instants[i]));
            }
            return statement.executeUpdate();
        });
    }
}
