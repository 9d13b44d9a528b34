package vn.lienthong.meeting;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.ICalendarText;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invitees of a meeting (persons, leadership bodies, units), their replies — attend, absent with a reason, or send a
 * substitute (cử người dự thay) — the attendance taken at the meeting, and an iCalendar invitation per invitee.
 */
@Singleton
public class Invitations {

    @Schema(description = "Who is invited: a person, a leadership body (its office answers) or a unit")
    public enum InviteeKind { PERSON, BODY, UNIT }

    @Schema(description = "The invitee's answer")
    public enum Reply { PENDING, ATTEND, ABSENT, SUBSTITUTE }

    @Serdeable
    @Schema(name = "InviteeRequest", description = "An invitee: a person (a user of the system by `userId`, or a named guest), a body or a unit",
            example = "{\"kind\":\"UNIT\",\"userId\":null,\"personName\":null,\"personTitle\":null,\"email\":null,\"bodyId\":null,\"unitId\":\"" + MeetingDtos.ID + "\"}")
    public record InviteeRequest(@Schema(description = "Kind of invitee") @NotNull InviteeKind kind,
                                 @Schema(description = "A user of the system (PERSON)", nullable = true) @Nullable UUID userId,
                                 @Schema(description = "Name of a guest (PERSON without account)", nullable = true) @Nullable @Size(max = 200) String personName,
                                 @Schema(description = "Their title", nullable = true) @Nullable @Size(max = 300) String personTitle,
                                 @Schema(description = "E-mail for the .ics invitation", nullable = true) @Nullable @Size(max = 300) String email,
                                 @Schema(description = "Leadership body (BODY)", nullable = true) @Nullable UUID bodyId,
                                 @Schema(description = "Unit (UNIT)", nullable = true) @Nullable UUID unitId) {
    }

    @Serdeable
    @Schema(name = "InviteeReplyRequest", description = "The answer to an invitation",
            example = "{\"reply\":\"SUBSTITUTE\",\"reason\":\"Giám đốc đi công tác\",\"substituteName\":\"Phó Giám đốc Nguyễn Thị Lan\"}")
    public record ReplyRequest(@Schema(description = "ATTEND, ABSENT (with a reason) or SUBSTITUTE (with the substitute's name)") @NotNull Reply reply,
                               @Schema(description = "Reason (required when absent)", nullable = true) @Nullable @Size(max = 1000) String reason,
                               @Schema(description = "Who attends instead", nullable = true) @Nullable @Size(max = 200) String substituteName) {
    }

    @Serdeable
    @Schema(name = "AttendanceEntry", description = "Whether an invitee was present",
            example = "{\"inviteeId\":\"" + MeetingDtos.ID + "\",\"attended\":true,\"note\":null}")
    public record AttendanceEntry(@Schema(description = "Invitee") @NotNull UUID inviteeId, @Schema(description = "Present") @NotNull Boolean attended,
                                  @Schema(description = "Note", nullable = true) @Nullable @Size(max = 500) String note) {
    }

    @Serdeable
    @Schema(name = "AttendanceRequest", description = "The attendance taken at the meeting (điểm danh)",
            example = "{\"entries\":[{\"inviteeId\":\"" + MeetingDtos.ID + "\",\"attended\":true,\"note\":null}]}")
    public record AttendanceRequest(@Schema(description = "One entry per invitee recorded") @NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull AttendanceEntry> entries) {
    }

