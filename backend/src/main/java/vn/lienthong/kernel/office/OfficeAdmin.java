package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.office.OrgDtos.BodyRequest;
import vn.lienthong.kernel.office.OrgDtos.OfficeRequest;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Versions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A jurisdiction's administrator creates and changes its offices and the leadership bodies they serve (@Secured keeps
 * everyone else out; another jurisdiction's office or body is 404). The rules are the database's, told first in words:
 * one Party Committee Office per jurisdiction and codes unique in it (409); a body keeps the office it was created for,
 * since its calendar and programmes belong to that office (422). Deactivating is `active: false`; nothing is deleted.
 */
@Singleton
public class OfficeAdmin {
    private final OfficeStore store;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;

    OfficeAdmin(OfficeStore store, AuditTrail audit, Idempotency idempotency, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** The office's e-mail as given, blank as none: the ORGANIZER of its meetings' invitations. */
    @Nullable
    private static String email(OfficeRequest request) {
        return request.email() == null || request.email().isBlank() ? null : request.email().strip();
    }

    @Transactional
    public Idempotency.Outcome<OfficeRef> createOffice(Caller caller, @Nullable String idempotencyKey, OfficeRequest request) {
        return idempotency.run(caller, idempotencyKey, "offices.create", request, OfficeRef.class, () -> {
            Instant now = now();
            Office office = new Office(UUID.randomUUID(), caller.jurisdictionId(), request.code(), request.kind(), request.nameVi().strip(),
                    request.nameEn().strip(), request.shortName().strip(), email(request), request.active() == null || request.active(), 0, now, now);
            checkOffice(office);
            store.insert(office);
            OfficeRef created = OfficeRef.of(office);
            audit.record(caller, "CREATE", "office", office.id(), null, created);
            return created;
        });
    }

    @Transactional
    public OfficeRef updateOffice(Caller caller, UUID id, @Nullable String ifMatch, OfficeRequest request) {
        Office current = store.office(caller.jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Office"));
        Versions.requireIfMatch(ifMatch, current.version());
        Office next = new Office(id, current.jurisdictionId(), request.code(), request.kind(), request.nameVi().strip(), request.nameEn().strip(),
                request.shortName().strip(), email(request), request.active() == null ? current.active() : request.active(), current.version() + 1, current.createdAt(), now());
        checkOffice(next);
        Versions.requireWritten(store.update(next, current.version()), () -> store.officeVersion(id), "Office");
        OfficeRef after = OfficeRef.of(next);
        audit.record(caller, "UPDATE", "office", id, OfficeRef.of(current), after);
        return after;
    }

    @Transactional
    public Idempotency.Outcome<LeadershipBodyResponse> createBody(Caller caller, @Nullable String idempotencyKey, BodyRequest request) {
        return idempotency.run(caller, idempotencyKey, "bodies.create", request, LeadershipBodyResponse.class, () -> {
            if (store.office(caller.jurisdictionId(), request.officeId()).isEmpty()) {
                throw ProblemException.invalid("officeId", "refers to no office of your jurisdiction");
            }
            Instant now = now();
            LeadershipBody body = new LeadershipBody(UUID.randomUUID(), caller.jurisdictionId(), request.officeId(), request.code(), request.nameVi().strip(),
                    request.nameEn().strip(), request.active() == null || request.active(), 0, now, now);
            requireFreeBodyCode(body);
            store.insert(body);
            LeadershipBodyResponse created = LeadershipBodyResponse.of(body);
            audit.record(caller, "CREATE", "leadership_body", body.id(), null, created);
            return created;
        });
    }

    @Transactional
    public LeadershipBodyResponse updateBody(Caller caller, UUID id, @Nullable String ifMatch, BodyRequest request) {
        LeadershipBody current = body(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        if (!current.officeId().equals(request.officeId())) {
            throw ProblemException.invalid("officeId", "a body keeps the office it was created for (its calendar and programmes belong to that office); "
                    + "deactivate it and create a new body instead");
        }
        LeadershipBody next = new LeadershipBody(id, current.jurisdictionId(), current.officeId(), request.code(), request.nameVi().strip(),
                request.nameEn().strip(), request.active() == null ? current.active() : request.active(), current.version() + 1, current.createdAt(), now());
        requireFreeBodyCode(next);
        Versions.requireWritten(store.update(next, current.version()), () -> store.bodyVersion(id), "Leadership body");
        LeadershipBodyResponse after = LeadershipBodyResponse.of(next);
        audit.record(caller, "UPDATE", "leadership_body", id, LeadershipBodyResponse.of(current), after);
        return after;
    }

    @Transactional(readOnly = true)
    public LeadershipBody body(Caller caller, UUID id) {
        return store.body(caller.jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Leadership body"));
    }

    private void checkOffice(Office office) {
        if (store.officeCodeTaken(office.jurisdictionId(), office.code(), office.id())) {
            throw ProblemException.conflict("Another office of your jurisdiction has the code " + office.code() + ".");
        }
        if (office.kind() == OfficeKind.PARTY_COMMITTEE_OFFICE && store.otherPartyCommitteeOffice(office.jurisdictionId(), office.id())) {
            throw ProblemException.conflict("Your jurisdiction already has its Party Committee Office (Văn phòng Tỉnh ủy / Thành ủy): there is one per jurisdiction.");
        }
    }

    private void requireFreeBodyCode(LeadershipBody body) {
        if (store.bodyCodeTaken(body.jurisdictionId(), body.code(), body.id())) {
            throw ProblemException.conflict("Another leadership body of your jurisdiction has the code " + body.code() + ".");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
