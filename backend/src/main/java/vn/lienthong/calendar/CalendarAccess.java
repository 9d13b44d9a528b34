package vn.lienthong.calendar;

import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;

import java.util.List;

/**
 * Who sees what of the calendars. An office sees its own programmes in every status and other offices' once they are
 * sent to the Party Committee Office (a draft stays the office's own); unit officers and administrators see published
 * programmes. As a SQL condition on the programme `p`, with its parameters.
 */
final class CalendarAccess {
    private CalendarAccess() {
    }

    record Condition(String sql, List<Object> params) {
    }

    static Condition programmeVisible(Caller caller) {
        if (isOfficeStaff(caller)) {
            return new Condition("(p.office_id = ? OR p.status IN ('SUBMITTED', 'CONSOLIDATED', 'APPROVED', 'PUBLISHED'))", List.of(caller.officeId()));
        }
        return new Condition("p.status = 'PUBLISHED'", List.of());
    }

    static boolean sees(Caller caller, java.util.UUID ownerOffice, ProgrammeStatus status) {
        if (isOfficeStaff(caller)) {
            return caller.officeId().equals(ownerOffice) || status.sharedWithOtherOffices();
        }
        return status == ProgrammeStatus.PUBLISHED;
    }

    static boolean isOfficeStaff(Caller caller) {
        return caller.officeId() != null && caller.role() != null && caller.role().isOfficeRole();
    }

    static void requireOfficeStaff(Caller caller) {
        if (!isOfficeStaff(caller)) {
            throw ProblemException.forbidden("Only the staff of an office can do this.");
        }
    }

    static boolean isLeader(Caller caller) {
        return caller.hasRole(Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE);
    }
}
