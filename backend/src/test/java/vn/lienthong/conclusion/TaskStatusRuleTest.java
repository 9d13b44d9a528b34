package vn.lienthong.conclusion;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.ResultSet;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one status rule (SQL function conclusion_task_status), at its boundaries. */
@MicronautTest(transactional = false)
class TaskStatusRuleTest {
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> tx;

    String status(String state, String deadline, String original, String completedOn, String today) {
        return tx.executeRead(status -> jdbc.prepareStatement("SELECT conclusion_task_status(?, ?::date, ?::date, ?::date, ?::date)", statement -> {
            statement.setString(1, state);
            statement.setString(2, deadline);
            statement.setString(3, original);
            statement.setString(4, completedOn);
            statement.setString(5, today);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(nullValues = "-", value = {
            "DONE, 2026-11-30, 2026-11-30, 2026-11-30, 2026-12-15, DONE_ON_TIME, done on the deadline day is on time",
            "DONE, 2026-11-30, 2026-11-30, 2026-12-01, 2026-12-15, DONE_LATE, done the day after is late",
            "DONE, 2026-12-31, 2026-11-30, 2026-12-20, 2026-12-25, DONE_ON_TIME, done within an approved extension is on time",
            "DONE, -, -, 2026-12-20, 2026-12-25, DONE_ON_TIME, an ongoing task closed is on time",
            "OPEN, 2026-11-30, 2026-11-30, -, 2026-11-30, IN_PROGRESS, due today is not yet overdue",
            "OPEN, 2026-11-30, 2026-11-30, -, 2026-12-01, OVERDUE, the day after the deadline it is overdue",
            "OPEN, 2026-11-28, 2026-11-28, -, 2026-11-28, IN_PROGRESS, a task due on a Saturday is still in progress that Saturday",
            "OPEN, 2026-11-28, 2026-11-28, -, 2026-11-30, OVERDUE, and overdue on the Monday after (calendar days)",
            "OPEN, 2026-12-31, 2026-11-30, -, 2026-12-10, EXTENDED, an extended task not yet due",
            "OPEN, 2026-12-31, 2026-11-30, -, 2027-01-01, OVERDUE, an extended task past its new deadline",
            "COMPLETION_PROPOSED, 2026-11-30, 2026-11-30, -, 2026-12-05, OVERDUE, a proposal not yet confirmed does not stop the clock",
            "OPEN, -, -, -, 2030-01-01, IN_PROGRESS, an ongoing task is never overdue",
            "CANCELLED, 2026-11-30, 2026-11-30, -, 2026-12-05, CANCELLED, cancelled stays cancelled"})
    void statusAtTheBoundaries(String state, String deadline, String original, String completedOn, String today, String expected, String why) {
        assertEquals(expected, status(state, deadline, original, completedOn, today), why);
        assertEquals(LocalDate.of(2026, 11, 28).getDayOfWeek().getValue(), 6, "28/11/2026 is a Saturday");
    }
}
