package vn.lienthong.kernel.auth;

/** Role names as they appear in tokens and in {@code @Secured}. */
public final class Roles {
    public static final String SPECIALIST = "SPECIALIST";
    public static final String OFFICE_LEADER = "OFFICE_LEADER";
    public static final String CHIEF_OF_OFFICE = "CHIEF_OF_OFFICE";
    public static final String UNIT_OFFICER = "UNIT_OFFICER";
    /** The administrator of one jurisdiction (its units, meeting kinds, local holidays …). */
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    /** The administrator of national data: statutory deadline rules, the national holiday calendar, scheduled jobs. */
    public static final String NATIONAL_ADMIN = "NATIONAL_ADMIN";
    /** Every person's token carries this; machine tokens never do. */
    public static final String PERSON = "PERSON";
    /** Every machine client's token carries this, plus one SCOPE_ role per granted scope. */
    public static final String MACHINE = "MACHINE";
    public static final String SCOPE_PUBLIC_READ = "SCOPE_public:read";
    public static final String SCOPE_PETITIONS_SUBMIT = "SCOPE_petitions:submit";

    private Roles() {
    }
}
