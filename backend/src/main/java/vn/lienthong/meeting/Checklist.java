package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.meeting.MeetingDtos.NamedRef;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The preparation checklist (công tác chuẩn bị, cơ sở vật chất): hall, sound and screens, documents, reception, security,
 * press … each assigned to one office or unit with a due time, ticked off with who and when. The assignee finds it in its
 * inbox; the host sees what is still open before its meetings.
 */
@Singleton
public class Checklist {
    static final String EXAMPLE_ID = MeetingDtos.ID;

    @Schema(description = "What kind of preparation")
    public enum Category { HALL, SOUND_AND_SCREENS, DOCUMENTS, RECEPTION, SECURITY, PRESS, CONNECTION, OTHER }

    @Schema(description = "Whose tasks: assigned to the caller's office or unit, or of the meetings the caller's office hosts")
    public enum Scope { ASSIGNED, HOSTED }

    @Serdeable
    @Schema(name = "MeetingTaskRequest", description = "A preparation task, assigned to exactly one office or unit",
            example = "{\"category\":\"SOUND_AND_SCREENS\",\"title\":\"Chuẩn bị âm thanh, màn hình và đường truyền tại hội trường\",\"assigneeOfficeId\":\""
                    + EXAMPLE_ID + "\",\"assigneeUnitId\":null,\"dueAt\":\"2026-11-26T16:00:00+07:00\",\"note\":null}")
    public record TaskRequest(@Schema(description = "Kind of preparation") @NotNull Category category,
                              @Schema(description = "What to do") @NotBlank @Size(max = 500) String title,
                              @Schema(description = "The office that does it", nullable = true) @Nullable UUID assigneeOfficeId,
                              @Schema(description = "Or the unit that does it", nullable = true) @Nullable UUID assigneeUnitId,
                              @Schema(description = "Due time") @NotNull OffsetDateTime dueAt,
                              @Schema(description = "Details", nullable = true) @Nullable @Size(max = 2000) String note) {
    }

    @Serdeable
    @Schema(name = "MeetingTaskCompletion", description = "Ticking a task off", example = "{\"note\":\"Đã kiểm tra âm thanh và kết nối với 12 điểm cầu\"}")
    public record CompletionRequest(@Schema(description = "What was done", nullable = true) @Nullable @Size(max = 2000) String note) {
    }

