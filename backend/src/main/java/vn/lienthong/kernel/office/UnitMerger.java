package vn.lienthong.kernel.office;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.office.OrgDtos.MovedWork;
import vn.lienthong.kernel.office.OrgDtos.UnitMergeRequest;
import vn.lienthong.kernel.office.OrgDtos.UnitMergeResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A merger of units (sáp nhập xã, phường): the merged unit ends the day before the merger takes effect and names its
 * successor; every feature moves its open work from the one to the other ({@link UnitSuccession}); all in one
 * transaction and one audit event with the counts. Both rows are locked first, so two mergers of the same unit cannot
 * both pass the checks; a unit merged once is 409 the second time.
 */
@Singleton
public class UnitMerger {
    private final Sql sql;
    private final UnitRepository units;
    private final List<UnitSuccession> successions;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    UnitMerger(Sql sql, UnitRepository units, List<UnitSuccession> successions, AuditTrail audit, Outbox outbox, Clock clock) {
        this.sql = sql;
        this.units = units;
        this.successions = successions;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public UnitMergeResponse merge(Caller caller, UUID id, UnitMergeRequest request) {
        UUID j = caller.jurisdictionId();
        if (request.successorUnitId().equals(id)) {
            throw ProblemException.invalid("successorUnitId", "a unit is not merged into itself");
        }
        // lock both rows, in id order so that two opposite mergers cannot deadlock
        List<UUID> locked = sql.query("SELECT id FROM unit WHERE jurisdiction_id = ? AND id IN (?, ?) ORDER BY id FOR UPDATE",
                rs -> rs.getObject(1, UUID.class), j, id, request.successorUnitId());
        if (!locked.contains(id)) {
            throw ProblemException.notFound("Unit");
        }
        if (!locked.contains(request.successorUnitId())) {
            throw ProblemException.invalid("successorUnitId", "refers to no unit of your jurisdiction");
        }
        Unit merged = units.findById(id).orElseThrow();
        Unit successor = units.findById(request.successorUnitId()).orElseThrow();
        LocalDate lastDay = request.effectiveOn().minusDays(1);
        check(merged, successor, request.effectiveOn(), lastDay);

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        sql.exec("UPDATE unit SET valid_to = ?, successor_unit_id = ?, version = version + 1, updated_at = ? WHERE id = ?", lastDay, successor.id(), now, id);
        List<MovedWork> moved = new ArrayList<>();
        for (UnitSuccession succession : successions) {
            moved.addAll(succession.moveOpenWork(j, id, successor.id(), now));
        }
        moved.sort(java.util.Comparator.comparing(MovedWork::kind));
        UnitResponse after = UnitService.toResponse(units.findById(id).orElseThrow());
        UnitMergeResponse response = new UnitMergeResponse(after, UnitRef.of(successor), moved);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("unit", after);
        change.put("successorUnitId", successor.id());
        change.put("effectiveOn", request.effectiveOn().toString());
        change.put("moved", moved);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("unit", UnitService.toResponse(merged));
        audit.record(caller, "MERGE", "unit", id, before, change);
        outbox.publish(j, "unit.merged", "unit", id, response);
        return response;
    }

    private static void check(Unit merged, Unit successor, LocalDate effectiveOn, LocalDate lastDay) {
        if (merged.successorUnitId() != null) {
            throw ProblemException.conflict("The unit was already merged into another one.");
        }
        if (!effectiveOn.isAfter(merged.validFrom())) {
            throw ProblemException.invalid("effectiveOn", "must be after the merged unit's first day (" + merged.validFrom() + ")");
        }
        if (merged.validTo() != null && merged.validTo().isBefore(lastDay)) {
            throw ProblemException.conflict("The unit had already ended on " + merged.validTo() + ", before the merger.");
        }
        if (successor.successorUnitId() != null || !successor.active() || successor.validFrom().isAfter(effectiveOn)
                || (successor.validTo() != null && successor.validTo().isBefore(effectiveOn))) {
            throw ProblemException.conflict("The successor must be an active unit that exists on " + effectiveOn + " and was not merged itself.");
        }
    }
}
