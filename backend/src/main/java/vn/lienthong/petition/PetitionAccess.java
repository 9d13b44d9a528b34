package vn.lienthong.petition;

import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;

import java.util.UUID;

/**
 * Who may see what of a petition. A petition belongs to its receiving office: only that office's staff read it (anyone
 * else gets 404, as for an id that does not exist). A petitioner's identity goes further: only the petition's assigned
 * handlers see it — for a denunciation only through a disclosure with a reason. Administrators read the disclosure
 * log, not petitions; machine clients submit and look up statuses, nothing else.
 */
final class PetitionAccess {
    private PetitionAccess() {
    }

    static boolean isOfficeStaff(Caller caller) {
        return caller.isPerson() && caller.officeId() != null && caller.role() != null && caller.role().isOfficeRole();
    }

    static boolean readsPetitionsOf(Caller caller, UUID officeId) {
        return isOfficeStaff(caller) && caller.officeId().equals(officeId);
    }

    static boolean isLeaderOf(Caller caller, UUID officeId) {
        return readsPetitionsOf(caller, officeId) && caller.hasRole(Role.OFFICE_LEADER, Role.CHIEF_OF_OFFICE);
    }
}
