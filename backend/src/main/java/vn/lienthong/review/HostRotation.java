package vn.lienthong.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.review.ReviewDtos.OfficeRef;
import vn.lienthong.review.ReviewDtos.Rotation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who hosts the yearly review. The offices agree on an order (seed 004: "luân phiên theo sự thỏa thuận"), kept as data
 * and entered by an administrator; until then the order is by kind of office. The proposed next host is the office after
 * the host of the latest annual review.
 */
@Singleton
class HostRotation {
    private final Sql sql;
    private final OfficeDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    HostRotation(Sql sql, OfficeDirectory directory, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offices in hosting order, and whether that order was agreed (entered) or is the default. */
    record Order(List<OfficeRef> offices, boolean agreed) {
    }

    @Transactional(readOnly = true)
    Order order(UUID jurisdictionId) {
        List<vn.lienthong.kernel.office.OfficeRef> all = directory.offices(jurisdictionId);
        Map<UUID, Integer> positions = new HashMap<>();
        for (Object[] r : sql.rows("SELECT office_id, position FROM review_rotation WHERE jurisdiction_id = ?", jurisdictionId)) {
            positions.put((UUID) r[0], ((Number) r[1]).intValue());
        }
        Comparator<vn.lienthong.kernel.office.OfficeRef> byKind = Comparator.comparing(o -> o.kind().ordinal());
        Comparator<vn.lienthong.kernel.office.OfficeRef> order = Comparator
                .<vn.lienthong.kernel.office.OfficeRef>comparingInt(o -> positions.getOrDefault(o.id(), Integer.MAX_VALUE))
                .thenComparing(byKind).thenComparing(vn.lienthong.kernel.office.OfficeRef::code);
        return new Order(all.stream().sorted(order).map(HostRotation::ref).toList(), !positions.isEmpty());
    }

    static OfficeRef ref(vn.lienthong.kernel.office.OfficeRef o) {
        return new OfficeRef(o.id(), o.code(), o.nameVi(), o.shortName());
    }

    @Transactional(readOnly = true)
    Rotation rotation(Caller caller) {
        ReviewAccess.requireReader(caller);
        Order order = order(caller.jurisdictionId());
        Object[] last = sql.row("SELECT id, host_office_id FROM review WHERE jurisdiction_id = ? AND kind = 'ANNUAL' ORDER BY period_to DESC, created_at DESC LIMIT 1",
                caller.jurisdictionId());
        List<OfficeRef> offices = order.offices();
        if (offices.isEmpty()) {
            return new Rotation(offices, order.agreed(), null, null, null);
        }
        if (last == null) {
            return new Rotation(offices, order.agreed(), null, null, offices.get(0));
        }
        int index = -1;
        for (int i = 0; i < offices.size(); i++) {
            if (offices.get(i).id().equals(last[1])) {
                index = i;
            }
        }
        OfficeRef lastHost = index < 0 ? null : offices.get(index);
        return new Rotation(offices, order.agreed(), (UUID) last[0], lastHost, offices.get((index + 1) % offices.size()));
    }

    @Transactional
    Rotation agree(Caller caller, ReviewDtos.RotationRequest request) {
        if (!caller.hasRole(Role.SYSTEM_ADMIN)) {
            throw ProblemException.forbidden("The administrator enters the hosting order the offices agreed.");
        }
        List<UUID> ids = request.officeIds();
        List<UUID> all = directory.offices(caller.jurisdictionId()).stream().map(vn.lienthong.kernel.office.OfficeRef::id).toList();
        if (new HashSet<>(ids).size() != ids.size() || ids.size() != all.size() || !new HashSet<>(all).containsAll(ids)) {
            throw ProblemException.invalid("officeIds", "must name every office of the jurisdiction exactly once (" + all.size() + " offices)");
        }
        List<UUID> before = new ArrayList<>(order(caller.jurisdictionId()).offices().stream().map(OfficeRef::id).toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        sql.exec("DELETE FROM review_rotation WHERE jurisdiction_id = ?", caller.jurisdictionId());
        for (int i = 0; i < ids.size(); i++) {
            sql.exec("INSERT INTO review_rotation (jurisdiction_id, office_id, position, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)",
                    caller.jurisdictionId(), ids.get(i), i + 1, caller.id(), now);
        }
        audit.record(caller, "UPDATE", "review_rotation", caller.jurisdictionId(), Map.of("officeIds", before), Map.of("officeIds", ids));
        return rotation(caller);
    }
}
