package vn.lienthong.review;

import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;

import java.util.UUID;

/**
 * Reviews are the offices' own: their staff and the administrators read every review of the jurisdiction; the host
 * office's staff write it; a leader of the host office finalises it. Units do not see reviews.
 */
final class ReviewAccess {
    private ReviewAccess() {
    }

    static boolean isOfficeStaff(Caller caller) {
        return caller.officeId() != null && caller.role() != null && caller.role().isOfficeRole();
    }

    static void requireReader(Caller caller) {
        if (!isOfficeStaff(caller) && !caller.hasRole(Role.SYSTEM_ADMIN)) {
            throw ProblemException.forbidden("Reviews are for the offices and the administrators of the jurisdiction.");
        }
    }

    static boolean isHostStaff(Caller caller, UUID hostOfficeId) {
        return isOfficeStaff(caller) && caller.officeId().equals(hostOfficeId);
    }

    static boolean isHostLeader(Caller caller, UUID hostOfficeId) {
        return isHostStaff(caller, hostOfficeId) && caller.hasRole(Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE);
    }
}
