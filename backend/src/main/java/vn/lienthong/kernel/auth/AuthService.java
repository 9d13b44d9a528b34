package vn.lienthong.kernel.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sha256;
import vn.lienthong.kernel.web.ProblemType;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logins, refresh-token rotation, logout and machine-client tokens. Access tokens are short-lived JWTs carrying the
 * caller's jurisdiction, office, unit and role; refresh tokens are opaque, stored hashed and usable once — reusing a
 * rotated one revokes the whole login (family), as a stolen token would be.
 */
@Singleton
public class AuthService {
    private static final String INVALID_CREDENTIALS = "Wrong username or password.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TokenGenerator tokens;
    private final JdbcOperations jdbc;
    private final AuditTrail audit;
    private final MachineClientStore machineClients;
    private final Clock clock;
    private final int accessSeconds;
    private final int refreshSeconds;

    AuthService(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, TokenGenerator tokens, JdbcOperations jdbc,
                AuditTrail audit, MachineClientStore machineClients, Clock clock,
                @Value("${lienthong.auth.access-token-seconds:900}") int accessSeconds,
                @Value("${lienthong.auth.refresh-token-seconds:43200}") int refreshSeconds) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.audit = audit;
        this.machineClients = machineClients;
        this.clock = clock;
        this.accessSeconds = accessSeconds;
        this.refreshSeconds = refreshSeconds;
    }

    public AuthDtos.TokenResponse login(AuthDtos.LoginRequest request) {
        String username = Usernames.normalize(request.username());
        throttle.refuseWhileLocked(username, "Too many failed logins; try again later.");
        AppUser user = users.findByUsername(username).filter(this::mayUseTheSystem).orElse(null);
        boolean valid;
        if (user == null) {
            hasher.verifyDummy(request.password());
            valid = false;
        } else {
            valid = hasher.verify(request.password(), user.passwordHash());
        }
        if (!valid) {
            throttle.recordFailure(username);
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
        }
        throttle.reset(username);
        return issue(user, UUID.randomUUID(), "LOGIN");
    }

    public AuthDtos.TokenResponse refresh(String refreshToken) {
        AuthDtos.TokenResponse rotated = rotate(Sha256.hex(refreshToken));
        if (rotated == null) {
            throw invalidToken();
        }
        return rotated;
    }

    /** Null when the token is not usable; returns normally then so that a family revocation commits. */
    @Transactional
    AuthDtos.TokenResponse rotate(String hash) {
        Instant now = clock.instant();
        Object[] row = jdbc.prepareStatement(
                "SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_token WHERE token_hash = ? FOR UPDATE", statement -> {
                    statement.setString(1, hash);
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        return new Object[]{rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5), rs.getTimestamp(6)};
                    }
                });
        if (row == null) {
            return null;
        }
        UUID familyId = (UUID) row[2];
        if (row[4] != null || row[5] != null) {
            // A used or revoked token presented again: someone holds a copy. End the whole login.
            revokeFamily(familyId, now);
            return null;
        }
        if (!((Instant) row[3]).isAfter(now)) {
            return null;
        }
        jdbc.prepareStatement("UPDATE refresh_token SET used_at = ? WHERE id = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setObject(2, row[0]);
            return statement.executeUpdate();
        });
        AppUser user = users.findById((UUID) row[1]).filter(this::mayUseTheSystem).orElse(null);
        return user == null ? null : issue(user, familyId, null);
    }

    /**
     * An active account of an active jurisdiction: deactivating a jurisdiction (national administration) shuts its
     * people out of logins and refreshes as {@code AccountGate} does for their access tokens. The national
     * administrator's account only sits in a jurisdiction and stays usable.
     */
    private boolean mayUseTheSystem(AppUser user) {
        if (!user.active()) {
            return false;
        }
        if (user.role() == Role.NATIONAL_ADMIN) {
            return true;
        }
        return jurisdictionActive(user.jurisdictionId());
    }

    private boolean jurisdictionActive(UUID jurisdictionId) {
        return users.findJurisdictionActive(jurisdictionId).orElse(false);
    }

    @Transactional
    public void logout(String refreshToken) {
        Instant now = clock.instant();
        UUID familyId = jdbc.prepareStatement("SELECT family_id FROM refresh_token WHERE token_hash = ?", statement -> {
            statement.setString(1, Sha256.hex(refreshToken));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        });
        if (familyId != null) {
            revokeFamily(familyId, now);
        }
    }

    /** OAuth 2.0 client credentials for machine clients such as the city e-portal; a deactivated client is an unknown one. */
    @Transactional
    public AuthDtos.ClientTokenResponse clientToken(String clientId, String clientSecret, String requestedScope) {
        MachineClientStore.Credentials credentials = machineClients.credentials(clientId == null ? "" : clientId)
                .filter(c -> c.client().active() && jurisdictionActive(c.client().jurisdictionId())).orElse(null);
        String secret = clientSecret == null ? "" : clientSecret;
        boolean valid = credentials != null ? hasher.verify(secret, credentials.secretHash()) : dummy(secret);
        if (!valid) {
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "Unknown client or wrong secret.");
        }
        MachineClientRow client = credentials.client();
        List<String> allowed = client.scopes();
        Set<String> granted = new LinkedHashSet<>();
        if (requestedScope == null || requestedScope.isBlank()) {
            granted.addAll(allowed);
        } else {
            for (String scope : requestedScope.strip().split("\\s+")) {
                if (!allowed.contains(scope)) {
                    throw ProblemException.invalid("scope", "scope '" + scope + "' is not granted to this client");
                }
                granted.add(scope);
            }
        }
        List<String> roles = new ArrayList<>();
        roles.add(Roles.MACHINE);
        granted.forEach(scope -> roles.add("SCOPE_" + scope));
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.CLAIM_KIND, Caller.Kind.MACHINE.name());
        claims.put(Caller.CLAIM_JURISDICTION, client.jurisdictionId().toString());
        claims.put(Caller.CLAIM_NAME, client.name());
        claims.put(Caller.CLAIM_SCOPE, String.join(" ", granted));
        claims.put(Caller.CLAIM_TOKEN_GENERATION, client.tokenGeneration());
        String token = tokens.generateToken(Authentication.build(client.id().toString(), roles, claims), accessSeconds)
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
        Caller machine = new Caller(client.id(), client.name(), Caller.Kind.MACHINE, client.jurisdictionId(), null, null, null, granted);
        audit.recordAccess(machine, "TOKEN_ISSUED", "machine_client", client.clientId(), Map.of("scope", String.join(" ", granted)));
        return new AuthDtos.ClientTokenResponse(token, "Bearer", accessSeconds, String.join(" ", granted));
    }

    private boolean dummy(String secret) {
        hasher.verifyDummy(secret);
        return false;
    }

    private AuthDtos.TokenResponse issue(AppUser user, UUID familyId, String auditAction) {
        Instant now = clock.instant();
        List<String> roles = List.of(Roles.PERSON, user.role().name());
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.CLAIM_KIND, Caller.Kind.PERSON.name());
        claims.put(Caller.CLAIM_JURISDICTION, user.jurisdictionId().toString());
        claims.put(Caller.CLAIM_ROLE, user.role().name());
        claims.put(Caller.CLAIM_NAME, user.fullName());
        claims.put(Caller.CLAIM_SESSION, familyId.toString());
        if (user.officeId() != null) {
            claims.put(Caller.CLAIM_OFFICE, user.officeId().toString());
        }
        if (user.unitId() != null) {
            claims.put(Caller.CLAIM_UNIT, user.unitId().toString());
        }
        String access = tokens.generateToken(Authentication.build(user.id().toString(), roles, claims), accessSeconds)
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        storeRefresh(user, familyId, refresh, now, auditAction);
        return new AuthDtos.TokenResponse(access, refresh, "Bearer", accessSeconds, refreshSeconds, user.passwordChangeRequired());
    }

    @Transactional
    void storeRefresh(AppUser user, UUID familyId, String refresh, Instant now, String auditAction) {
        jdbc.prepareStatement("INSERT INTO refresh_token (id, user_id, family_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, user.id());
                    statement.setObject(3, familyId);
                    statement.setString(4, Sha256.hex(refresh));
                    statement.setTimestamp(5, Timestamp.from(now));
                    statement.setTimestamp(6, Timestamp.from(now.plusSeconds(refreshSeconds)));
                    return statement.executeUpdate();
                });
        if (auditAction != null) {
            Caller person = new Caller(user.id(), user.fullName(), Caller.Kind.PERSON, user.jurisdictionId(), user.officeId(), user.unitId(),
                    user.role(), Set.of());
            audit.recordAccess(person, auditAction, "app_user", user.id(), Map.of());
        }
    }

    private void revokeFamily(UUID familyId, Instant now) {
        jdbc.prepareStatement("UPDATE refresh_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL", statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setObject(2, familyId);
            return statement.executeUpdate();
        });
    }

    private static ProblemException invalidToken() {
        return new ProblemException(ProblemType.INVALID_TOKEN, "The refresh token is invalid, expired or already used; log in again.");
    }
}
