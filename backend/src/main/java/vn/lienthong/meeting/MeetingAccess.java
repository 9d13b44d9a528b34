package vn.lienthong.meeting;

import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;

import java.util.List;

/**
 * Who sees what of the meetings. Every office of the jurisdiction sees the meetings (time, place, kind: they coordinate
 * around them); a unit sees those it is invited to, assigned a preparation task in, or connected to as a bridge point.
 * The documents and minutes of an INTERNAL meeting are for the people involved only: the host and supporting offices,
 * the offices of invited bodies, invited units and invited persons.
 */
final class MeetingAccess {
    private MeetingAccess() {
    }

    record Condition(String sql, List<Object> params) {
    }

    /** Meetings `m` the caller may see. */
    static Condition visible(Caller caller) {
        if (isOfficeStaff(caller) || caller.isAdmin()) {
            return new Condition("TRUE", List.of());
        }
        if (caller.unitId() != null) {
            return new Condition("""
                    (EXISTS (SELECT 1 FROM meeting_invitee v WHERE v.meeting_id = m.id AND (v.unit_id = ? OR v.user_id = ?))
                     OR EXISTS (SELECT 1 FROM meeting_task t WHERE t.meeting_id = m.id AND t.assignee_unit_id = ?)
                     OR EXISTS (SELECT 1 FROM meeting_bridge_point b WHERE b.meeting_id = m.id AND b.unit_id = ?))""",
                    List.of(caller.unitId(), caller.id(), caller.unitId(), caller.unitId()));
        }
        return new Condition("FALSE", List.of());
    }

    /** Meetings `m` whose INTERNAL documents the caller may read. */
    static Condition involved(Caller caller) {
        if (isOfficeStaff(caller)) {
            return new Condition("""
                    (m.host_office_id = ? OR ? = ANY (m.supporting_office_ids)
                     OR EXISTS (SELECT 1 FROM meeting_invitee v LEFT JOIN leadership_body ib ON ib.id = v.body_id
                                WHERE v.meeting_id = m.id AND (v.user_id = ? OR ib.office_id = ?)))""",
                    List.of(caller.officeId(), caller.officeId(), caller.id(), caller.officeId()));
        }
        if (caller.unitId() != null) {
            return new Condition("EXISTS (SELECT 1 FROM meeting_invitee v WHERE v.meeting_id = m.id AND (v.unit_id = ? OR v.user_id = ?))",
                    List.of(caller.unitId(), caller.id()));
        }
        return new Condition("FALSE", List.of());
    }

    static boolean isOfficeStaff(Caller caller) {
        return caller.officeId() != null && caller.role() != null && caller.role().isOfficeRole();
    }

    static boolean isLeader(Caller caller) {
        return caller.hasRole(Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE);
    }

    static boolean isHost(Caller caller, Meetings.Row meeting) {
        return isOfficeStaff(caller) && caller.officeId().equals(meeting.hostOfficeId());
    }

    static void requireHost(Caller caller, Meetings.Row meeting) {
        if (!isHost(caller, meeting)) {
            throw ProblemException.forbidden("Only the office that hosts and serves this meeting (văn phòng chủ trì phục vụ) can do this.");
        }
    }

    static void requireOfficeStaff(Caller caller) {
        if (!isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Only the staff of an office can do this.");
        }
    }
}