    @Serdeable
    @Schema(name = "InviteeResponse", description = "An invitee with the reply and attendance",
            example = "{\"id\":\"" + MeetingDtos.ID + "\",\"meetingId\":\"" + MeetingDtos.ID + "\",\"kind\":\"UNIT\",\"name\":\"Sở Nội vụ\",\"personTitle\":null,"
                    + "\"userId\":null,\"bodyId\":null,\"unitId\":\"" + MeetingDtos.ID + "\",\"email\":null,\"reply\":\"SUBSTITUTE\",\"replyReason\":\"Giám đốc đi công tác\","
                    + "\"substituteName\":\"Phó Giám đốc Nguyễn Thị Lan\",\"repliedAt\":\"2026-11-25T10:00:00+07:00\",\"repliedByName\":\"Trần Văn Bình\","
                    + "\"attended\":null,\"attendanceNote\":null,\"canReply\":false}")
    public record InviteeResponse(@Schema(description = "Invitee id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                                  @Schema(description = "Kind") InviteeKind kind, @Schema(description = "Person, body or unit name") String name,
                                  @Schema(description = "Person's title", nullable = true) @Nullable String personTitle,
                                  @Schema(description = "User", nullable = true) @Nullable UUID userId,
                                  @Schema(description = "Body", nullable = true) @Nullable UUID bodyId,
                                  @Schema(description = "Unit", nullable = true) @Nullable UUID unitId,
                                  @Schema(description = "E-mail", nullable = true) @Nullable String email,
                                  @Schema(description = "Reply") Reply reply, @Schema(description = "Reason", nullable = true) @Nullable String replyReason,
                                  @Schema(description = "Substitute", nullable = true) @Nullable String substituteName,
                                  @Schema(description = "Replied at", nullable = true) @Nullable OffsetDateTime repliedAt,
                                  @Schema(description = "Replied by", nullable = true) @Nullable String repliedByName,
                                  @Schema(description = "Present at the meeting (null: not recorded)", nullable = true) @Nullable Boolean attended,
                                  @Schema(description = "Attendance note", nullable = true) @Nullable String attendanceNote,
                                  @Schema(description = "Whether the caller may reply for this invitee now") boolean canReply) {
    }

    private static final String COLUMNS = """
            v.*, m.status AS meeting_status, m.host_office_id, ib.office_id AS body_office_id,
            coalesce(v.person_name, ib.name_vi, iu.name) AS display_name""";
    private static final String FROM = """
            meeting_invitee v JOIN meeting m ON m.id = v.meeting_id LEFT JOIN leadership_body ib ON ib.id = v.body_id LEFT JOIN unit iu ON iu.id = v.unit_id""";

    private final Sql sql;
    private final Meetings meetings;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final @Nullable String organizerEmail;

    Invitations(Sql sql, Meetings meetings, AuditTrail audit, Notifier notifier, @Value("${lienthong.invitations.organizer-email:}") @Nullable String organizerEmail) {
        this.sql = sql;
        this.organizerEmail = organizerEmail == null || organizerEmail.isBlank() ? null : organizerEmail.strip();
        this.meetings = meetings;
        this.audit = audit;
        this.notifier = notifier;
    }

    @Transactional(readOnly = true)
    public List<InviteeResponse> list(Caller caller, UUID meetingId) {
        meetings.load(caller, meetingId, false);
        return sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE v.meeting_id = ? ORDER BY v.created_at, v.id", rs -> response(caller, rs), meetingId);
    }

    @Transactional
    public InviteeResponse add(Caller caller, UUID meetingId, InviteeRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.status().upcoming()) {
            throw ProblemException.conflict("Invitations go out before the meeting; it is " + meeting.status() + ".");
        }
        String personName = request.personName();
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (request.kind()) {
            case PERSON -> {
                if (request.bodyId() != null || request.unitId() != null) {
                    errors.add(new Problem.FieldError("kind", "a PERSON invitee has no bodyId or unitId"));
                }
                if (request.userId() != null) {
                    personName = sql.scalar("SELECT full_name FROM app_user WHERE id = ? AND jurisdiction_id = ?", String.class, request.userId(), caller.jurisdictionId());
                    if (personName == null) {
                        errors.add(new Problem.FieldError("userId", "no such user in your jurisdiction"));
                    }
                } else if (personName == null || personName.isBlank()) {
                    errors.add(new Problem.FieldError("personName", "name the person, or give userId"));
                }
            }
            case BODY -> {
                if (request.bodyId() == null || request.userId() != null || request.unitId() != null) {
                    errors.add(new Problem.FieldError("bodyId", "a BODY invitee has bodyId only"));
                } else if (sql.scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, request.bodyId(), caller.jurisdictionId()) == 0) {
                    errors.add(new Problem.FieldError("bodyId", "no such leadership body in your jurisdiction"));
                }
            }
            case UNIT -> {
                if (request.unitId() == null || request.userId() != null || request.bodyId() != null) {
                    errors.add(new Problem.FieldError("unitId", "a UNIT invitee has unitId only"));
                } else if (sql.scalar("SELECT count(*) FROM unit WHERE id = ? AND jurisdiction_id = ?", Long.class, request.unitId(), caller.jurisdictionId()) == 0) {
                    errors.add(new Problem.FieldError("unitId", "no such unit in your jurisdiction"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The invitee is not valid.", errors, Map.of());
        }
        Long already = sql.scalar("SELECT count(*) FROM meeting_invitee WHERE meeting_id = ? AND (user_id = ? OR body_id = ? OR unit_id = ?)", Long.class,
                meetingId, request.userId(), request.bodyId(), request.unitId());
        if (already > 0) {
            throw ProblemException.conflict("This invitee is already invited.");
        }
        UUID id = UUID.randomUUID();
        sql.exec("""
                INSERT INTO meeting_invitee (id, meeting_id, kind, user_id, person_name, person_title, email, body_id, unit_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, meetingId, request.kind(), request.userId(),
                request.kind() == InviteeKind.PERSON ? personName.strip() : null, Meetings.blankToNull(request.personTitle()), Meetings.blankToNull(request.email()),
                request.bodyId(), request.unitId(), meetings.now());
        meetings.touch(meetingId);
        if (request.kind() != InviteeKind.PERSON) {
            meetings.replace(caller, meetingId);
        }
        InviteeResponse created = one(caller, meetingId, id);
        audit.record(caller, "CREATE", "meeting_invitee", id, null, created);
        if (meeting.status() == MeetingStatus.INVITED) {
            invite(caller, meeting, created);
        }
        return created;
    }

    @Transactional
    public void remove(Caller caller, UUID meetingId, UUID inviteeId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (!meeting.status().upcoming()) {
            throw ProblemException.conflict("The meeting is " + meeting.status() + "; its invitees are kept as they were.");
        }
        InviteeResponse before = one(caller, meetingId, inviteeId);
        sql.exec("DELETE FROM meeting_invitee WHERE id = ?", inviteeId);
        meetings.touch(meetingId);
        meetings.replace(caller, meetingId);
        audit.record(caller, "DELETE", "meeting_invitee", inviteeId, before, null);
    }

    /** By the invited person, an officer of the invited unit, the staff of the invited body's office, or the host office on their behalf. */
    @Transactional
    public InviteeResponse reply(Caller caller, UUID meetingId, UUID inviteeId, ReplyRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        InviteeResponse before = one(caller, meetingId, inviteeId);
        if (!mayAnswerFor(caller, meeting.hostOfficeId(), before)) {
            throw ProblemException.forbidden("Only the invitee (or its unit or office), or the host office on its behalf, answers this invitation.");
        }
        if (meeting.status() != MeetingStatus.INVITED) {
            throw ProblemException.conflict("Invitations are answered while the meeting is INVITED; it is " + meeting.status() + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.reply() == Reply.PENDING) {
            errors.add(new Problem.FieldError("reply", "answer ATTEND, ABSENT or SUBSTITUTE"));
        }
        if (request.reply() == Reply.ABSENT && (request.reason() == null || request.reason().isBlank())) {
            errors.add(new Problem.FieldError("reason", "give the reason for being absent"));
        }
        if (request.reply() == Reply.SUBSTITUTE && (request.substituteName() == null || request.substituteName().isBlank())) {
            errors.add(new Problem.FieldError("substituteName", "name who attends instead"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The reply is incomplete.", errors, Map.of());
        }
        sql.exec("""
                UPDATE meeting_invitee SET reply = ?, reply_reason = ?, substitute_name = ?, replied_at = ?, replied_by_name = ?, version = version + 1
                WHERE id = ?""", request.reply(), Meetings.blankToNull(request.reason()),
                request.reply() == Reply.SUBSTITUTE ? request.substituteName().strip() : null, meetings.now(), caller.name(), inviteeId);
        meetings.touch(meetingId);
        InviteeResponse after = one(caller, meetingId, inviteeId);
        audit.record(caller, "REPLY", "meeting_invitee", inviteeId, before, after);
        if (!meeting.hostOfficeId().equals(caller.officeId())) {
            String answer = switch (request.reply()) {
                case ATTEND -> "tham dự";
                case ABSENT -> "vắng mặt (" + request.reason().strip() + ")";
                case SUBSTITUTE -> "cử " + request.substituteName().strip() + " dự thay";
                case PENDING -> "";
            };
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, meeting.hostOfficeId(), Meetings.message(meeting, "MEETING_REPLY",
                    "Xác nhận tham dự cuộc họp", after.name() + " " + answer + ": «" + meeting.title() + "»."));
        }
        return after;
    }

    /** The host office records who was present, at or after the meeting. */
    @Transactional
    public List<InviteeResponse> attendance(Caller caller, UUID meetingId, AttendanceRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (meeting.status() != MeetingStatus.INVITED && meeting.status() != MeetingStatus.HELD) {
            throw ProblemException.conflict("Attendance is taken at the meeting (INVITED or HELD); it is " + meeting.status() + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.entries().size(); i++) {
            Long known = sql.scalar("SELECT count(*) FROM meeting_invitee WHERE id = ? AND meeting_id = ?", Long.class, request.entries().get(i).inviteeId(), meetingId);
            if (known == 0) {
                errors.add(new Problem.FieldError("entries[" + i + "].inviteeId", "not an invitee of this meeting"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The attendance names people who are not invited.", errors, Map.of());
        }
        for (AttendanceEntry entry : request.entries()) {
            sql.exec("UPDATE meeting_invitee SET attended = ?, attendance_note = ?, version = version + 1 WHERE id = ?", entry.attended(),
                    Meetings.blankToNull(entry.note()), entry.inviteeId());
        }
        meetings.touch(meetingId);
        audit.record(caller, "ATTENDANCE", "meeting", meetingId, null, request);
        return list(caller, meetingId);
    }

    /** The invitation as an iCalendar (RFC 5545) REQUEST, with the meeting's item UID so calendar apps update one event. */
    @Transactional
    public String ics(Caller caller, UUID meetingId, UUID inviteeId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, false);
        InviteeResponse invitee = one(caller, meetingId, inviteeId);
        int sequence = sql.scalar("SELECT sequence FROM meeting WHERE id = ?", Integer.class, meetingId);
        StringBuilder out = new StringBuilder();
        ICalendarText.line(out, "BEGIN:VCALENDAR");
        ICalendarText.line(out, "VERSION:2.0");
        ICalendarText.line(out, "PRODID:-//Lien Thong//Hoi nghi cuoc hop//VI");
        ICalendarText.line(out, "CALSCALE:GREGORIAN");
        ICalendarText.line(out, "METHOD:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCEL" : "REQUEST"));
        ICalendarText.vietnamTimezone(out);
        ICalendarText.line(out, "BEGIN:VEVENT");
        ICalendarText.line(out, "UID:meeting-" + meeting.id() + "@lienthong");
        ICalendarText.line(out, "DTSTAMP:" + ICalendarText.utc(meeting.updatedAt()));
        ICalendarText.line(out, ICalendarText.local("DTSTART", meeting.startsAt()));
        ICalendarText.line(out, ICalendarText.local("DTEND", meeting.endsAt()));
        ICalendarText.line(out, "SEQUENCE:" + sequence);
        ICalendarText.line(out, "STATUS:" + (meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        ICalendarText.line(out, "SUMMARY:" + ICalendarText.text(meeting.title()));
        if (meeting.venue() != null) {
            ICalendarText.line(out, "LOCATION:" + ICalendarText.text(meeting.venue()));
        }
        ICalendarText.line(out, "DESCRIPTION:" + ICalendarText.text(meeting.kindName() + "\nCơ quan phục vụ: " + meeting.hostOfficeName()
                + "\nKính mời: " + invitee.name()));
        String hostEmail = sql.scalar("SELECT email FROM office WHERE id = ?", String.class, meeting.hostOfficeId());
        ICalendarText.line(out, InvitationParties.organizer(meeting.hostOfficeName(), meeting.hostOfficeId(), hostEmail, organizerEmail));
        // a body is answered by its office: without an e-mail of its own, the invitation goes to that office's address
        String inviteeEmail = invitee.email() != null || invitee.bodyId() == null ? invitee.email()
                : sql.scalar("SELECT o.email FROM leadership_body b JOIN office o ON o.id = b.office_id WHERE b.id = ?", String.class, invitee.bodyId());
        ICalendarText.line(out, InvitationParties.attendee(invitee.name(), invitee.id(), inviteeEmail, partstat(invitee.reply())));
        ICalendarText.line(out, "END:VEVENT");
        ICalendarText.line(out, "END:VCALENDAR");
        audit.recordAccess(caller, "DOWNLOAD_INVITATION", "meeting_invitee", inviteeId, Map.of("meetingId", meetingId.toString()));
        return out.toString();
    }

    private static String partstat(Reply reply) {
        return switch (reply) {
            case PENDING -> "NEEDS-ACTION";
            case ATTEND -> "ACCEPTED";
            case ABSENT -> "DECLINED";
            case SUBSTITUTE -> "DELEGATED";
        };
    }

    private void invite(Caller caller, Meetings.Row meeting, InviteeResponse invitee) {
        Notifier.Message message = Meetings.message(meeting, "MEETING_INVITATION", "Giấy mời họp", "Kính mời dự «" + meeting.title() + "», " + meeting.when()
                + (meeting.venue() == null ? "" : " tại " + meeting.venue()) + ". Đề nghị xác nhận tham dự (dự, vắng có lý do hoặc cử người dự thay).");
        UUID bodyOffice = invitee.bodyId() == null ? null : sql.scalar("SELECT office_id FROM leadership_body WHERE id = ?", UUID.class, invitee.bodyId());
        if (invitee.userId() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.USER, invitee.userId(), message);
        } else if (invitee.unitId() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, invitee.unitId(), message);
        } else if (bodyOffice != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, bodyOffice, message);
        }
    }

    private InviteeResponse one(Caller caller, UUID meetingId, UUID inviteeId) {
        List<InviteeResponse> found = sql.query("SELECT " + COLUMNS + " FROM " + FROM + " WHERE v.id = ? AND v.meeting_id = ?", rs -> response(caller, rs),
                inviteeId, meetingId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Invitee");
        }
        return found.get(0);
    }

    private InviteeResponse response(Caller caller, ResultSet rs) throws SQLException {
        UUID user = SqlPages.uuid(rs, "user_id");
        UUID unit = SqlPages.uuid(rs, "unit_id");
        UUID bodyOffice = SqlPages.uuid(rs, "body_office_id");
        UUID host = SqlPages.uuid(rs, "host_office_id");
        boolean canReply = "INVITED".equals(rs.getString("meeting_status"))
                && ((MeetingAccess.isOfficeStaff(caller) && (caller.officeId().equals(host) || caller.officeId().equals(bodyOffice)))
                || caller.id().equals(user) || (caller.unitId() != null && caller.unitId().equals(unit)));
        Object attended = rs.getObject("attended");
        return new InviteeResponse(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "meeting_id"), InviteeKind.valueOf(rs.getString("kind")),
                rs.getString("display_name"), rs.getString("person_title"), user, SqlPages.uuid(rs, "body_id"), unit, rs.getString("email"),
                Reply.valueOf(rs.getString("reply")), rs.getString("reply_reason"), rs.getString("substitute_name"), Meetings.at(SqlPages.instant(rs, "replied_at")),
                rs.getString("replied_by_name"), attended == null ? null : (Boolean) attended, rs.getString("attendance_note"), canReply);
    }

    private boolean mayAnswerFor(Caller caller, UUID host, InviteeResponse invitee) {
        if (MeetingAccess.isOfficeStaff(caller)) {
            if (caller.officeId().equals(host)) {
                return true;
            }
            if (invitee.bodyId() != null) {
                return caller.officeId().equals(sql.scalar("SELECT office_id FROM leadership_body WHERE id = ?", UUID.class, invitee.bodyId()));
            }
        }
        return caller.id().equals(invitee.userId()) || (caller.unitId() != null && caller.unitId().equals(invitee.unitId()));
    }
}
