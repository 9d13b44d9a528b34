package vn.lienthong.kernel.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.PasswordHasher;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person changes their own password: the current one is required, the new one must pass {@link PasswordPolicy} and be
 * none of the last {@link PasswordPolicy#HISTORY}; the one-time-password flag is cleared and every other login of the
 * account ends (its refresh tokens are revoked; this login's stay).
 */
@Singleton
public class PasswordChange {
    private final UserStore store;
    private final PasswordHasher hasher;
    private final AccountGate gate;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChange(UserStore store, PasswordHasher hasher, AccountGate gate, AuditTrail audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(Caller caller, @Nullable UUID session, UserDtos.ChangePasswordRequest request) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("Only a person has a password.");
        }
        UserRow user = store.lock(caller.id()).filter(UserRow::active)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "This account no longer exists or is disabled."));
        String currentHash = store.passwordHash(user.id());
        if (currentHash == null || !hasher.verify(request.currentPassword(), currentHash)) {
            throw UserAdministration.unprocessable("currentPassword", "is not your current password");
        }
        PasswordPolicy.weakness(request.newPassword(), user.username()).ifPresent(reason -> {
            throw UserAdministration.unprocessable("newPassword", reason);
        });
        List<String> recent = store.recentPasswordHashes(user.id(), PasswordPolicy.HISTORY);
        boolean reused = hasher.verify(request.newPassword(), currentHash) || recent.stream().anyMatch(hash -> hasher.verify(request.newPassword(), hash));
        if (reused) {
            throw UserAdministration.unprocessable("newPassword", "must not be one of your last " + PasswordPolicy.HISTORY + " passwords. " + PasswordPolicy.RULE);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.setPassword(user.id(), hasher.hash(request.newPassword()), false, now);
        int revoked = store.revokeRefreshTokens(user.id(), session, now);
        gate.forget(user.id());
        audit.recordAccess(caller, "PASSWORD_CHANGED", "app_user", user.id(), Map.of("otherSessionsRevoked", revoked, "wasOneTimePassword", user.passwordChangeRequired()));
    }
}
