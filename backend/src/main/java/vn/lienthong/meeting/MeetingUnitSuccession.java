package vn.lienthong.meeting;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.office.OrgDtos.MovedWork;
import vn.lienthong.kernel.office.UnitSuccession;
import vn.lienthong.kernel.web.Sql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A merged unit's open meeting work goes to the successor: preparation tasks not yet done of meetings not yet held, and
 * its invitations to upcoming meetings (PLANNED, INVITED, POSTPONED) where the successor is not invited already.
 * Meetings held, closed or cancelled keep who was there.
 */
@Singleton
class MeetingUnitSuccession implements UnitSuccession {
    private static final String UPCOMING = "SELECT id FROM meeting WHERE jurisdiction_id = ? AND status IN ('PLANNED', 'INVITED', 'POSTPONED')";

    private final Sql sql;

    MeetingUnitSuccession(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<MovedWork> moveOpenWork(UUID jurisdictionId, UUID from, UUID to, Instant now) {
        int tasks = sql.exec("UPDATE meeting_task SET assignee_unit_id = ?, version = version + 1, updated_at = ? WHERE jurisdiction_id = ? AND assignee_unit_id = ? "
                + "AND done_at IS NULL AND meeting_id IN (" + UPCOMING + ")", to, now, jurisdictionId, from, jurisdictionId);
        int invitations = sql.exec("UPDATE meeting_invitee v SET unit_id = ?, version = version + 1 WHERE v.unit_id = ? AND v.meeting_id IN (" + UPCOMING + ") "
                + "AND NOT EXISTS (SELECT 1 FROM meeting_invitee o WHERE o.meeting_id = v.meeting_id AND o.unit_id = ?)", to, from, jurisdictionId, to);
        return List.of(new MovedWork("MEETING_TASK", tasks), new MovedWork("MEETING_INVITATION", invitations));
    }
}
