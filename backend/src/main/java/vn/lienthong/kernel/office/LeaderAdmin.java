package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.office.OrgDtos.LeaderCreateRequest;
import vn.lienthong.kernel.office.OrgDtos.LeaderPositionRequest;
import vn.lienthong.kernel.office.OrgDtos.LeaderPositionResponse;
import vn.lienthong.kernel.office.OrgDtos.LeaderUpdateRequest;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Versions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Leaders (lãnh đạo) and their positions over time. A jurisdiction's administrator adds a leader with the position they
 * hold, changes their name, protocol order and active flag (If-Match), and records a move of post: the current position
 * ends the day before the new one starts, so items chaired earlier still show the title held then (leader_title_on).
 */
@Singleton
public class LeaderAdmin {
    private final LeaderStore store;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Clock clock;

    LeaderAdmin(LeaderStore store, AuditTrail audit, Idempotency idempotency, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LeaderResponse get(Caller caller, UUID id) {
        return find(caller, id).response();
    }

    @Transactional(readOnly = true)
    public List<LeaderPositionResponse> positions(Caller caller, UUID id) {
        find(caller, id);
        return store.positions(id).stream().map(LeaderStore.Position::response).toList();
    }

    @Transactional
    public Idempotency.Outcome<LeaderResponse> create(Caller caller, @Nullable String idempotencyKey, LeaderCreateRequest request) {
        return idempotency.run(caller, idempotencyKey, "leaders.create", request, LeaderResponse.class, () -> {
            requireBody(caller, request.bodyId());
            Instant now = now();
            LeaderStore.Row row = new LeaderStore.Row(UUID.randomUUID(), caller.jurisdictionId(), request.bodyId(), null, request.fullName().strip(),
                    request.titleVi().strip(), request.titleEn().strip(), request.protocolOrder() == null ? 0 : request.protocolOrder(), true, 0, now, now);
            store.insert(row, request.validFrom());
            LeaderResponse created = find(caller, row.id()).response();
            audit.record(caller, "CREATE", "leader", row.id(), null, Map.of("leader", created, "validFrom", request.validFrom().toString()));
            return created;
        });
    }

    @Transactional
    public LeaderResponse update(Caller caller, UUID id, @Nullable String ifMatch, LeaderUpdateRequest request) {
        LeaderStore.Row current = find(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        LeaderStore.Row next = new LeaderStore.Row(id, current.jurisdictionId(), current.bodyId(), current.bodyName(), request.fullName().strip(),
                current.titleVi(), current.titleEn(), request.protocolOrder(), request.active() == null ? current.active() : request.active(),
                current.version() + 1, current.createdAt(), now());
        Versions.requireWritten(store.update(next, current.version()), () -> store.version(id), "Leader");
        LeaderResponse after = next.response();
        audit.record(caller, "UPDATE", "leader", id, current.response(), after);
        return after;
    }

    /** The leader moves post from `validFrom`; the same day as the current position's start corrects that position instead. */
    @Transactional
    public Idempotency.Outcome<LeaderPositionResponse> move(Caller caller, UUID id, @Nullable String idempotencyKey, LeaderPositionRequest request) {
        return idempotency.run(caller, idempotencyKey, "leaders.positions.create", Map.of("leader", id, "request", request), LeaderPositionResponse.class, () -> {
            LeaderStore.Row leader = store.lock(caller.jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Leader"));
            if (!leader.active()) {
                throw ProblemException.conflict("The leader is deactivated: reactivate them before recording a new position.");
            }
            requireBody(caller, request.bodyId());
            String titleVi = request.titleVi().strip();
            String titleEn = request.titleEn().strip();
            LeaderStore.Position current = store.positions(id).stream().filter(p -> p.validTo() == null).findFirst().orElse(null);
            Instant now = now();
            UUID positionId;
            if (current != null && request.validFrom().equals(current.validFrom())) {
                store.correctPosition(current.id(), request.bodyId(), titleVi, titleEn);
                positionId = current.id();
            } else {
                if (current != null && request.validFrom().isBefore(current.validFrom())) {
                    throw ProblemException.conflict("The current position began on " + current.validFrom() + ": a new position starts after that day.");
                }
                if (current != null) {
                    store.closePosition(current.id(), request.validFrom().minusDays(1));
                }
                positionId = UUID.randomUUID();
                store.insertPosition(positionId, caller.jurisdictionId(), id, request.bodyId(), titleVi, titleEn, request.validFrom(), now);
            }
            store.setCurrent(id, request.bodyId(), titleVi, titleEn, now);
            LeaderResponse after = find(caller, id).response();
            audit.record(caller, current != null && positionId.equals(current.id()) ? "CORRECT_POSITION" : "MOVE_POST", "leader", id, leader.response(), after);
            return store.positions(id).stream().filter(p -> p.id().equals(positionId)).findFirst().orElseThrow().response();
        });
    }

    private LeaderStore.Row find(Caller caller, UUID id) {
        return store.find(caller.jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Leader"));
    }

    private void requireBody(Caller caller, @Nullable UUID bodyId) {
        if (bodyId != null && !store.bodyExists(caller.jurisdictionId(), bodyId)) {
            throw ProblemException.invalid("bodyId", "refers to no leadership body of your jurisdiction");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
