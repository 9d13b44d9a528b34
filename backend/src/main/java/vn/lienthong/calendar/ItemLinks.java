package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The link from an item to the longer period's item it details (`programme_item.details_item_id`): reading the linked
 * item as {@link DetailLinks} needs it, and the items an item would detail through it.
 */
@Singleton
class ItemLinks {
    private final Sql sql;

    ItemLinks(Sql sql) {
        this.sql = sql;
    }

    /** The linked item as stored, with who may see it and what it details in turn. */
    record Linked(DetailLinks.Target target, UUID ownerOffice, ProgrammeStatus programmeStatus, List<UUID> details) {
    }

    /** The item, if it is in the caller's jurisdiction and the caller may see it. */
    Optional<Linked> find(Caller caller, UUID itemId) {
        List<Linked> found = sql.query("""
                SELECT i.period_kind, i.starts_at, i.ends_at, i.cancelled, p.office_id, p.status, programme_item_lineage(i.details_item_id) AS details_lineage
                FROM programme_item i JOIN programme p ON p.id = i.programme_id WHERE i.id = ? AND i.jurisdiction_id = ?""",
                rs -> new Linked(new DetailLinks.Target(PeriodKind.valueOf(rs.getString("period_kind")), SqlPages.instant(rs, "starts_at"),
                        SqlPages.instant(rs, "ends_at"), rs.getBoolean("cancelled")), SqlPages.uuid(rs, "office_id"),
                        ProgrammeStatus.valueOf(rs.getString("status")), CalendarItems.lineage(rs)), itemId, caller.jurisdictionId());
        return found.stream().filter(l -> CalendarAccess.sees(caller, l.ownerOffice(), l.programmeStatus())).findFirst();
    }

    /** Why an item of kind `own` over [start, end) may not detail `detailsItemId`, as the field error of `field`; empty when it may (or names none). */
    Optional<Problem.FieldError> refusal(Caller caller, String field, PeriodKind own, Instant start, Instant end, @Nullable UUID detailsItemId) {
        if (detailsItemId == null) {
            return Optional.empty();
        }
        DetailLinks.Target target = find(caller, detailsItemId).map(Linked::target).orElse(null);
        return DetailLinks.refusal(own, start, end, target).map(reason -> new Problem.FieldError(field, reason));
    }

    /**
     * The items an item being typed would detail through `detailsItemId`, nearest first; empty when it names none or the
     * link would be refused (a check then shows the clash the save would refuse to hide).
     */
    List<UUID> lineage(Caller caller, PeriodKind own, Instant start, Instant end, @Nullable UUID detailsItemId) {
        if (detailsItemId == null) {
            return List.of();
        }
        Optional<Linked> linked = find(caller, detailsItemId);
        if (linked.isEmpty() || DetailLinks.refusal(own, start, end, linked.get().target()).isPresent()) {
            return List.of();
        }
        List<UUID> lineage = new ArrayList<>(List.of(detailsItemId));
        lineage.addAll(linked.get().details());
        return lineage;
    }
}