    @Serdeable
    @Schema(name = "MeetingTaskResponse", description = "A preparation task with its meeting, assignee and state",
            example = "{\"id\":\"" + EXAMPLE_ID + "\",\"meetingId\":\"" + EXAMPLE_ID + "\",\"meetingTitle\":\"Hội nghị Thường trực Thành ủy tháng 11\","
                    + "\"meetingStartsAt\":\"2026-11-27T08:00:00+07:00\",\"meetingStatus\":\"INVITED\",\"hostOffice\":" + MeetingDtos.REF + ","
                    + "\"category\":\"SOUND_AND_SCREENS\",\"title\":\"Chuẩn bị âm thanh, màn hình\",\"assigneeOffice\":" + MeetingDtos.REF + ",\"assigneeUnit\":null,"
                    + "\"dueAt\":\"2026-11-26T16:00:00+07:00\",\"note\":null,\"done\":false,\"doneAt\":null,\"doneByName\":null,\"doneNote\":null,\"overdue\":false,"
                    + "\"canComplete\":true,\"version\":0}")
    public record TaskResponse(@Schema(description = "Task id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                               @Schema(description = "Meeting title") String meetingTitle, @Schema(description = "Meeting start") OffsetDateTime meetingStartsAt,
                               @Schema(description = "Meeting status") MeetingStatus meetingStatus, @Schema(description = "Host office") NamedRef hostOffice,
                               @Schema(description = "Kind of preparation") Category category, @Schema(description = "What to do") String title,
                               @Schema(description = "Assigned office", nullable = true) @Nullable NamedRef assigneeOffice,
                               @Schema(description = "Assigned unit", nullable = true) @Nullable NamedRef assigneeUnit,
                               @Schema(description = "Due time") OffsetDateTime dueAt, @Schema(description = "Details", nullable = true) @Nullable String note,
                               @Schema(description = "Ticked off") boolean done, @Schema(description = "When", nullable = true) @Nullable OffsetDateTime doneAt,
                               @Schema(description = "By whom", nullable = true) @Nullable String doneByName,
                               @Schema(description = "What was done", nullable = true) @Nullable String doneNote,
                               @Schema(description = "Open and past its due time") boolean overdue,
                               @Schema(description = "Whether the caller may tick it off now") boolean canComplete,
                               @Schema(description = "Version (the ETag)") long version) {
    }

    private static final String COLUMNS = """
            t.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at, m.status AS meeting_status, m.host_office_id, ho.name_vi AS host_office_name,
            ao.name_vi AS assignee_office_name, au.name AS assignee_unit_name""";
    private static final String FROM = """
            meeting_task t JOIN meeting m ON m.id = t.meeting_id JOIN office ho ON ho.id = m.host_office_id
            LEFT JOIN office ao ON ao.id = t.assignee_office_id LEFT JOIN unit au ON au.id = t.assignee_unit_id""";

    private final Sql sql;
    private final SqlPages pages;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final Notifier notifier;

    Checklist(Sql sql, SqlPages pages, Meetings meetings, AuditTrail audit, Notifier notifier) {
        this.sql = sql;
        this.pages = pages;
        this.meetings = meetings;
        this.audit = audit;
        this.notifier = notifier;
    }

    @Transactional(readOnly = true)
    public List<TaskResponse> list(Caller caller, UUID meetingId) {
        meetings.load(caller, meetingId, false);
        return sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE t.meeting_id = ? ORDER BY t.due_at, t.created_at", rs -> response(caller, rs), meetingId);
    }

    /** The caller's inbox (ASSIGNED: to its office or unit, from any meeting) or the host's view (HOSTED: its upcoming meetings). */
    @Transactional(readOnly = true)
    public PageResponse<TaskResponse> inbox(Caller caller, PageParams page, Scope scope, @Nullable Boolean open) {
        SqlPages.Query query = new SqlPages.Query(COLUMNS, FROM).tieBreaker("t.id")
                .where("t.jurisdiction_id = ?", caller.jurisdictionId())
                .where("m.status <> 'CANCELLED'")
                .sortable("dueAt", "t.due_at").sortable("meetingStartsAt", "m.starts_at").sortable("updatedAt", "t.updated_at")
                .defaultSort("dueAt")
                .search("search_normalize(t.title || ' ' || m.title)", page.q())
                .updatedSince("t.updated_at", page.updatedSince());
        if (scope == Scope.HOSTED) {
            MeetingAccess.requireOfficeStaff(caller);
            query.where("m.host_office_id = ?", caller.officeId()).where("m.status IN ('PLANNED', 'INVITED', 'POSTPONED')");
        } else if (MeetingAccess.isOfficeStaff(caller)) {
            query.where("t.assignee_office_id = ?", caller.officeId());
        } else if (caller.unitId() != null) {
            query.where("t.assignee_unit_id = ?", caller.unitId());
        } else {
            throw ProblemException.forbidden("Only offices and units are assigned preparation tasks.");
        }
        if (open != null) {
            query.where(open ? "t.done_at IS NULL" : "t.done_at IS NOT NULL");
        }
        return pages.page(query, page, rs -> response(caller, rs));
    }

    @Transactional
    public TaskResponse add(Caller caller, UUID meetingId, TaskRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.status().upcoming()) {
            throw ProblemException.conflict("Preparation tasks are planned before the meeting; it is " + meeting.status() + ".");
        }
        validate(caller, request);
        UUID id = UUID.randomUUID();
        sql.exec("""
                INSERT INTO meeting_task (id, jurisdiction_id, meeting_id, category, title, assignee_office_id, assignee_unit_id, due_at, note, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, caller.jurisdictionId(), meetingId, request.category(), request.title().strip(),
                request.assigneeOfficeId(), request.assigneeUnitId(), request.dueAt().toInstant(), Meetings.blankToNull(request.note()), meetings.now(), meetings.now());
        meetings.touch(meetingId);
        TaskResponse created = get(caller, id);
        audit.record(caller, "CREATE", "meeting_task", id, null, created);
        tellAssignee(caller, meeting, created, "MEETING_TASK_ASSIGNED", "Nhiệm vụ chuẩn bị cuộc họp",
                meeting.hostOfficeName() + " đề nghị thực hiện: «" + created.title() + "» cho «" + meeting.title() + "» (" + meeting.when() + "), hạn "
                        + VietnameseDates.time(created.dueAt().toInstant()) + " " + VietnameseDates.format(created.dueAt().atZoneSameInstant(Zones.VIETNAM).toLocalDate()) + ".");
        return created;
    }

    @Transactional
    public TaskResponse update(Caller caller, UUID taskId, @Nullable String ifMatch, TaskRequest request) {
        TaskResponse before = get(caller, taskId);
        Meetings.Row meeting = meetings.load(caller, before.meetingId(), true);
        MeetingAccess.requireHost(caller, meeting);
        Versions.requireIfMatch(ifMatch, before.version());
        if (before.done()) {
            throw ProblemException.conflict("The task is done; it no longer changes.");
        }
        validate(caller, request);
        int updated = sql.exec("""
                UPDATE meeting_task SET category = ?, title = ?, assignee_office_id = ?, assignee_unit_id = ?, due_at = ?, note = ?, version = version + 1,
                       updated_at = ? WHERE id = ? AND version = ?""", request.category(), request.title().strip(), request.assigneeOfficeId(),
                request.assigneeUnitId(), request.dueAt().toInstant(), Meetings.blankToNull(request.note()), meetings.now(), taskId, before.version());
        // the task was read before the meeting was locked: the row count, not that read, decides whether this request won
        Versions.requireWritten(updated, () -> sql.scalar("SELECT version FROM meeting_task WHERE id = ?", Long.class, taskId), "Meeting task");
        meetings.touch(meeting.id());
        TaskResponse after = get(caller, taskId);
        audit.record(caller, "UPDATE", "meeting_task", taskId, before, after);
        boolean reassigned = !java.util.Objects.equals(ref(before.assigneeOffice()), ref(after.assigneeOffice()))
                || !java.util.Objects.equals(ref(before.assigneeUnit()), ref(after.assigneeUnit()));
        if (reassigned) {
            tellAssignee(caller, meeting, after, "MEETING_TASK_ASSIGNED", "Nhiệm vụ chuẩn bị cuộc họp",
                    meeting.hostOfficeName() + " đề nghị thực hiện: «" + after.title() + "» cho «" + meeting.title() + "» (" + meeting.when() + ").");
        }
        return after;
    }

    private static UUID ref(@Nullable NamedRef ref) {
        return ref == null ? null : ref.id();
    }

    @Transactional
    public void delete(Caller caller, UUID taskId) {
        TaskResponse before = get(caller, taskId);
        Meetings.Row meeting = meetings.load(caller, before.meetingId(), true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.status().upcoming()) {
            throw ProblemException.conflict("The meeting is " + meeting.status() + "; its checklist is kept as it was.");
        }
        sql.exec("DELETE FROM meeting_task WHERE id = ?", taskId);
        meetings.touch(meeting.id());
        audit.record(caller, "DELETE", "meeting_task", taskId, before, null);
    }

    /** Ticked off by the assigned office or unit, or by the host office. */
    @Transactional
    public TaskResponse complete(Caller caller, UUID taskId, @Nullable String note) {
        TaskResponse before = get(caller, taskId);
        Meetings.Row meeting = meetings.load(caller, before.meetingId(), true);
        if (!before.canComplete()) {
            if (!mayComplete(caller, meeting.hostOfficeId(), ref(before.assigneeOffice()), ref(before.assigneeUnit()))) {
                throw ProblemException.forbidden("A task is ticked off by the office or unit it is assigned to, or by the host office.");
            }
            throw ProblemException.conflict(before.done() ? "The task is already done (" + before.doneByName() + ")." : "The meeting is " + meeting.status() + ".");
        }
        sql.exec("UPDATE meeting_task SET done_at = ?, done_by = ?, done_by_name = ?, done_note = ?, version = version + 1, updated_at = ? WHERE id = ?",
                meetings.now(), caller.id(), caller.name(), Meetings.blankToNull(note), meetings.now(), taskId);
        meetings.touch(meeting.id());
        TaskResponse after = get(caller, taskId);
        audit.record(caller, "COMPLETE", "meeting_task", taskId, before, after);
        if (!meeting.hostOfficeId().equals(caller.officeId())) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, meeting.hostOfficeId(), Meetings.message(meeting, "MEETING_TASK_DONE",
                    "Đã hoàn thành nhiệm vụ chuẩn bị", caller.name() + " đã hoàn thành «" + after.title() + "» cho «" + meeting.title() + "»."));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public TaskResponse get(Caller caller, UUID taskId) {
        List<TaskResponse> found = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE t.id = ? AND t.jurisdiction_id = ?", rs -> response(caller, rs),
                taskId, caller.jurisdictionId());
        if (found.isEmpty()) {
            throw ProblemException.notFound("Meeting task");
        }
        meetings.load(caller, found.get(0).meetingId(), false);
        return found.get(0);
    }

    private TaskResponse response(Caller caller, ResultSet rs) throws SQLException {
        UUID office = SqlPages.uuid(rs, "assignee_office_id");
        UUID unit = SqlPages.uuid(rs, "assignee_unit_id");
        UUID host = SqlPages.uuid(rs, "host_office_id");
        MeetingStatus status = MeetingStatus.valueOf(rs.getString("meeting_status"));
        boolean done = rs.getTimestamp("done_at") != null;
        java.time.Instant due = SqlPages.instant(rs, "due_at");
        return new TaskResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "meeting_id"), rs.getString("meeting_title"),
                Meetings.at(SqlPages.instant(rs, "meeting_starts_at")), status, new NamedRef(host, rs.getString("host_office_name")),
                Category.valueOf(rs.getString("category")), rs.getString("title"), office == null ? null : new NamedRef(office, rs.getString("assignee_office_name")),
                unit == null ? null : new NamedRef(unit, rs.getString("assignee_unit_name")), Meetings.at(due), rs.getString("note"), done,
                Meetings.at(SqlPages.instant(rs, "done_at")), rs.getString("done_by_name"), rs.getString("done_note"),
                !done && due.isBefore(meetings.now()), !done && status != MeetingStatus.CANCELLED && status != MeetingStatus.CLOSED
                && mayComplete(caller, host, office, unit), rs.getLong("version"));
    }

    private static boolean mayComplete(Caller caller, UUID host, @Nullable UUID office, @Nullable UUID unit) {
        if (MeetingAccess.isOfficeStaff(caller)) {
            return caller.officeId().equals(host) || caller.officeId().equals(office);
        }
        return caller.unitId() != null && caller.unitId().equals(unit);
    }

    private void validate(Caller caller, TaskRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((request.assigneeOfficeId() == null) == (request.assigneeUnitId() == null)) {
            errors.add(new Problem.FieldError("assigneeOfficeId", "assign the task to exactly one office or one unit"));
        } else if (request.assigneeOfficeId() != null
                && sql.scalar("SELECT count(*) FROM office WHERE id = ? AND jurisdiction_id = ?", Long.class, request.assigneeOfficeId(), caller.jurisdictionId()) == 0) {
            errors.add(new Problem.FieldError("assigneeOfficeId", "no such office in your jurisdiction"));
        } else if (request.assigneeUnitId() != null
                && sql.scalar("SELECT count(*) FROM unit WHERE id = ? AND jurisdiction_id = ?", Long.class, request.assigneeUnitId(), caller.jurisdictionId()) == 0) {
            errors.add(new Problem.FieldError("assigneeUnitId", "no such unit in your jurisdiction"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The task must be assigned to one office or unit of your jurisdiction.", errors, Map.of());
        }
    }

    private void tellAssignee(Caller caller, Meetings.Row meeting, TaskResponse task, String kind, String title, String body) {
        Notifier.Message message = new Notifier.Message(kind, title, body, "/meeting-tasks", "meeting", meeting.id().toString());
        if (task.assigneeOffice() != null && !task.assigneeOffice().id().equals(caller.officeId())) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, task.assigneeOffice().id(), message);
        } else if (task.assigneeUnit() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, task.assigneeUnit().id(), message);
        }
    }

    /**
     * Reminds the office or unit of each open task of an upcoming meeting that is due within a day (or overdue), once a
     * day; an overdue task is also told to the host office. Returns the number of reminders sent.
     */
    @Transactional
    public int remind() {
        java.time.Instant now = meetings.now();
        java.time.LocalDate today = now.atZone(Zones.VIETNAM).toLocalDate();
        List<Object[]> due = sql.rows("""
                UPDATE meeting_task t SET reminded_on = ?
                FROM meeting m
                WHERE m.id = t.meeting_id AND t.done_at IS NULL AND t.due_at <= ? AND m.status IN ('PLANNED', 'INVITED', 'POSTPONED')
                  AND m.ends_at > ? AND (t.reminded_on IS NULL OR t.reminded_on < ?)
                RETURNING t.jurisdiction_id, t.meeting_id, t.title, t.due_at, t.assignee_office_id, t.assignee_unit_id, m.title, m.host_office_id""",
                today, now.plus(java.time.Duration.ofDays(1)), now, today);
        List<Notifier.Delivery> deliveries = new ArrayList<>();
        for (Object[] r : due) {
            UUID j = (UUID) r[0];
            java.time.Instant dueAt = ((java.sql.Timestamp) r[3]).toInstant();
            boolean overdue = dueAt.isBefore(now);
            String when = VietnameseDates.time(dueAt) + " " + VietnameseDates.format(dueAt.atZone(Zones.VIETNAM).toLocalDate());
            Notifier.Message message = new Notifier.Message(overdue ? "MEETING_TASK_OVERDUE" : "MEETING_TASK_DUE",
                    overdue ? "Nhiệm vụ chuẩn bị cuộc họp đã quá hạn" : "Sắp đến hạn nhiệm vụ chuẩn bị cuộc họp",
                    "«" + r[2] + "» cho «" + r[6] + "»: hạn " + when + (overdue ? ", chưa hoàn thành." : "."), "/meeting-tasks", "meeting", r[1].toString());
            if (r[4] != null) {
                deliveries.add(new Notifier.Delivery(j, Notifier.Recipient.OFFICE, (UUID) r[4], message));
            } else {
                deliveries.add(new Notifier.Delivery(j, Notifier.Recipient.UNIT, (UUID) r[5], message));
            }
            if (overdue && !r[7].equals(r[4])) {
                deliveries.add(new Notifier.Delivery(j, Notifier.Recipient.OFFICE, (UUID) r[7], message));
            }
        }
        notifier.sendAll(deliveries);
        return deliveries.size();
    }
}
