package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.CalendarDtos.AmendmentResponse;
import vn.lienthong.calendar.CalendarDtos.ClashCheckRequest;
import vn.lienthong.calendar.CalendarDtos.ClashResponse;
import vn.lienthong.calendar.CalendarDtos.ItemRequest;
import vn.lienthong.calendar.CalendarDtos.ItemResponse;
import vn.lienthong.calendar.CalendarDtos.ItemWriteResponse;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.Versions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writing the items of a programme. A draft (or returned) programme is edited freely by its office; a submitted one is
 * locked until returned; a published one changes only by amendment (điều chỉnh): a reason, a new revision, the item's
 * iCalendar sequence bumped, and every office whose items or participants are affected told.
 */
@Singleton
public class ProgrammeItems {
    private final Sql sql;
    private final Programmes programmes;
    private final CalendarItems items;
    private final Clashes clashes;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Amendments amendments;
    private final ItemLinks links;
    private final Clock clock;

    ProgrammeItems(Sql sql, Programmes programmes, CalendarItems items, Clashes clashes, AuditTrail audit, Notifier notifier, Amendments amendments,
                   ItemLinks links, Clock clock) {
        this.sql = sql;
        this.links = links;
        this.amendments = amendments;
        this.programmes = programmes;
        this.items = items;
        this.clashes = clashes;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    public ItemWriteResponse create(Caller caller, UUID programmeId, ItemRequest request) {
        Programmes.Row programme = writable(caller, programmeId, request.amendmentReason());
        validate(caller, programme, request);
        UUID id = UUID.randomUUID();
        Instant now = now();
        sql.exec("""
                INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, all_day, venue, locality_unit_id,
                                            leader_ids, participant_body_ids, participant_unit_ids, participant_persons, serving_office_id, visibility, notes,
                                            meeting_id, details_item_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, caller.jurisdictionId(), programmeId, programme.calendarId(), programme.periodKind(), request.title().strip(), request.startsAt().toInstant(),
                request.endsAt().toInstant(), request.allDay(), blankToNull(request.venue()), request.localityUnitId(), ids(request.leaders()), ids(request.bodies()),
                ids(request.units()), request.persons().toArray(String[]::new), request.servingOfficeId(), request.visibility(), blankToNull(request.notes()),
                request.meetingId(), request.detailsItemId(), now, now);
        touch(programmeId);
        CalendarItems.Loaded saved = items.find(caller.jurisdictionId(), id);
        ItemResponse created = saved.item();
        audit.record(caller, "CREATE", "programme_item", id, null, created);
        if (programme.status() == ProgrammeStatus.PUBLISHED) {
            amend(caller, programme, created, null, "ADDED", request.amendmentReason());
        }
        return new ItemWriteResponse(created, clashesOf(caller, saved));
    }

    @Transactional
    public ItemWriteResponse update(Caller caller, UUID itemId, @Nullable String ifMatch, ItemRequest request) {
        CalendarItems.Loaded current = visible(caller, itemId);
        Programmes.Row programme = writable(caller, current.item().programmeId(), request.amendmentReason());
        Versions.requireIfMatch(ifMatch, current.item().version());
        if (current.item().cancelled()) {
            throw ProblemException.conflict("A cancelled item cannot be changed; add a new one.");
        }
        validate(caller, programme, request);
        boolean amendment = programme.status() == ProgrammeStatus.PUBLISHED;
        int updated = sql.exec("""
                UPDATE programme_item SET title = ?, starts_at = ?, ends_at = ?, all_day = ?, venue = ?, locality_unit_id = ?, leader_ids = ?,
                       participant_body_ids = ?, participant_unit_ids = ?, participant_persons = ?, serving_office_id = ?, visibility = ?, notes = ?, meeting_id = ?,
                       details_item_id = ?, sequence = sequence + ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""",
                request.title().strip(), request.startsAt().toInstant(), request.endsAt().toInstant(), request.allDay(), blankToNull(request.venue()),
                request.localityUnitId(), ids(request.leaders()), ids(request.bodies()), ids(request.units()), request.persons().toArray(String[]::new),
                request.servingOfficeId(), request.visibility(), blankToNull(request.notes()), request.meetingId(), request.detailsItemId(), amendment ? 1 : 0, now(), itemId,
                current.item().version());
        Versions.requireWritten(updated, () -> currentVersion(itemId), "Programme item");
        touch(programme.id());
        CalendarItems.Loaded saved = items.find(caller.jurisdictionId(), itemId);
        ItemResponse after = saved.item();
        audit.record(caller, amendment ? "AMEND" : "UPDATE", "programme_item", itemId, current.item(), after);
        if (amendment) {
            amend(caller, programme, after, current.item(), "CHANGED", request.amendmentReason());
        }
        return new ItemWriteResponse(after, clashesOf(caller, saved));
    }

    /** A draft's item is removed; a published programme's item is cancelled and stays in the feeds as cancelled. */
    @Transactional
    public void delete(Caller caller, UUID itemId, @Nullable String ifMatch, @Nullable String amendmentReason) {
        CalendarItems.Loaded current = visible(caller, itemId);
        Programmes.Row programme = writable(caller, current.item().programmeId(), amendmentReason);
        Versions.requireIfMatch(ifMatch, current.item().version());
        if (programme.status() == ProgrammeStatus.PUBLISHED) {
            if (current.item().cancelled()) {
                throw ProblemException.conflict("The item is already cancelled.");
            }
            int cancelled = sql.exec("UPDATE programme_item SET cancelled = true, cancel_reason = ?, sequence = sequence + 1, version = version + 1, updated_at = ? "
                    + "WHERE id = ? AND version = ?", amendmentReason.strip(), now(), itemId, current.item().version());
            Versions.requireWritten(cancelled, () -> currentVersion(itemId), "Programme item");
            ItemResponse after = items.find(caller.jurisdictionId(), itemId).item();
            audit.record(caller, "CANCEL", "programme_item", itemId, current.item(), after);
            amend(caller, programme, after, current.item(), "CANCELLED", amendmentReason);
        } else {
            int deleted = sql.exec("DELETE FROM programme_item WHERE id = ? AND version = ?", itemId, current.item().version());
            Versions.requireWritten(deleted, () -> currentVersion(itemId), "Programme item");
            audit.record(caller, "DELETE", "programme_item", itemId, current.item(), null);
        }
        touch(programme.id());
    }

    /**
     * Merge (gộp) two clashing items that are one activity: the kept item takes the other's leaders, bodies, units and
     * persons, and the other is removed. The Party Committee Office does this while consolidating (both programmes
     * submitted or consolidated); an office may do it within its own drafts.
     */
    @Transactional
    public ItemWriteResponse merge(Caller caller, CalendarDtos.ClashMergeRequest request) {
        CalendarAccess.requireOfficeStaff(caller);
        if (request.itemId().equals(request.otherItemId())) {
            throw ProblemException.invalid("otherItemId", "must be another item");
        }
        CalendarItems.Loaded kept = visible(caller, request.itemId());
        CalendarItems.Loaded merged = visible(caller, request.otherItemId());
        Programmes.Row keptProgramme = programmes.load(caller, kept.item().programmeId(), true);
        Programmes.Row mergedProgramme = programmes.load(caller, merged.item().programmeId(), true);
        boolean consolidating = caller.officeId().equals(programmes.partyCommitteeOffice(caller))
                && isConsolidating(keptProgramme.status()) && isConsolidating(mergedProgramme.status());
        boolean ownDrafts = caller.officeId().equals(keptProgramme.officeId()) && caller.officeId().equals(mergedProgramme.officeId())
                && isDraft(keptProgramme.status()) && isDraft(mergedProgramme.status());
        if (!consolidating && !ownDrafts) {
            throw ProblemException.forbidden("Items are merged by the Party Committee Office while consolidating, or by an office within its own drafts.");
        }
        boolean clash = !kept.item().cancelled() && !merged.item().cancelled()
                && !ClashRules.between(Clashes.slotOf(kept), Clashes.slotOf(merged)).isEmpty();
        if (!clash) {
            throw ProblemException.conflict("Only clashing items can be merged.");
        }
        ItemResponse before = kept.item();
        ItemResponse other = merged.item();
        LinkedHashSet<UUID> leaders = new LinkedHashSet<>(before.leaders().stream().map(CalendarDtos.LeaderRef::id).toList());
        other.leaders().forEach(l -> leaders.add(l.id()));
        LinkedHashSet<UUID> bodies = new LinkedHashSet<>(before.participantBodies().stream().map(CalendarDtos.NamedRef::id).toList());
        other.participantBodies().forEach(b -> bodies.add(b.id()));
        LinkedHashSet<UUID> units = new LinkedHashSet<>(before.participantUnits().stream().map(CalendarDtos.NamedRef::id).toList());
        other.participantUnits().forEach(u -> units.add(u.id()));
        LinkedHashSet<String> persons = new LinkedHashSet<>(before.participantPersons());
        persons.addAll(other.participantPersons());
        String note = "Gộp với «" + other.title() + "» (" + other.bodyName() + "): " + request.note().strip();
        sql.exec("""
                UPDATE programme_item SET leader_ids = ?, participant_body_ids = ?, participant_unit_ids = ?, participant_persons = ?,
                       notes = left(coalesce(notes || chr(10), '') || ?, 4000), version = version + 1, updated_at = ? WHERE id = ?""",
                leaders.toArray(UUID[]::new), bodies.toArray(UUID[]::new), units.toArray(UUID[]::new), persons.toArray(String[]::new), note, now(), before.id());
        sql.exec("DELETE FROM programme_item WHERE id = ?", other.id());
        touch(keptProgramme.id());
        touch(mergedProgramme.id());
        CalendarItems.Loaded saved = items.find(caller.jurisdictionId(), before.id());
        ItemResponse after = saved.item();
        audit.record(caller, "MERGE", "programme_item", before.id(), before, after);
        audit.record(caller, "DELETE", "programme_item", other.id(), other, null);
        if (!mergedProgramme.officeId().equals(caller.officeId())) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, mergedProgramme.officeId(), new Notifier.Message("PROGRAMME_ITEM_MERGED",
                    "Hoạt động đã được gộp khi tổng hợp", "«" + other.title() + "» " + Clashes.when(other) + " được gộp vào «" + after.title()
                    + "» (" + after.bodyName() + "): " + request.note().strip(), "/programmes/" + mergedProgramme.id(), "programme", mergedProgramme.id().toString()));
        }
        return new ItemWriteResponse(after, clashesOf(caller, saved));
    }

    private static boolean isConsolidating(ProgrammeStatus status) {
        return status == ProgrammeStatus.SUBMITTED || status == ProgrammeStatus.CONSOLIDATED;
    }

    private static boolean isDraft(ProgrammeStatus status) {
        return status == ProgrammeStatus.DRAFT || status == ProgrammeStatus.RETURNED;
    }

    @Transactional(readOnly = true)
    public List<ClashResponse> check(Caller caller, ClashCheckRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The end must be after the start.",
                    List.of(new Problem.FieldError("endsAt", "must be after startsAt")), Map.of());
        }
        List<UUID> details = links.lineage(caller, request.periodKind(), request.startsAt().toInstant(), request.endsAt().toInstant(), request.detailsItemId());
        ClashRules.Slot slot = new ClashRules.Slot(request.excludeItemId(), request.startsAt().toInstant(), request.endsAt().toInstant(),
                set(request.leaderIds()), null, set(request.participantBodyIds()), set(request.participantUnitIds()),
                request.localityUnitId(), details);
        return clashes.forSlot(caller, new Clashes.Typed(request.periodKind(), slot, request.venue(), null, null));
    }

    @Transactional(readOnly = true)
    public List<AmendmentResponse> amendments(Caller caller, UUID programmeId) {
        programmes.load(caller, programmeId, false);
        return sql.rows("SELECT revision, item_id, change, reason, amended_by_name, amended_at FROM programme_amendment WHERE programme_id = ? ORDER BY revision",
                programmeId).stream().map(r -> new AmendmentResponse((Integer) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Timestamp) r[5]).toInstant().atZone(Zones.VIETNAM).toOffsetDateTime())).toList();
    }

    private List<ClashResponse> clashesOf(Caller caller, CalendarItems.Loaded saved) {
        return clashes.forSlot(caller, Clashes.typed(saved));
    }

    private CalendarItems.Loaded visible(Caller caller, UUID itemId) {
        CalendarItems.Loaded loaded = items.find(caller.jurisdictionId(), itemId);
        if (loaded == null || !CalendarAccess.sees(caller, loaded.ownerOffice(), loaded.item().programmeStatus())) {
            throw ProblemException.notFound("Programme item");
        }
        return loaded;
    }

    /** The programme, locked, if the caller's office owns it and it may be changed now. */
    private Programmes.Row writable(Caller caller, UUID programmeId, @Nullable String amendmentReason) {
        Programmes.Row programme = programmes.load(caller, programmeId, true);
        if (!CalendarAccess.isOfficeStaff(caller) || !caller.officeId().equals(programme.officeId())) {
            throw ProblemException.forbidden("Only the office that drafts this programme can change its items.");
        }
        switch (programme.status()) {
            case DRAFT, RETURNED -> {
            }
            case PUBLISHED -> {
                if (amendmentReason == null || amendmentReason.isBlank()) {
                    throw ProblemException.conflict("The programme is published: a change is an amendment (điều chỉnh); send amendmentReason.");
                }
            }
            default -> throw ProblemException.conflict("The programme is " + programme.status()
                    + " and cannot change until the Party Committee Office returns it (or, once published, by amendment).");
        }
        return programme;
    }

    private void validate(Caller caller, Programmes.Row programme, ItemRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = request.startsAt().toInstant();
        Instant end = request.endsAt().toInstant();
        if (!end.isAfter(start)) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        } else if (start.plus(CalendarItems.LONGEST).isBefore(end)) {
            errors.add(new Problem.FieldError("endsAt", "an item lasts at most " + CalendarItems.LONGEST.toDays() + " days"));
        } else {
            if (start.atZone(Zones.VIETNAM).toLocalDate().isBefore(programme.periodStart())) {
                errors.add(new Problem.FieldError("startsAt", "is before the programme's period (" + VietnameseDates.format(programme.periodStart()) + " – "
                        + VietnameseDates.format(programme.periodEnd()) + ")"));
            }
            if (end.minusNanos(1).atZone(Zones.VIETNAM).toLocalDate().isAfter(programme.periodEnd())) {
                errors.add(new Problem.FieldError("endsAt", "is after the programme's period (" + VietnameseDates.format(programme.periodStart()) + " – "
                        + VietnameseDates.format(programme.periodEnd()) + ")"));
            }
            if (request.allDay() && (!start.atZone(Zones.VIETNAM).toLocalTime().equals(LocalTime.MIDNIGHT)
                    || !end.atZone(Zones.VIETNAM).toLocalTime().equals(LocalTime.MIDNIGHT))) {
                errors.add(new Problem.FieldError("startsAt", "an all-day item starts and ends at midnight, Asia/Ho_Chi_Minh"));
            }
            links.refusal(caller, "detailsItemId", programme.periodKind(), start, end, request.detailsItemId()).ifPresent(errors::add);
        }
        UUID j = caller.jurisdictionId();
        unknown(errors, "leaderIds", request.leaders(), "SELECT count(*) FROM leader WHERE jurisdiction_id = ? AND active AND id = ANY (?)", j);
        unknown(errors, "participantBodyIds", request.bodies(), "SELECT count(*) FROM leadership_body WHERE jurisdiction_id = ? AND id = ANY (?)", j);
        unknown(errors, "participantUnitIds", request.units(), "SELECT count(*) FROM unit WHERE jurisdiction_id = ? AND id = ANY (?)", j);
        if (request.localityUnitId() != null) {
            unknown(errors, "localityUnitId", List.of(request.localityUnitId()), "SELECT count(*) FROM unit WHERE jurisdiction_id = ? AND id = ANY (?)", j);
        }
        unknown(errors, "servingOfficeId", List.of(request.servingOfficeId()), "SELECT count(*) FROM office WHERE jurisdiction_id = ? AND id = ANY (?)", j);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The item is inconsistent with its programme or refers to unknown data.", errors, Map.of());
        }
    }

    private void unknown(List<Problem.FieldError> errors, String field, List<UUID> ids, String countSql, UUID jurisdictionId) {
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.isEmpty()) {
            return;
        }
        Long found = sql.scalar(countSql, Long.class, jurisdictionId, distinct.toArray(UUID[]::new));
        if (found == null || found != distinct.size()) {
            errors.add(new Problem.FieldError(field, "refers to an unknown " + (field.startsWith("leader") ? "leader" : field.contains("Body") ? "leadership body"
                    : field.contains("Office") ? "office" : "unit") + " of your jurisdiction"));
        }
    }

    /** Records an amendment of a published programme and tells every office and unit whose items or participants it touches. */
    private void amend(Caller caller, Programmes.Row programme, ItemResponse after, @Nullable ItemResponse before, String change, String reason) {
        amendments.recordIfPublished(caller, programme.id(), after.id(), change, reason);
        Set<UUID> leaders = new HashSet<>();
        Set<UUID> bodies = new HashSet<>();
        Set<UUID> units = new HashSet<>();
        Set<UUID> offices = new LinkedHashSet<>(List.of(programme.officeId(), after.servingOfficeId()));
        for (ItemResponse version : before == null ? List.of(after) : List.of(before, after)) {
            version.leaders().forEach(l -> leaders.add(l.id()));
            version.participantBodies().forEach(b -> bodies.add(b.id()));
            version.participantUnits().forEach(u -> units.add(u.id()));
            offices.add(version.servingOfficeId());
        }
        for (Object[] row : sql.rows("""
                SELECT office_id FROM leadership_body WHERE id = ANY (?)
                UNION SELECT b.office_id FROM leader l JOIN leadership_body b ON b.id = l.body_id WHERE l.id = ANY (?)
                UNION SELECT id FROM office WHERE jurisdiction_id = ? AND kind = 'PARTY_COMMITTEE_OFFICE'""",
                bodies.toArray(UUID[]::new), leaders.toArray(UUID[]::new), caller.jurisdictionId())) {
            offices.add((UUID) row[0]);
        }
        String label = switch (change) {
            case "ADDED" -> "bổ sung";
            case "CANCELLED" -> "hủy";
            default -> "thay đổi";
        };
        Notifier.Message message = new Notifier.Message("PROGRAMME_AMENDED", "Điều chỉnh chương trình công tác",
                programme.title() + ": " + label + " hoạt động «" + after.title() + "» " + Clashes.when(after) + ". Lý do: " + reason.strip(),
                "/programmes/" + programme.id(), "programme", programme.id().toString());
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        offices.forEach(o -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o, message)));
        units.forEach(u -> deliveries.add(new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.UNIT, u, message)));
        notifier.sendAll(deliveries);
    }

    /** The item's version now, or null when it is gone: what a conditional write that changed nothing is answered with. */
    private Long currentVersion(UUID itemId) {
        return sql.scalar("SELECT version FROM programme_item WHERE id = ?", Long.class, itemId);
    }

    private void touch(UUID programmeId) {
        sql.exec("UPDATE programme SET updated_at = ?, version = version + 1 WHERE id = ?", now(), programmeId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID[] ids(List<UUID> ids) {
        return new LinkedHashSet<>(ids).toArray(UUID[]::new);
    }

    private static Set<UUID> set(@Nullable List<UUID> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
