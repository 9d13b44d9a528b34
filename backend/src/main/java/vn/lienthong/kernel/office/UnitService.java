package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Units are maintained by administrators; every office is told when one changes, since tasks and petitions point at them. */
@Singleton
public class UnitService {
    private final UnitRepository units;
    private final OfficeRepository offices;
    private final SqlPages pages;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final Clock clock;

    UnitService(UnitRepository units, OfficeRepository offices, SqlPages pages, AuditTrail audit, Notifier notifier,
                Outbox outbox, Idempotency idempotency, Clock clock) {
        this.units = units;
        this.offices = offices;
        this.pages = pages;
        this.audit = audit;
        this.notifier = notifier;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResponse<UnitResponse> list(Caller caller, PageParams page, @Nullable UnitKind kind, @Nullable LocalDate activeOn, @Nullable Boolean active) {
        SqlPages.Query query = new SqlPages.Query("*", "unit")
                .where("jurisdiction_id = ?", caller.jurisdictionId())
                .whereIfPresent(kind, "kind = ?")
                .whereIfPresent(active, "active = ?")
                .search("search_text", page.q())
                .updatedSince("updated_at", page.updatedSince())
                .sortable("code", "code").sortable("name", "name").sortable("updatedAt", "updated_at").sortable("validFrom", "valid_from")
                .defaultSort("name");
        if (activeOn != null) {
            query.where("valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)", activeOn, activeOn);
        }
        return pages.page(query, page, rs -> new UnitResponse(
                SqlPages.uuid(rs, "id"), rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getBoolean("active"),
                SqlPages.uuid(rs, "successor_unit_id"), rs.getLong("version"),
                SqlPages.instant(rs, "updated_at").atZone(Zones.VIETNAM).toOffsetDateTime()));
    }

    @Transactional(readOnly = true)
    public UnitResponse get(Caller caller, UUID id) {
        return toResponse(find(caller, id));
    }

    @Transactional
    public Idempotency.Outcome<UnitResponse> create(Caller caller, @Nullable String idempotencyKey, UnitRequest request) {
        return idempotency.run(caller, idempotencyKey, "units.create", request, UnitResponse.class, () -> {
            checkDates(request);
            return insert(caller, request);
        });
    }

    /** Saves a checked new unit, audited and published in the caller's transaction; the import creates each of its rows this way. */
    UnitResponse insert(Caller caller, UnitRequest request) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Unit unit = units.save(new Unit(UUID.randomUUID(), caller.jurisdictionId(), request.code(), request.name().strip(), request.kind(),
                request.validFrom(), request.validTo(), request.active() == null || request.active(), null, 0, now, now));
        audit.record(caller, "CREATE", "unit", unit.id(), null, toResponse(unit));
        outbox.publish(caller.jurisdictionId(), "unit.created", "unit", unit.id(), toResponse(unit));
        return toResponse(unit);
    }

    @Transactional
    public UnitResponse update(Caller caller, UUID id, @Nullable String ifMatch, UnitRequest request) {
        Unit current = find(caller, id);
        Versions.requireIfMatch(ifMatch, current.version());
        checkDates(request);
        if (current.successorUnitId() != null && request.validTo() == null) {
            throw ProblemException.conflict("The unit was merged into another one: it keeps the last day it existed (validTo).");
        }
        Unit updated = units.update(new Unit(current.id(), current.jurisdictionId(), request.code(), request.name().strip(), request.kind(),
                request.validFrom(), request.validTo(), request.active() == null ? current.active() : request.active(), current.successorUnitId(), current.version(), current.createdAt(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        UnitResponse before = toResponse(current);
        UnitResponse after = toResponse(updated);
        audit.record(caller, "UPDATE", "unit", id, before, after);
        outbox.publish(caller.jurisdictionId(), "unit.updated", "unit", id, after);
        Notifier.Message message = new Notifier.Message("UNIT_CHANGED", "Đơn vị được cập nhật",
                "Thông tin đơn vị \"" + after.name() + "\" đã được quản trị viên cập nhật.", "/units/" + id, "unit", id.toString());
        offices.findByJurisdictionIdOrderByCode(caller.jurisdictionId())
                .forEach(office -> notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, office.id(), message));
        return after;
    }

    private Unit find(Caller caller, UUID id) {
        return units.findById(id)
                .filter(u -> u.jurisdictionId().equals(caller.jurisdictionId()))
                .orElseThrow(() -> ProblemException.notFound("Unit"));
    }

    static void checkDates(UnitRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
    }

    static UnitResponse toResponse(Unit u) {
        return new UnitResponse(u.id(), u.code(), u.name(), u.kind(), u.validFrom(), u.validTo(), u.active(), u.successorUnitId(), u.version(),
                u.updatedAt().atZone(Zones.VIETNAM).toOffsetDateTime());
    }

}
