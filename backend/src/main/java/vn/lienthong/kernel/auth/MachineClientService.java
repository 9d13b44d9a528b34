package vn.lienthong.kernel.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Versions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A jurisdiction's administrator registers the machine clients (the e-portal, mobile back ends) of the jurisdiction,
 * changes their name and scopes, deactivates and reactivates them and rotates their secrets. A secret is generated
 * here (256 random bits), answered once and stored only as a bcrypt hash; it never reaches a GET, a log line, the
 * audit trail or the idempotency record. Rotating, deactivating and changing scopes end the client's current tokens
 * at once (the token generation, checked by {@link MachineTokenFilter}); the old secret has no grace period.
 */
@Singleton
public class MachineClientService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RESOURCE = "Machine client";
    private static final String ENTITY = "machine_client";

    private final MachineClientStore store;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;

    MachineClientService(MachineClientStore store, PasswordHasher hasher, AuditTrail audit, Idempotency idempotency, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<MachineClientDtos.Response> list(Caller caller, PageParams page, @Nullable Boolean active) {
        return store.page(caller.jurisdictionId(), page, active).map(MachineClientService::toResponse);
    }

    @Transactional(readOnly = true)
    public MachineClientDtos.Response get(Caller caller, UUID id) {
        return toResponse(find(caller, id));
    }

    /** The secret is made before the idempotent part, so that the stored first answer (replayed to retries) never holds it. */
    @Transactional
    public Idempotency.Outcome<MachineClientDtos.WithSecret> register(Caller caller, @Nullable String idempotencyKey, MachineClientDtos.Registration request) {
        List<String> scopes = knownScopes(request.scopes());
        String secret = newSecret();
        Idempotency.Outcome<MachineClientDtos.WithSecret> outcome = idempotency.run(caller, idempotencyKey, "machine-clients.register", request,
                MachineClientDtos.WithSecret.class, () -> {
                    MachineClientRow row = store.insert(UUID.randomUUID(), caller.jurisdictionId(), request.clientId(), request.name().strip(), scopes,
                                    hasher.hash(secret), now())
                            .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "A machine client with this clientId already exists.",
                                    List.of(new vn.lienthong.kernel.web.Problem.FieldError("clientId", "is already taken")), java.util.Map.of()));
                    MachineClientDtos.Response response = toResponse(row);
                    audit.record(caller, "CREATE", ENTITY, row.id(), null, response);
                    return new MachineClientDtos.WithSecret(response, null);
                });
        return outcome.replayed() ? outcome : new Idempotency.Outcome<>(new MachineClientDtos.WithSecret(outcome.body().client(), secret), false);
    }

    @Transactional
    public MachineClientDtos.Response update(Caller caller, UUID id, @Nullable String ifMatch, MachineClientDtos.Update request) {
        List<String> scopes = knownScopes(request.scopes());
        MachineClientRow current = find(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        MachineClientRow updated = store.update(caller.jurisdictionId(), id, current.version(), request.name().strip(), scopes, now()).orElse(null);
        Versions.requireWritten(updated == null ? 0 : 1, () -> store.find(caller.jurisdictionId(), id).map(MachineClientRow::version).orElse(null), RESOURCE);
        MachineClientDtos.Response after = toResponse(updated);
        audit.record(caller, "UPDATE", ENTITY, id, toResponse(current), after);
        return after;
    }

    @Transactional
    public MachineClientDtos.Response deactivate(Caller caller, UUID id) {
        return transition(caller, id, false, "DEACTIVATE", "The machine client is already deactivated.");
    }

    @Transactional
    public MachineClientDtos.Response reactivate(Caller caller, UUID id) {
        return transition(caller, id, true, "REACTIVATE", "The machine client is already active.");
    }

    /** A new secret, answered once; the old one and every token issued under it stop working when this commits. */
    @Transactional
    public MachineClientDtos.WithSecret rotateSecret(Caller caller, UUID id) {
        MachineClientRow before = find(caller, id);
        String secret = newSecret();
        MachineClientRow after = store.replaceSecret(caller.jurisdictionId(), id, hasher.hash(secret), now())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE));
        MachineClientDtos.Response response = toResponse(after);
        audit.record(caller, "ROTATE_SECRET", ENTITY, id, toResponse(before), response);
        return new MachineClientDtos.WithSecret(response, secret);
    }

    private MachineClientDtos.Response transition(Caller caller, UUID id, boolean active, String action, String already) {
        MachineClientRow before = find(caller, id);
        MachineClientRow after = store.setActive(caller.jurisdictionId(), id, active, now())
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, already));
        MachineClientDtos.Response response = toResponse(after);
        audit.record(caller, action, ENTITY, id, toResponse(before), response);
        return response;
    }

    private MachineClientRow find(Caller caller, UUID id) {
        return store.find(caller.jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound(RESOURCE));
    }

    /** The requested scopes in their canonical order, each once; an unknown one is a 400 naming its index. */
    static List<String> knownScopes(List<String> requested) {
        Set<MachineScope> scopes = EnumSet.noneOf(MachineScope.class);
        for (int i = 0; i < requested.size(); i++) {
            String scope = requested.get(i);
            int index = i;
            scopes.add(MachineScope.of(scope).orElseThrow(() -> ProblemException.invalid("scopes[" + index + "]",
                    "unknown scope; known scopes are " + MachineScope.NAMES)));
        }
        return scopes.stream().map(MachineScope::scope).toList();
    }

    static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static MachineClientDtos.Response toResponse(MachineClientRow row) {
        return new MachineClientDtos.Response(row.id(), row.clientId(), row.name(), row.scopes(), row.active(), row.version(),
                local(row.createdAt()), local(row.updatedAt()), row.secretRotatedAt() == null ? null : local(row.secretRotatedAt()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant.atZone(Zones.VIETNAM).toOffsetDateTime();
    }
}
