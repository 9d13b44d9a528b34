package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.LoginThrottle;
import vn.lienthong.kernel.auth.PasswordHasher;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.auth.Usernames;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Versions;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The use cases of /users: list, read, create, edit, deactivate / reactivate (never delete), reset the password and
 * unlock after failed logins. Who may do what is {@link UserAccess}; the SQL is {@link UserStore}. Every change is in
 * the audit trail (entity type app_user), in the transaction of the change.
 */
@Singleton
public class UserAdministration {
    private final UserStore store;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AccountGate gate;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;

    UserAdministration(UserStore store, PasswordHasher hasher, LoginThrottle throttle, AccountGate gate, AuditTrail audit,
                       Idempotency idempotency, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.throttle = throttle;
        this.gate = gate;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<UserDtos.UserResponse> list(Caller caller, PageParams page, @Nullable Role role, @Nullable UUID officeId,
                                                    @Nullable UUID unitId, @Nullable Boolean active) {
        UserAccess.requireManager(caller);
        UUID office = UserAccess.isChief(caller) ? caller.officeId() : officeId;
        if (UserAccess.isChief(caller) && officeId != null && !officeId.equals(caller.officeId())) {
            throw ProblemException.forbidden("A chief of office manages the accounts of their own office only.");
        }
        PageResponse<UserRow> rows = store.page(new UserStore.Filter(caller.jurisdictionId(), office, unitId, role, active), page);
        Instant now = clock.instant();
        return new PageResponse<>(rows.items().stream().map(row -> toResponse(row, now)).toList(), rows.page(), rows.size(), rows.totalItems(), rows.totalPages());
    }

    @Transactional(readOnly = true)
    public UserDtos.UserResponse get(Caller caller, UUID id) {
        UserRow row = store.find(id).orElseThrow(() -> ProblemException.notFound("User"));
        UserAccess.requireVisible(caller, row);
        return toResponse(row, clock.instant());
    }

    @Transactional
    public Idempotency.Outcome<UserDtos.UserWithPasswordResponse> create(Caller caller, @Nullable String idempotencyKey, UserDtos.CreateUserRequest request) {
        UserAccess.requireManager(caller);
        UserAccess.requireAssignable(caller, request.role(), request.officeId());
        String[] plain = new String[1];
        Idempotency.Outcome<UserDtos.UserResponse> outcome = idempotency.run(caller, idempotencyKey, "users.create", request, UserDtos.UserResponse.class, () -> {
            UserDtos.UserWithPasswordResponse created = insertNew(caller, checkNew(caller, request), request);
            plain[0] = created.oneTimePassword();
            return created.user();
        });
        // the stored (replayable) response never holds the password: a replay answers without it
        return new Idempotency.Outcome<>(new UserDtos.UserWithPasswordResponse(outcome.body(), outcome.replayed() ? null : plain[0]), outcome.replayed());
    }

    /**
     * The rules of a new account after who may give the role ({@link UserAccess#requireAssignable}): a valid username
     * (stored without case and diacritics) and the placement its role needs. Answers the normalized username; throws
     * the problem a single create answers. The import checks each row with the same rules.
     */
    String checkNew(Caller caller, UserDtos.CreateUserRequest request) {
        String username = Usernames.normalize(request.username());
        if (!Usernames.valid(username)) {
            throw ProblemException.invalid("username", Usernames.RULE);
        }
        requirePlacement(caller, request.role(), request.officeId(), request.unitId());
        return username;
    }

    /** Inserts a checked account with a one-time password (409 when the username is taken), audited in the caller's transaction. */
    UserDtos.UserWithPasswordResponse insertNew(Caller caller, String username, UserDtos.CreateUserRequest request) {
        OneTimePassword password = oneTimePassword();
        Instant now = now();
        UUID id = UUID.randomUUID();
        boolean inserted = store.insert(new UserStore.NewUser(id, caller.jurisdictionId(), username, request.fullName().strip(), request.role(),
                request.officeId(), request.unitId(), blankToNull(request.email()), blankToNull(request.phone()), password.hash(), true, now));
        if (!inserted) {
            throw ProblemException.conflict("The username " + username + " is taken (usernames ignore case and diacritics).");
        }
        UserDtos.UserResponse created = toResponse(store.find(id).orElseThrow(), now);
        audit.record(caller, "CREATE", "app_user", id, null, created);
        return new UserDtos.UserWithPasswordResponse(created, password.plain());
    }

    @Transactional
    public UserDtos.UserResponse update(Caller caller, UUID id, @Nullable String ifMatch, UserDtos.UpdateUserRequest request) {
        UserRow current = locked(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        UserAccess.requireAssignable(caller, request.role(), request.officeId());
        requirePlacement(caller, request.role(), request.officeId(), request.unitId());
        if (current.role() == Role.SYSTEM_ADMIN && request.role() != Role.SYSTEM_ADMIN && current.active()) {
            requireAnotherAdmin(current.jurisdictionId(), "take the role away from");
        }
        Instant now = now();
        store.update(id, new UserStore.Changes(request.fullName().strip(), request.role(), request.officeId(), request.unitId(),
                blankToNull(request.email()), blankToNull(request.phone())), now);
        if (current.role() != request.role() || !java.util.Objects.equals(current.officeId(), request.officeId())
                || !java.util.Objects.equals(current.unitId(), request.unitId())) {
            // the tokens carry role, office and unit: a new placement needs a new login
            store.revokeRefreshTokens(id, null, now);
        }
        return changed(caller, "UPDATE", current, now);
    }

    @Transactional
    public UserDtos.UserResponse deactivate(Caller caller, UUID id) {
        UserRow current = locked(caller, id);
        if (current.id().equals(caller.id())) {
            throw ProblemException.conflict("You cannot deactivate your own account.");
        }
        if (!current.active()) {
            return toResponse(current, clock.instant());
        }
        if (current.role() == Role.SYSTEM_ADMIN) {
            requireAnotherAdmin(current.jurisdictionId(), "deactivate");
        }
        Instant now = now();
        store.setActive(id, false, now);
        int revoked = store.revokeRefreshTokens(id, null, now);
        gate.forget(id);
        UserDtos.UserResponse after = changed(caller, "DEACTIVATE", current, now);
        audit.recordAccess(caller, "REFRESH_TOKENS_REVOKED", "app_user", id, Map.of("count", revoked));
        return after;
    }

    @Transactional
    public UserDtos.UserResponse reactivate(Caller caller, UUID id) {
        UserRow current = locked(caller, id);
        if (current.active()) {
            return toResponse(current, clock.instant());
        }
        Instant now = now();
        store.setActive(id, true, now);
        gate.forget(id);
        return changed(caller, "REACTIVATE", current, now);
    }

    @Transactional
    public UserDtos.UserWithPasswordResponse resetPassword(Caller caller, UUID id) {
        UserRow current = locked(caller, id);
        OneTimePassword password = oneTimePassword();
        Instant now = now();
        store.setPassword(id, password.hash(), true, now);
        store.revokeRefreshTokens(id, null, now);
        gate.forget(id);
        UserDtos.UserResponse after = changed(caller, "PASSWORD_RESET", current, now);
        return new UserDtos.UserWithPasswordResponse(after, password.plain());
    }

    @Transactional
    public UserDtos.UserResponse unlock(Caller caller, UUID id) {
        UserRow current = locked(caller, id);
        throttle.reset(current.username());
        UserDtos.UserResponse after = toResponse(store.find(id).orElseThrow(), clock.instant());
        audit.record(caller, "UNLOCK", "app_user", id, toResponse(current, clock.instant()), after);
        return after;
    }

    private UserRow locked(Caller caller, UUID id) {
        UserAccess.requireManager(caller);
        UserRow row = store.lock(id).orElseThrow(() -> ProblemException.notFound("User"));
        UserAccess.requireWritable(caller, row);
        return row;
    }

    private UserDtos.UserResponse changed(Caller caller, String action, UserRow before, Instant now) {
        UserDtos.UserResponse after = toResponse(store.find(before.id()).orElseThrow(), now);
        audit.record(caller, action, "app_user", before.id(), toResponse(before, now), after);
        return after;
    }

    private void requireAnotherAdmin(UUID jurisdictionId, String verb) {
        if (store.lockActiveAdmins(jurisdictionId) <= 1) {
            throw ProblemException.conflict("You cannot " + verb + " the last active system administrator of the jurisdiction; "
                    + "make another account a system administrator first.");
        }
    }

    /** Office roles name an office of the jurisdiction, unit officers a unit, administrators neither. */
    private void requirePlacement(Caller caller, Role role, @Nullable UUID officeId, @Nullable UUID unitId) {
        if (role.isOfficeRole()) {
            if (officeId == null || unitId != null) {
                throw ProblemException.invalid(officeId == null ? "officeId" : "unitId", "an office role names an office and no unit");
            }
            if (!store.officeExists(caller.jurisdictionId(), officeId)) {
                throw unprocessable("officeId", "no such office in the jurisdiction");
            }
        } else if (role == Role.UNIT_OFFICER) {
            if (unitId == null || officeId != null) {
                throw ProblemException.invalid(unitId == null ? "unitId" : "officeId", "a unit officer names a unit and no office");
            }
            if (!store.unitExists(caller.jurisdictionId(), unitId)) {
                throw unprocessable("unitId", "no such unit in the jurisdiction");
            }
        } else if (officeId != null || unitId != null) {
            throw ProblemException.invalid(officeId != null ? "officeId" : "unitId", "an administrator belongs to no office and no unit");
        }
    }

    private OneTimePassword oneTimePassword() {
        String plain = PasswordPolicy.oneTimePassword();
        return new OneTimePassword(plain, hasher.hash(plain));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, "The request cannot be carried out: " + field + " " + message + ".",
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static UserDtos.UserResponse toResponse(UserRow u, Instant now) {
        return new UserDtos.UserResponse(u.id(), u.username(), u.fullName(), u.role(), u.officeId(), u.unitId(), u.email(), u.phone(), u.active(),
                u.passwordChangeRequired(), u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? at(u.lockedUntil()) : null,
                at(u.deactivatedAt()), u.version(), at(u.createdAt()), at(u.updatedAt()));
    }

    @Nullable
    private static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }
}
