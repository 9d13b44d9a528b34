package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling, as the services see it: taken from the verified token, never from the request body.
 * Every query is scoped by {@link #jurisdictionId()}.
 */
public record Caller(UUID id, String name, Kind kind, UUID jurisdictionId, @Nullable UUID officeId, @Nullable UUID unitId,
                     @Nullable Role role, Set<String> scopes) {

    public enum Kind { PERSON, MACHINE, SYSTEM }

    static final String CLAIM_KIND = "kind";
    static final String CLAIM_JURISDICTION = "jur";
    static final String CLAIM_OFFICE = "office";
    static final String CLAIM_UNIT = "unit";
    static final String CLAIM_ROLE = "role";
    static final String CLAIM_NAME = "name";
    static final String CLAIM_SCOPE = "scope";
    /** A machine token's client token generation (see {@link MachineTokenFilter}). */
    static final String CLAIM_TOKEN_GENERATION = "cgen";
    /** The login (refresh-token family) a person's access token belongs to. */
    public static final String CLAIM_SESSION = "sid";

    public static Caller of(Authentication authentication) {
        if (authentication == null) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Authentication is required: send a valid bearer token.");
        }
        var attributes = authentication.getAttributes();
        Kind kind = Kind.valueOf(String.valueOf(attributes.getOrDefault(CLAIM_KIND, "PERSON")));
        return new Caller(
                UUID.fromString(authentication.getName()),
                String.valueOf(attributes.getOrDefault(CLAIM_NAME, authentication.getName())),
                kind,
                UUID.fromString(String.valueOf(attributes.get(CLAIM_JURISDICTION))),
                uuidOrNull(attributes.get(CLAIM_OFFICE)),
                uuidOrNull(attributes.get(CLAIM_UNIT)),
                attributes.get(CLAIM_ROLE) == null ? null : Role.valueOf(String.valueOf(attributes.get(CLAIM_ROLE))),
                scopesOf(attributes.get(CLAIM_SCOPE)));
    }

    /** The system itself (scheduled jobs, demo loader), for the audit trail. */
    public static Caller system(UUID jurisdictionId, String name) {
        return new Caller(new UUID(0, 0), name, Kind.SYSTEM, jurisdictionId, null, null, null, Set.of());
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public boolean hasRole(Role... roles) {
        return role != null && List.of(roles).contains(role);
    }

    /** The administrator of the caller's own jurisdiction (provincial administrator); never national data. */
    public boolean isAdmin() {
        return role == Role.SYSTEM_ADMIN;
    }

    /** The administrator of national data (deadline rules, the national holiday calendar, jobs); a person, never a machine. */
    public boolean isNationalAdmin() {
        return kind == Kind.PERSON && role == Role.NATIONAL_ADMIN;
    }

    private static UUID uuidOrNull(Object value) {
        return value == null || String.valueOf(value).isEmpty() ? null : UUID.fromString(String.valueOf(value));
    }

    private static Set<String> scopesOf(Object value) {
        if (value == null) {
            return Set.of();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of(String.valueOf(value).split(" "));
    }
}
