package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.web.ProblemException;

import java.util.Set;
import java.util.UUID;

/**
 * Who manages which accounts. A jurisdiction's system administrator manages every account of its jurisdiction except
 * national administrators' (those come from the bootstrap); a chief of office (CHIEF_OF_OFFICE, chánh văn phòng)
 * reads the accounts of their own office and manages its staff (specialists and office leaders) only — never an
 * administrator, a unit officer or another chief. Another jurisdiction's account is not found (404); another office's,
 * for a chief, is forbidden (403). The national administrator does not manage a province's people.
 */
final class UserAccess {
    /** The roles a chief of office may give and manage. */
    static final Set<Role> OFFICE_STAFF = Set.of(Role.SPECIALIST, Role.OFFICE_LEADER);

    private UserAccess() {
    }

    static boolean isChief(Caller caller) {
        return caller.isPerson() && caller.hasRole(Role.CHIEF_OF_OFFICE) && caller.officeId() != null;
    }

    /** Only a system administrator or a chief of office manages accounts. */
    static void requireManager(Caller caller) {
        if (!caller.isPerson() || !(caller.isAdmin() || isChief(caller))) {
            throw ProblemException.forbidden("Only a system administrator, or a chief of office for their own office's staff, manages accounts.");
        }
    }

    /** The account may be read by the caller. */
    static void requireVisible(Caller caller, UserRow user) {
        requireManager(caller);
        if (!caller.jurisdictionId().equals(user.jurisdictionId())) {
            throw ProblemException.notFound("User");
        }
        if (isChief(caller) && !caller.officeId().equals(user.officeId())) {
            throw ProblemException.forbidden("A chief of office manages the accounts of their own office only.");
        }
    }

    /** The account may be changed (edited, deactivated, reset, unlocked) by the caller. */
    static void requireWritable(Caller caller, UserRow user) {
        requireVisible(caller, user);
        if (user.role() == Role.NATIONAL_ADMIN) {
            throw ProblemException.forbidden("A national administrator's account is not managed by a jurisdiction.");
        }
        if (isChief(caller) && !OFFICE_STAFF.contains(user.role())) {
            throw ProblemException.forbidden("A chief of office manages specialists and office leaders only; ask the system administrator.");
        }
    }

    /** The caller may give this role (in this office). */
    static void requireAssignable(Caller caller, Role role, @Nullable UUID officeId) {
        if (role == Role.NATIONAL_ADMIN) {
            throw ProblemException.forbidden("National administrators are not created by a jurisdiction (see the README: Setting up a new province).");
        }
        if (isChief(caller)) {
            if (!OFFICE_STAFF.contains(role)) {
                throw ProblemException.forbidden("A chief of office gives the roles SPECIALIST and OFFICE_LEADER only.");
            }
            if (!caller.officeId().equals(officeId)) {
                throw ProblemException.forbidden("A chief of office manages the accounts of their own office only.");
            }
        }
    }
}
