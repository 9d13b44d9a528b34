package vn.lienthong.conclusion;

import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may see and do what with conclusions. Offices see the documents they recorded and the tasks they follow up;
 * a unit sees only tasks it leads or coordinates. Anything else is a 404, so ids cannot be probed.
 */
final class ConclusionAccess {
    private ConclusionAccess() {
    }

    static void requireOfficeMember(Caller caller) {
        if (caller.officeId() == null || caller.role() == null || !caller.role().isOfficeRole()) {
            throw ProblemException.forbidden("Only the staff of an office can do this.");
        }
    }

    /** `taskUnits` is asked only for a unit officer: an office's access is decided by the task row alone. */
    static boolean seesTask(Caller caller, TaskRow task, Supplier<Set<UUID>> taskUnits) {
        if (!caller.jurisdictionId().equals(task.jurisdictionId())) {
            return false;
        }
        if (caller.officeId() != null && (caller.officeId().equals(task.followingOfficeId()) || caller.officeId().equals(task.documentOfficeId()))) {
            return true;
        }
        return caller.unitId() != null && taskUnits.get().contains(caller.unitId());
    }

    /** The lead unit's officers act for the task: propose completion, ask for an extension. */
    static void requireLeadUnit(Caller caller, TaskRow task) {
        if (caller.role() != Role.UNIT_OFFICER || !task.leadUnitId().equals(caller.unitId())) {
            throw ProblemException.forbidden("Only an officer of the lead unit can do this.");
        }
    }

    /** The following office confirms, returns and (its leaders) decides extensions and cancellations. */
    static void requireFollowingOffice(Caller caller, TaskRow task, Role... roles) {
        if (caller.officeId() == null || !caller.officeId().equals(task.followingOfficeId()) || !caller.hasRole(roles)) {
            throw ProblemException.forbidden("Only the office that follows this task up can do this"
                    + (roles.length < 3 ? ", and only its leaders." : "."));
        }
    }

    static final Role[] OFFICE_ROLES = {Role.SPECIALIST, Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE};
    static final Role[] OFFICE_LEADERS = {Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE};

}
