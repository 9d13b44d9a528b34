package vn.lienthong.kernel.job;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a scheduled job on one replica at a time: the run holds a transaction-scoped advisory lock named after the
 * job, and a replica that cannot take it skips that run. The last run of each job is kept for administrators.
 */
@Singleton
public class ExclusiveJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ExclusiveJobs.class);

    private final TransactionOperations<Connection> tx;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String instance;

    public ExclusiveJobs(TransactionOperations<Connection> tx, JdbcOperations jdbc, Clock clock) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instanceName();
    }

    /** @return true when this replica ran the job, false when another held it. */
    public boolean run(String jobName, Supplier<String> work) {
        Instant started = clock.instant();
        try {
            return tx.executeWrite(status -> {
                boolean locked = jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
                    statement.setString(1, "job:" + jobName);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
                if (!locked) {
                    return false;
                }
                String message = work.get();
                record(jobName, started, "SUCCEEDED", message);
                return true;
            });
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", jobName, e);
            tx.executeWrite(status -> {
                record(jobName, started, "FAILED", e.getClass().getSimpleName());
                return null;
            });
            return true;
        }
    }

    private void record(String jobName, Instant started, String outcome, String message) {
        jdbc.prepareStatement("""
                INSERT INTO job_run AS j (job_name, last_started_at, last_finished_at, last_status, last_message, run_count, last_run_by)
                VALUES (?, ?, ?, ?, ?, 1, ?)
                ON CONFLICT (job_name) DO UPDATE SET last_started_at = excluded.last_started_at, last_finished_at = excluded.last_finished_at,
                  last_status = excluded.last_status, last_message = excluded.last_message, run_count = j.run_count + 1,
                  last_run_by = excluded.last_run_by""", statement -> {
            statement.setString(1, jobName);
            statement.setTimestamp(2, Timestamp.from(started));
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            statement.setString(4, outcome);
            statement.setString(5, message);
            statement.setString(6, instance);
            return statement.executeUpdate();
        });
    }

    private static String instanceName() {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "pid:" + ProcessHandle.current().pid();
        }
    }
}
