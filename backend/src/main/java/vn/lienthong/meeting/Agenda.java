package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ordered agenda (chương trình hội nghị): items with presenter and time slot, written by the host office before the meeting is held. */
@Singleton
public class Agenda {

    @Serdeable
    @Schema(name = "AgendaItemRequest", description = "An agenda item; `position` 1 is first (by default it goes last)",
            example = "{\"position\":1,\"title\":\"Báo cáo tình hình kinh tế – xã hội tháng 11\",\"presenter\":\"Giám đốc Sở Tài chính\","
                    + "\"startsAt\":\"2026-11-27T08:00:00+07:00\",\"endsAt\":\"2026-11-27T08:45:00+07:00\",\"notes\":null}")
    public record ItemRequest(@Schema(description = "Place in the agenda", nullable = true) @Nullable @Min(1) Integer position,
                              @Schema(description = "Title") @NotBlank @Size(max = 500) String title,
                              @Schema(description = "Who presents", nullable = true) @Nullable @Size(max = 300) String presenter,
                              @Schema(description = "Slot start", nullable = true) @Nullable OffsetDateTime startsAt,
                              @Schema(description = "Slot end", nullable = true) @Nullable OffsetDateTime endsAt,
                              @Schema(description = "Notes", nullable = true) @Nullable @Size(max = 2000) String notes) {
    }

    @Serdeable
    @Schema(name = "AgendaItemResponse", description = "An agenda item",
            example = "{\"id\":\"" + MeetingDtos.ID + "\",\"meetingId\":\"" + MeetingDtos.ID + "\",\"position\":1,\"title\":\"Báo cáo tình hình kinh tế – xã hội tháng 11\","
                    + "\"presenter\":\"Giám đốc Sở Tài chính\",\"startsAt\":\"2026-11-27T08:00:00+07:00\",\"endsAt\":\"2026-11-27T08:45:00+07:00\",\"notes\":null,\"version\":0}")
    public record ItemResponse(@Schema(description = "Item id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                               @Schema(description = "Place in the agenda") int position, @Schema(description = "Title") String title,
                               @Schema(description = "Presenter", nullable = true) @Nullable String presenter,
                               @Schema(description = "Slot start", nullable = true) @Nullable OffsetDateTime startsAt,
                               @Schema(description = "Slot end", nullable = true) @Nullable OffsetDateTime endsAt,
                               @Schema(description = "Notes", nullable = true) @Nullable String notes,
                               @Schema(description = "Version (the ETag)") long version) {
    }

    private final Sql sql;
    private final Meetings meetings;
    private final AuditTrail audit;

    Agenda(Sql sql, Meetings meetings, AuditTrail audit) {
        this.sql = sql;
        this.meetings = meetings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ItemResponse> list(Caller caller, UUID meetingId) {
        meetings.load(caller, meetingId, false);
        return sql.query("SELECT * FROM meeting_agenda_item WHERE meeting_id = ? ORDER BY position", rs -> new ItemResponse(SqlPages.uuid(rs, "id"),
                meetingId, rs.getInt("position"), rs.getString("title"), rs.getString("presenter"), Meetings.at(SqlPages.instant(rs, "starts_at")),
                Meetings.at(SqlPages.instant(rs, "ends_at")), rs.getString("notes"), rs.getLong("version")), meetingId);
    }

    @Transactional
    public ItemResponse add(Caller caller, UUID meetingId, ItemRequest request) {
        Meetings.Row meeting = writable(caller, meetingId);
        validate(request);
        int count = sql.scalar("SELECT count(*) FROM meeting_agenda_item WHERE meeting_id = ?", Long.class, meetingId).intValue();
        int position = request.position() == null ? count + 1 : Math.min(request.position(), count + 1);
        sql.exec("UPDATE meeting_agenda_item SET position = position + 1 WHERE meeting_id = ? AND position >= ?", meetingId, position);
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO meeting_agenda_item (id, meeting_id, position, title, presenter, starts_at, ends_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id, meetingId, position, request.title().strip(), Meetings.blankToNull(request.presenter()), instant(request.startsAt()), instant(request.endsAt()),
                Meetings.blankToNull(request.notes()));
        meetings.touch(meeting.id());
        ItemResponse created = find(meetingId, id);
        audit.record(caller, "CREATE", "meeting_agenda_item", id, null, created);
        return created;
    }

    @Transactional
    public ItemResponse update(Caller caller, UUID meetingId, UUID itemId, @Nullable String ifMatch, ItemRequest request) {
        Meetings.Row meeting = writable(caller, meetingId);
        ItemResponse before = find(meetingId, itemId);
        Versions.requireIfMatch(ifMatch, before.version());
        validate(request);
        int count = sql.scalar("SELECT count(*) FROM meeting_agenda_item WHERE meeting_id = ?", Long.class, meetingId).intValue();
        int position = request.position() == null ? before.position() : Math.min(request.position(), count);
        if (position != before.position()) {
            // take the item out of the order, then make room where it goes
            sql.exec("UPDATE meeting_agenda_item SET position = position - 1 WHERE meeting_id = ? AND position > ?", meetingId, before.position());
            sql.exec("UPDATE meeting_agenda_item SET position = position + 1 WHERE meeting_id = ? AND position >= ? AND id <> ?", meetingId, position, itemId);
        }
        int updated = sql.exec("UPDATE meeting_agenda_item SET position = ?, title = ?, presenter = ?, starts_at = ?, ends_at = ?, notes = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?", position, request.title().strip(), Meetings.blankToNull(request.presenter()), instant(request.startsAt()),
                instant(request.endsAt()), Meetings.blankToNull(request.notes()), itemId, before.version());
        Versions.requireWritten(updated, () -> sql.scalar("SELECT version FROM meeting_agenda_item WHERE id = ?", Long.class, itemId), "Agenda item");
        meetings.touch(meeting.id());
        ItemResponse after = find(meetingId, itemId);
        audit.record(caller, "UPDATE", "meeting_agenda_item", itemId, before, after);
        return after;
    }

    @Transactional
    public void delete(Caller caller, UUID meetingId, UUID itemId) {
        Meetings.Row meeting = writable(caller, meetingId);
        ItemResponse before = find(meetingId, itemId);
        sql.exec("DELETE FROM meeting_agenda_item WHERE id = ?", itemId);
        sql.exec("UPDATE meeting_agenda_item SET position = position - 1 WHERE meeting_id = ? AND position > ?", meetingId, before.position());
        meetings.touch(meeting.id());
        audit.record(caller, "DELETE", "meeting_agenda_item", itemId, before, null);
    }

    private Meetings.Row writable(Caller caller, UUID meetingId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.status().upcoming()) {
            throw ProblemException.conflict("The agenda is set before the meeting; it is " + meeting.status() + ".");
        }
        return meeting;
    }

    private ItemResponse find(UUID meetingId, UUID itemId) {
        List<ItemResponse> found = sql.query("SELECT * FROM meeting_agenda_item WHERE id = ? AND meeting_id = ?", rs -> new ItemResponse(SqlPages.uuid(rs, "id"),
                meetingId, rs.getInt("position"), rs.getString("title"), rs.getString("presenter"), Meetings.at(SqlPages.instant(rs, "starts_at")),
                Meetings.at(SqlPages.instant(rs, "ends_at")), rs.getString("notes"), rs.getLong("version")), itemId, meetingId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Agenda item");
        }
        return found.get(0);
    }

    private static void validate(ItemRequest request) {
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The agenda item's slot ends before it starts.",
                    List.of(new Problem.FieldError("endsAt", "must be after startsAt")), Map.of());
        }
    }

    private static java.time.Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
