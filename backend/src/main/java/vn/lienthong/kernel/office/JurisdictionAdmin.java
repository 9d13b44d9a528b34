package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Access;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.office.OrgDtos.JurisdictionRequest;
import vn.lienthong.kernel.office.OrgDtos.JurisdictionResponse;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Versions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Jurisdictions (provinces and centrally-run cities) are national data: only a national administrator creates, renames
 * or deactivates one, and the audit trail records it as national (no jurisdiction). A jurisdiction's administrator reads
 * its own jurisdiction and no other (404).
 */
@Singleton
public class JurisdictionAdmin {
    private final JurisdictionStore store;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;

    JurisdictionAdmin(JurisdictionStore store, AuditTrail audit, Idempotency idempotency, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<JurisdictionResponse> list(Caller caller) {
        if (caller.isNationalAdmin()) {
            return store.all().stream().map(JurisdictionAdmin::response).toList();
        }
        return store.find(caller.jurisdictionId()).map(JurisdictionAdmin::response).stream().toList();
    }

    @Transactional(readOnly = true)
    public JurisdictionResponse get(Caller caller, UUID id) {
        return response(find(caller, id));
    }

    @Transactional
    public Idempotency.Outcome<JurisdictionResponse> create(Caller caller, @Nullable String idempotencyKey, JurisdictionRequest request) {
        Access.requireNationalAdmin(caller, "The list of jurisdictions");
        return idempotency.run(caller, idempotencyKey, "jurisdictions.create", request, JurisdictionResponse.class, () -> {
            UUID id = UUID.randomUUID();
            requireFreeCode(request.code(), id);
            Instant now = now();
            JurisdictionStore.Row row = new JurisdictionStore.Row(id, request.code(), request.name().strip(), request.kind(),
                    request.active() == null || request.active(), 0, now, now);
            store.insert(row);
            JurisdictionResponse created = response(row);
            audit.recordNational(caller, "CREATE", "jurisdiction", id, null, created);
            return created;
        });
    }

    @Transactional
    public JurisdictionResponse update(Caller caller, UUID id, @Nullable String ifMatch, JurisdictionRequest request) {
        Access.requireNationalAdmin(caller, "The list of jurisdictions");
        JurisdictionStore.Row current = find(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        requireFreeCode(request.code(), id);
        JurisdictionStore.Row next = new JurisdictionStore.Row(id, request.code(), request.name().strip(), request.kind(),
                request.active() == null ? current.active() : request.active(), current.version() + 1, current.createdAt(), now());
        Versions.requireWritten(store.update(next, current.version()), () -> store.version(id), "Jurisdiction");
        JurisdictionResponse after = response(next);
        audit.recordNational(caller, "UPDATE", "jurisdiction", id, response(current), after);
        return after;
    }

    private JurisdictionStore.Row find(Caller caller, UUID id) {
        if (!caller.isNationalAdmin() && !caller.jurisdictionId().equals(id)) {
            throw ProblemException.notFound("Jurisdiction");
        }
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Jurisdiction"));
    }

    private void requireFreeCode(String code, UUID id) {
        if (store.codeTaken(code, id)) {
            throw ProblemException.conflict("Another jurisdiction has the code " + code + ".");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static JurisdictionResponse response(JurisdictionStore.Row r) {
        return new JurisdictionResponse(r.id(), r.code(), r.name(), r.kind(), r.active(), r.version(), r.updatedAt().atZone(Zones.VIETNAM).toOffsetDateTime());
    }
}
