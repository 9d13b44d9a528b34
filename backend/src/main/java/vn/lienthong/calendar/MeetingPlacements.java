package vn.lienthong.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.calendar.api.MeetingCalendar;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each meeting's item in the weekly programme of its body's calendar. The meeting's host office decides the
 * meeting, so its item follows the meeting whatever the programme's state; a published programme records the change as
 * an amendment (new revision, item sequence +1) so subscribers of the feeds see it.
 */
@Singleton
class MeetingPlacements implements MeetingCalendar {
    private final Sql sql;
    private final CalendarItems items;
    private final Clashes clashes;
    private final SubmissionDeadlines deadlines;
    private final AuditTrail audit;
    private final Amendments amendments;
    private final Clock clock;

    MeetingPlacements(Sql sql, CalendarItems items, Clashes clashes, SubmissionDeadlines deadlines, AuditTrail audit, Amendments amendments, Clock clock) {
        this.amendments = amendments;
        this.sql = sql;
        this.items = items;
        this.clashes = clashes;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Placement place(Caller caller, MeetingSlot slot) {
        Object[] calendar = sql.row("SELECT c.id, c.office_id, b.name_vi FROM calendar c JOIN leadership_body b ON b.id = c.body_id WHERE c.body_id = ? AND c.jurisdiction_id = ?",
                slot.bodyId(), caller.jurisdictionId());
        UUID calendarId = (UUID) calendar[0];
        LocalDate week = PeriodKind.WEEK.startOf(slot.startsAt().atZone(Zones.VIETNAM).toLocalDate());
        UUID programmeId = weeklyProgramme(caller, calendarId, (UUID) calendar[1], (String) calendar[2], week);
        Instant now = now();
        Object[] existing = sql.row("SELECT id, programme_id FROM programme_item WHERE meeting_id = ? AND jurisdiction_id = ? AND NOT cancelled",
                slot.meetingId(), caller.jurisdictionId());
        UUID itemId;
        CalendarDtos.ItemResponse before = null;
        if (existing == null) {
            itemId = UUID.randomUUID();
            sql.exec("""
                    INSERT INTO programme_item (id, jurisdiction_id, programme_id, calendar_id, period_kind, title, starts_at, ends_at, all_day, venue,
                                                leader_ids, participant_body_ids, participant_unit_ids, serving_office_id, visibility, meeting_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'WEEK', ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    itemId, caller.jurisdictionId(), programmeId, calendarId, slot.title(), slot.startsAt(), slot.endsAt(), slot.venue(), ids(slot.leaderIds()),
                    ids(slot.participantBodyIds()), ids(slot.participantUnitIds()), slot.servingOfficeId(), slot.publicItem() ? "PUBLIC" : "INTERNAL",
                    slot.meetingId(), now, now);
            amendments.recordIfPublished(caller, programmeId, itemId, "ADDED", slot.reason());
        } else {
            itemId = (UUID) existing[0];
            UUID previousProgramme = (UUID) existing[1];
            before = items.find(caller.jurisdictionId(), itemId).item();
            sql.exec("""
                    UPDATE programme_item SET programme_id = ?, calendar_id = ?, title = ?, starts_at = ?, ends_at = ?, venue = ?, leader_ids = ?,
                           participant_body_ids = ?, participant_unit_ids = ?, serving_office_id = ?, visibility = ?, sequence = sequence + 1,
                           version = version + 1, updated_at = ?
                    WHERE id = ?""",
                    programmeId, calendarId, slot.title(), slot.startsAt(), slot.endsAt(), slot.venue(), ids(slot.leaderIds()), ids(slot.participantBodyIds()),
                    ids(slot.participantUnitIds()), slot.servingOfficeId(), slot.publicItem() ? "PUBLIC" : "INTERNAL", now, itemId);
            if (!previousProgramme.equals(programmeId)) {
                amendments.recordIfPublished(caller, previousProgramme, itemId, "CANCELLED", slot.reason());
                touch(previousProgramme);
                amendments.recordIfPublished(caller, programmeId, itemId, "ADDED", slot.reason());
            } else {
                amendments.recordIfPublished(caller, programmeId, itemId, "CHANGED", slot.reason());
            }
        }
        touch(programmeId);
        CalendarItems.Loaded saved = items.find(caller.jurisdictionId(), itemId);
        audit.record(caller, before == null ? "CREATE" : "UPDATE", "programme_item", itemId, before, saved.item());
        return new Placement(itemId, programmeId, notes(caller, saved));
    }

    @Override
    @Transactional
    public void withdraw(Caller caller, UUID meetingId, String reason) {
        Object[] existing = sql.row("""
                SELECT i.id, i.programme_id, p.status FROM programme_item i JOIN programme p ON p.id = i.programme_id
                WHERE i.meeting_id = ? AND i.jurisdiction_id = ? AND NOT i.cancelled""", meetingId, caller.jurisdictionId());
        if (existing == null) {
            return;
        }
        UUID itemId = (UUID) existing[0];
        UUID programmeId = (UUID) existing[1];
        CalendarDtos.ItemResponse before = items.find(caller.jurisdictionId(), itemId).item();
        if ("PUBLISHED".equals(existing[2])) {
            sql.exec("UPDATE programme_item SET cancelled = true, cancel_reason = ?, sequence = sequence + 1, version = version + 1, updated_at = ? WHERE id = ?",
                    reason, now(), itemId);
            amendments.recordIfPublished(caller, programmeId, itemId, "CANCELLED", reason);
            audit.record(caller, "CANCEL", "programme_item", itemId, before, items.find(caller.jurisdictionId(), itemId).item());
        } else {
            sql.exec("DELETE FROM programme_item WHERE id = ?", itemId);
            audit.record(caller, "DELETE", "programme_item", itemId, before, null);
        }
        touch(programmeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClashNote> clashesOf(Caller caller, UUID meetingId) {
        UUID itemId = sql.scalar("SELECT id FROM programme_item WHERE meeting_id = ? AND jurisdiction_id = ? AND NOT cancelled", UUID.class,
                meetingId, caller.jurisdictionId());
        return itemId == null ? List.of() : notes(caller, items.find(caller.jurisdictionId(), itemId));
    }

    /**
     * A meeting is compared with the activities of every programme, as every item is: the monthly programme of a body
     * often holds the activity the meeting collides with.
     */
    private List<ClashNote> notes(Caller caller, CalendarItems.Loaded saved) {
        return clashes.forSlot(caller, Clashes.typed(saved)).stream()
                .map(c -> new ClashNote(c.severity().name(), c.kind().name(), c.message())).toList();
    }

    /** The body's programme for the week, created as a draft of the body's office if there is none yet. */
    private UUID weeklyProgramme(Caller caller, UUID calendarId, UUID officeId, String bodyName, LocalDate week) {
        UUID found = sql.scalar("SELECT id FROM programme WHERE calendar_id = ? AND period_kind = 'WEEK' AND period_start = ?", UUID.class, calendarId, week);
        if (found != null) {
            return found;
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        sql.exec("""
                INSERT INTO programme (id, jurisdiction_id, calendar_id, office_id, period_kind, period_start, period_end, title, status, deadline,
                                       created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'WEEK', ?, ?, ?, 'DRAFT', ?, ?, ?, ?)
                ON CONFLICT (calendar_id, period_kind, period_start) DO NOTHING""",
                id, caller.jurisdictionId(), calendarId, officeId, week, PeriodKind.WEEK.endOf(week),
                "Chương trình công tác " + Programmes.periodLabel(PeriodKind.WEEK, week) + " của " + bodyName,
                deadlines.rule(caller.jurisdictionId(), PeriodKind.WEEK).deadlineFor(week), caller.id(), now, now);
        return sql.scalar("SELECT id FROM programme WHERE calendar_id = ? AND period_kind = 'WEEK' AND period_start = ?", UUID.class, calendarId, week);
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
}
