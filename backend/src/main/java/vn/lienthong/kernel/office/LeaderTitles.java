package vn.lienthong.kernel.office;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.Sql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The title a leader held on a given day, from their positions over time: an item or meeting chaired before a leader
 * moved post still shows the position held then. One round trip for any number of (leader, day) pairs.
 */
@Singleton
public class LeaderTitles {
    public record LeaderOnDay(UUID leaderId, LocalDate day) {
    }

    private final Sql sql;

    LeaderTitles(Sql sql) {
        this.sql = sql;
    }

    /** Vietnamese titles by (leader, day); a pair missing from the answer has no recorded position (use the leader's current title). */
    public Map<LeaderOnDay, String> titlesOn(Collection<LeaderOnDay> pairs) {
        Map<LeaderOnDay, String> out = new HashMap<>();
        if (pairs.isEmpty()) {
            return out;
        }
        UUID[] ids = pairs.stream().map(LeaderOnDay::leaderId).toArray(UUID[]::new);
        String[] days = pairs.stream().map(p -> p.day().toString()).toArray(String[]::new);
        for (Titled t : sql.query("SELECT x.id, x.day::date AS day, leader_title_on(x.id, x.day::date) AS title FROM unnest(?::uuid[], ?::text[]) AS x(id, day)",
                rs -> new Titled(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class), rs.getString("title")), ids, days)) {
            if (t.title() != null) {
                out.put(new LeaderOnDay(t.id(), t.day()), t.title());
            }
        }
        return out;
    }

    private record Titled(UUID id, LocalDate day, String title) {
    }
}
