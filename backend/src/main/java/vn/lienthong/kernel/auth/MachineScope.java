package vn.lienthong.kernel.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scopes a machine client may be granted. The database checks the same set (machine_client.scopes); a token
 * carries one {@code SCOPE_<name>} role per granted scope ({@link Roles#SCOPE_PUBLIC_READ}, {@link Roles#SCOPE_PETITIONS_SUBMIT}).
 */
public enum MachineScope {
    /** Published programmes, units, public meetings, deadlines and answered recommendations (the e-portal's pages). */
    PUBLIC_READ("public:read"),
    /** Citizens' petitions submitted through the e-portal. */
    PETITIONS_SUBMIT("petitions:submit");

    public static final String NAMES = "public:read, petitions:submit";

    private final String scope;

    MachineScope(String scope) {
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    public static Optional<MachineScope> of(String scope) {
        return Arrays.stream(values()).filter(s -> s.scope.equals(scope)).findFirst();
    }

    public static List<String> all() {
        return Arrays.stream(values()).map(MachineScope::scope).toList();
    }
}
