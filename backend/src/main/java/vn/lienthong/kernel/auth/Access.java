package vn.lienthong.kernel.auth;

import vn.lienthong.kernel.web.ProblemException;

import java.util.UUID;

/**
 * Per-object authorisation in one line. An object of another jurisdiction or office answers 404, not 403,
 * so ids cannot be probed (OWASP API1).
 */
public final class Access {
    private Access() {
    }

    /** The object must be in the caller's jurisdiction. */
    public static void requireJurisdiction(Caller caller, UUID jurisdictionId, String what) {
        if (!caller.jurisdictionId().equals(jurisdictionId)) {
            throw ProblemException.notFound(what);
        }
    }

    /** The object must belong to the caller's own office (or unit, for an object a unit owns). */
    public static void requireOwner(Caller caller, UUID jurisdictionId, UUID officeId, UUID unitId, String what) {
        requireJurisdiction(caller, jurisdictionId, what);
        boolean own = (officeId != null && officeId.equals(caller.officeId())) || (unitId != null && unitId.equals(caller.unitId()));
        if (!own) {
            throw ProblemException.notFound(what);
        }
    }

    /**
     * National data (statutory deadline rules, the national holiday calendar, scheduled jobs) is changed by a national
     * administrator only; anyone else, a jurisdiction's administrator included, gets 403 and nothing changes.
     */
    public static void requireNationalAdmin(Caller caller, String what) {
        if (!caller.isNationalAdmin()) {
            throw ProblemException.forbidden(what + " is national data: only a national administrator changes it. A jurisdiction's administrator "
                    + "manages its own jurisdiction's data (and its local holidays).");
        }
    }

    /** The caller must hold one of the roles; otherwise 403 (the object itself is already visible to them). */
    public static void requireRole(Caller caller, Role... roles) {
        if (!caller.hasRole(roles)) {
            throw ProblemException.forbidden("Your role may not do this.");
        }
    }
}
