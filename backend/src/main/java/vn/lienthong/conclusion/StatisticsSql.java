package vn.lienthong.conclusion;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The counting half of the statistics, shared by document summaries, the dashboard and the league table. */
final class StatisticsSql {
    private StatisticsSql() {
    }

    /** Aggregates over a relation with a `status` column holding conclusion_task_status(...). */
    static final String COUNTS = "count(*) FILTER (WHERE status = 'DONE_ON_TIME') AS done_on_time, "
            + "count(*) FILTER (WHERE status = 'DONE_LATE') AS done_late, "
            + "count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress, "
            + "count(*) FILTER (WHERE status = 'EXTENDED') AS extended, "
            + "count(*) FILTER (WHERE status = 'OVERDUE') AS overdue, "
            + "count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled";

    static ConclusionStatusCounts counts(ResultSet rs) throws SQLException {
        return ConclusionStatusCounts.of(rs.getLong("done_on_time"), rs.getLong("done_late"), rs.getLong("in_progress"), rs.getLong("extended"),
                rs.getLong("overdue"), rs.getLong("cancelled"));
    }
}
