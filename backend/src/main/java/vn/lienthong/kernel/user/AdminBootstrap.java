package vn.lienthong.kernel.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.PasswordHasher;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.auth.Usernames;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The first start of a real province (README "Setting up a new province"): with ADMIN_BOOTSTRAP_USERNAME and
 * ADMIN_BOOTSTRAP_JURISDICTION_CODE (and _NAME when the jurisdiction is new) the backend creates the jurisdiction and
 * its first system administrator, with a one-time password (ADMIN_BOOTSTRAP_PASSWORD, or generated and printed once in a
 * marked log line) that must be changed at first login. ADMIN_BOOTSTRAP_NATIONAL_USERNAME also creates the national
 * administrator (a separate account: one role per account) when the system has none. It never runs twice: a
 * jurisdiction that has an active system administrator is left alone (logged), and so is a national administrator.
 * Without these settings nothing is created; on a database without any jurisdiction the log says how to start.
 */
@Singleton
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    /** The settings (lienthong.bootstrap.*, from the ADMIN_BOOTSTRAP_* environment variables). */
    public record Settings(@Nullable String username, @Nullable String password, @Nullable String fullName, @Nullable String jurisdictionCode,
                           @Nullable String jurisdictionName, @Nullable String jurisdictionKind, @Nullable String nationalUsername) {
    }

    public enum Outcome { NOT_CONFIGURED, CREATED, SKIPPED }

    private final Sql sql;
    private final UserStore store;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Settings settings;

    AdminBootstrap(Sql sql, UserStore store, PasswordHasher hasher, AuditTrail audit, Clock clock,
                   @Nullable @Value("${lienthong.bootstrap.username:}") String username,
                   @Nullable @Value("${lienthong.bootstrap.password:}") String password,
                   @Nullable @Value("${lienthong.bootstrap.full-name:}") String fullName,
                   @Nullable @Value("${lienthong.bootstrap.jurisdiction-code:}") String jurisdictionCode,
                   @Nullable @Value("${lienthong.bootstrap.jurisdiction-name:}") String jurisdictionName,
                   @Nullable @Value("${lienthong.bootstrap.jurisdiction-kind:}") String jurisdictionKind,
                   @Nullable @Value("${lienthong.bootstrap.national-username:}") String nationalUsername) {
        this.sql = sql;
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.settings = new Settings(username, password, fullName, jurisdictionCode, jurisdictionName, jurisdictionKind, nationalUsername);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        run(settings);
    }

    @Transactional
    public Outcome run(Settings s) {
        // two replicas starting at once: one bootstraps, the other then finds the administrator
        sql.scalar("SELECT 1 FROM pg_advisory_xact_lock(hashtext('lienthong.admin-bootstrap'))", Integer.class);
        if (blank(s.username())) {
            if (sql.scalar("SELECT count(*) FROM jurisdiction", Long.class) == 0) {
                LOG.warn("The database has no jurisdiction and no administrator yet. Start once with ADMIN_BOOTSTRAP_USERNAME, "
                        + "ADMIN_BOOTSTRAP_JURISDICTION_CODE and ADMIN_BOOTSTRAP_JURISDICTION_NAME (README: Setting up a new province), or DEMO_DATA=true for the demo.");
            }
            return Outcome.NOT_CONFIGURED;
        }
        if (blank(s.jurisdictionCode())) {
            throw new IllegalStateException("ADMIN_BOOTSTRAP_USERNAME needs ADMIN_BOOTSTRAP_JURISDICTION_CODE (e.g. HN), and ADMIN_BOOTSTRAP_JURISDICTION_NAME for a new jurisdiction.");
        }
        String code = s.jurisdictionCode().strip().toUpperCase(java.util.Locale.ROOT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID jurisdiction = sql.scalar("SELECT id FROM jurisdiction WHERE code = ?", UUID.class, code);
        if (jurisdiction != null && store.anyActiveAdmin(jurisdiction)) {
            LOG.info("Admin bootstrap skipped: jurisdiction {} already has a system administrator; nothing was created. Remove the ADMIN_BOOTSTRAP_* settings.", code);
            bootstrapNational(s, jurisdiction, now);
            return Outcome.SKIPPED;
        }
        String username = Usernames.normalize(s.username());
        if (!Usernames.valid(username)) {
            throw new IllegalStateException("ADMIN_BOOTSTRAP_USERNAME: " + Usernames.RULE);
        }
        if (store.idOfUsername(username).isPresent()) {
            LOG.warn("Admin bootstrap skipped: the username {} exists already; nothing was created. Choose another ADMIN_BOOTSTRAP_USERNAME.", username);
            return Outcome.SKIPPED;
        }
        if (jurisdiction == null) {
            if (blank(s.jurisdictionName())) {
                throw new IllegalStateException("Jurisdiction " + code + " does not exist yet: set ADMIN_BOOTSTRAP_JURISDICTION_NAME (e.g. \"Tỉnh Lào Cai\").");
            }
            String kind = blank(s.jurisdictionKind()) ? "PROVINCE" : s.jurisdictionKind().strip().toUpperCase(java.util.Locale.ROOT);
            if (!kind.equals("PROVINCE") && !kind.equals("CENTRAL_CITY")) {
                throw new IllegalStateException("ADMIN_BOOTSTRAP_JURISDICTION_KIND is PROVINCE or CENTRAL_CITY, not " + kind);
            }
            jurisdiction = UUID.randomUUID();
            sql.exec("INSERT INTO jurisdiction (id, code, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    jurisdiction, code, s.jurisdictionName().strip(), kind, now, now);
            audit.record(Caller.system(jurisdiction, "Khởi tạo hệ thống"), "CREATE", "jurisdiction", jurisdiction, null,
                    Map.of("code", code, "name", s.jurisdictionName().strip(), "kind", kind));
        }
        String fullName = blank(s.fullName()) ? "Quản trị hệ thống" : s.fullName().strip();
        create(jurisdiction, username, fullName, Role.SYSTEM_ADMIN, s.password(), now);
        bootstrapNational(s, jurisdiction, now);
        return Outcome.CREATED;
    }

    private void bootstrapNational(Settings s, UUID jurisdiction, Instant now) {
        if (blank(s.nationalUsername())) {
            return;
        }
        if (store.anyNationalAdmin()) {
            LOG.info("National administrator bootstrap skipped: the system has a national administrator already.");
            return;
        }
        String username = Usernames.normalize(s.nationalUsername());
        if (!Usernames.valid(username) || store.idOfUsername(username).isPresent()) {
            LOG.warn("National administrator bootstrap skipped: ADMIN_BOOTSTRAP_NATIONAL_USERNAME {} is taken or not a valid username ({}).", username, Usernames.RULE);
            return;
        }
        create(jurisdiction, username, "Quản trị quốc gia", Role.NATIONAL_ADMIN, null, now);
    }

    private void create(UUID jurisdiction, String username, String fullName, Role role, @Nullable String givenPassword, Instant now) {
        String plain = blank(givenPassword) ? PasswordPolicy.oneTimePassword() : givenPassword;
        UUID id = UUID.randomUUID();
        store.insert(new UserStore.NewUser(id, jurisdiction, username, fullName, role, null, null, null, null, hasher.hash(plain), true, now));
        audit.record(Caller.system(jurisdiction, "Khởi tạo hệ thống"), "CREATE", "app_user", id, null,
                Map.of("username", username, "fullName", fullName, "role", role.name(), "passwordChangeRequired", true));
        if (blank(givenPassword)) {
            LOG.warn("\n========================================================================\n"
                    + " ONE-TIME PASSWORD of {} ({}): {}\n"
                    + " Shown this once. Log in and change it: it must be changed at first login.\n"
                    + "========================================================================", username, role, plain);
        } else {
            LOG.warn("==== Bootstrap: {} ({}) created with the password of ADMIN_BOOTSTRAP_PASSWORD; it must be changed at first login. ====", username, role);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
