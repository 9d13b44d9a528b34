package vn.lienthong.calendar;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The record of a change to a published programme (điều chỉnh): the programme's next revision, what changed and why. */
@Singleton
class Amendments {
    private final Sql sql;
    private final Clock clock;

    Amendments(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Records the change if the programme is published; returns whether it was. */
    boolean recordIfPublished(Caller caller, UUID programmeId, UUID itemId, String change, String reason) {
        Integer revision = sql.scalar("UPDATE programme SET revision = revision + 1 WHERE id = ? AND status = 'PUBLISHED' RETURNING revision", Integer.class,
                programmeId);
        if (revision == null) {
            return false;
        }
        sql.exec("""
                INSERT INTO programme_amendment (id, programme_id, revision, item_id, change, reason, amended_by, amended_by_name, amended_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), programmeId, revision, itemId, change, reason.strip(), caller.id(), caller.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return true;
    }
}
