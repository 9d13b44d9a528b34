package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.conclusion.api.MeetingConclusions;
import vn.lienthong.kernel.attachment.AttachmentService;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After the meeting: the minutes (biên bản), written by the host office and approved by its leader when closing; and the
 * host's notice of the meeting's conclusions and decisions to the related offices (seed 004), through their inbox, with
 * a link to the concluding notice once the conclusions feature records one for the meeting.
 */
@Singleton
public class Minutes {

    @Serdeable
    @Schema(name = "MinutesRequest", description = "The minutes of the meeting",
            example = "{\"content\":\"Hội nghị đã nghe báo cáo tình hình kinh tế – xã hội tháng 11 và thống nhất …\",\"attachmentIds\":[]}")
    public record MinutesRequest(@Schema(description = "Text of the minutes") @NotBlank @Size(max = 100000) String content,
                                 @Schema(description = "Signed scan or other files, uploaded with POST /attachments", nullable = true) @Nullable @Size(max = 20) List<@NotNull UUID> attachmentIds) {
    }

    @Serdeable
    @Schema(name = "MinutesResponse", description = "The minutes, with who wrote and who approved them",
            example = "{\"meetingId\":\"" + MeetingDtos.ID + "\",\"content\":\"Hội nghị đã nghe báo cáo …\",\"attachmentIds\":[],\"writtenByName\":\"Lê Thị Hoa\","
                    + "\"writtenAt\":\"2026-11-27T15:00:00+07:00\",\"approvedByName\":null,\"approvedAt\":null,\"version\":0}")
    public record MinutesResponse(@Schema(description = "Meeting id") UUID meetingId, @Schema(description = "Text") String content,
                                  @Schema(description = "Files") List<UUID> attachmentIds, @Schema(description = "Written by") String writtenByName,
                                  @Schema(description = "Written at") OffsetDateTime writtenAt,
                                  @Schema(description = "Approved by (closing the meeting)", nullable = true) @Nullable String approvedByName,
                                  @Schema(description = "Approved at", nullable = true) @Nullable OffsetDateTime approvedAt,
                                  @Schema(description = "Version (the ETag)") long version) {
    }

    @Serdeable
    @Schema(name = "OutcomeNoticeRequest", description = "The host office tells the related offices the meeting's conclusions and decisions",
            example = "{\"content\":\"Thường trực Thành ủy kết luận: giao UBND thành phố chỉ đạo hoàn thành …\",\"recipientOfficeIds\":[\"" + MeetingDtos.ID + "\"],"
                    + "\"conclusionId\":null}")
    public record OutcomeNoticeRequest(@Schema(description = "Conclusions and decisions") @NotBlank @Size(max = 8000) String content,
                                       @Schema(description = "Offices to inform (by default the supporting offices and those of invited bodies)", nullable = true)
                                       @Nullable @Size(max = 20) List<@NotNull UUID> recipientOfficeIds,
                                       @Schema(description = "The concluding notice recorded for this meeting (GET /meetings/{id} lists them)", nullable = true)
                                       @Nullable UUID conclusionId) {
    }

    @Serdeable
    @Schema(name = "OutcomeNoticeResponse", description = "A notice of the meeting's conclusions sent to offices",
            example = "{\"id\":\"" + MeetingDtos.ID + "\",\"meetingId\":\"" + MeetingDtos.ID + "\",\"content\":\"Thường trực Thành ủy kết luận …\","
                    + "\"conclusionId\":null,\"recipients\":[" + MeetingDtos.REF + "],\"sentByName\":\"Lê Thị Hoa\",\"sentAt\":\"2026-11-28T09:00:00+07:00\"}")
    public record OutcomeNoticeResponse(@Schema(description = "Notice id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                                        @Schema(description = "Conclusions and decisions") String content,
                                        @Schema(description = "Concluding notice linked", nullable = true) @Nullable UUID conclusionId,
                                        @Schema(description = "Offices informed") List<MeetingDtos.NamedRef> recipients,
                                        @Schema(description = "Sent by") String sentByName, @Schema(description = "Sent at") OffsetDateTime sentAt) {
    }

    private final Sql sql;
    private final Meetings meetings;
    private final MeetingConclusions conclusions;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final Notifier notifier;

    Minutes(Sql sql, Meetings meetings, MeetingConclusions conclusions, AttachmentService attachments, AuditTrail audit, Notifier notifier) {
        this.sql = sql;
        this.meetings = meetings;
        this.conclusions = conclusions;
        this.attachments = attachments;
        this.audit = audit;
        this.notifier = notifier;
    }

    @Transactional(readOnly = true)
    public MinutesResponse get(Caller caller, UUID meetingId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, false);
        meetings.requireDocumentsVisible(caller, meeting);
        MinutesResponse minutes = find(meetingId);
        if (minutes == null) {
            throw ProblemException.notFound("Minutes");
        }
        return minutes;
    }

    /** Written (and rewritten, with If-Match) by the host office once the meeting is held, until it is closed. */
    @Transactional
    public MinutesResponse write(Caller caller, UUID meetingId, @Nullable String ifMatch, MinutesRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (meeting.status() != MeetingStatus.HELD) {
            throw ProblemException.conflict(meeting.status() == MeetingStatus.CLOSED ? "The minutes are approved and the meeting closed; they no longer change."
                    : "Minutes are written after the meeting is held; it is " + meeting.status() + ".");
        }
        List<UUID> files = request.attachmentIds() == null ? List.of() : request.attachmentIds();
        attachments.requireOwn(caller, files, "attachmentIds");
        MinutesResponse before = find(meetingId);
        if (before == null) {
            sql.exec("INSERT INTO meeting_minutes (meeting_id, content, attachment_ids, written_by_name, written_at) VALUES (?, ?, ?, ?, ?)",
                    meetingId, request.content().strip(), files.toArray(UUID[]::new), caller.name(), meetings.now());
        } else {
            Versions.requireIfMatch(ifMatch, before.version());
            int updated = sql.exec("UPDATE meeting_minutes SET content = ?, attachment_ids = ?, written_by_name = ?, written_at = ?, version = version + 1 "
                    + "WHERE meeting_id = ? AND version = ?", request.content().strip(), files.toArray(UUID[]::new), caller.name(), meetings.now(), meetingId,
                    before.version());
            Versions.requireWritten(updated, () -> sql.scalar("SELECT version FROM meeting_minutes WHERE meeting_id = ?", Long.class, meetingId), "Minutes");
        }
        meetings.touch(meetingId);
        MinutesResponse after = find(meetingId);
        audit.record(caller, before == null ? "CREATE" : "UPDATE", "meeting_minutes", meetingId, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public List<OutcomeNoticeResponse> notices(Caller caller, UUID meetingId) {
        meetings.load(caller, meetingId, false);
        return sql.query("SELECT * FROM meeting_outcome_notice WHERE meeting_id = ? ORDER BY sent_at", rs -> notice(SqlPages.uuid(rs, "id"), meetingId,
                rs.getString("content"), SqlPages.uuid(rs, "conclusion_id"), List.of((UUID[]) rs.getArray("recipient_office_ids").getArray()),
                rs.getString("sent_by_name"), Meetings.at(SqlPages.instant(rs, "sent_at"))), meetingId);
    }

    @Transactional
    public OutcomeNoticeResponse notifyOutcome(Caller caller, UUID meetingId, OutcomeNoticeRequest request) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        MeetingAccess.requireHost(caller, meeting);
        if (meeting.status() != MeetingStatus.HELD && meeting.status() != MeetingStatus.CLOSED) {
            throw ProblemException.conflict("Conclusions are notified after the meeting is held; it is " + meeting.status() + ".");
        }
        List<MeetingConclusions.ConclusionRef> recorded = conclusions.ofMeeting(caller.jurisdictionId(), meetingId);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.conclusionId() != null && recorded.stream().noneMatch(c -> c.id().equals(request.conclusionId()))) {
            errors.add(new Problem.FieldError("conclusionId", "not a concluding notice recorded for this meeting"));
        }
        LinkedHashSet<UUID> recipients = new LinkedHashSet<>();
        if (request.recipientOfficeIds() == null || request.recipientOfficeIds().isEmpty()) {
            recipients.addAll(meeting.supportingOfficeIds());
            sql.rows("SELECT DISTINCT b.office_id FROM meeting_invitee v JOIN leadership_body b ON b.id = v.body_id WHERE v.meeting_id = ?", meetingId)
                    .forEach(r -> recipients.add((UUID) r[0]));
        } else {
            recipients.addAll(request.recipientOfficeIds());
            Long known = sql.scalar("SELECT count(*) FROM office WHERE jurisdiction_id = ? AND id = ANY (?)", Long.class, caller.jurisdictionId(),
                    recipients.toArray(UUID[]::new));
            if (known != recipients.size()) {
                errors.add(new Problem.FieldError("recipientOfficeIds", "refers to an unknown office of your jurisdiction"));
            }
        }
        recipients.remove(meeting.hostOfficeId());
        if (errors.isEmpty() && recipients.isEmpty()) {
            errors.add(new Problem.FieldError("recipientOfficeIds", "name at least one other office to inform"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The notice cannot be sent.", errors, Map.of());
        }
        UUID conclusionId = request.conclusionId() != null ? request.conclusionId() : recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).id();
        UUID id = UUID.randomUUID();
        sql.exec("""
                INSERT INTO meeting_outcome_notice (id, meeting_id, content, conclusion_id, recipient_office_ids, sent_by_name, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", id, meetingId, request.content().strip(), conclusionId, recipients.toArray(UUID[]::new), caller.name(), meetings.now());
        meetings.touch(meetingId);
        OutcomeNoticeResponse sent = notices(caller, meetingId).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
        audit.record(caller, "NOTIFY_OUTCOME", "meeting", meetingId, null, sent);
        String link = conclusionId == null ? "/meetings/" + meetingId : "/conclusions/" + conclusionId;
        Notifier.Message message = new Notifier.Message("MEETING_OUTCOME", "Thông báo kết luận cuộc họp",
                meeting.hostOfficeName() + " thông báo kết luận, quyết định tại «" + meeting.title() + "»: " + request.content().strip(),
                link, conclusionId == null ? "meeting" : "conclusion", (conclusionId == null ? meetingId : conclusionId).toString());
        notifier.sendAll(recipients.stream().map(o -> new Notifier.Delivery(caller.jurisdictionId(), Notifier.Recipient.OFFICE, o, message)).toList());
        return sent;
    }

    private OutcomeNoticeResponse notice(UUID id, UUID meetingId, String content, @Nullable UUID conclusionId, List<UUID> offices, String by, OffsetDateTime at) {
        List<MeetingDtos.NamedRef> names = sql.rows("SELECT id, name_vi FROM office WHERE id = ANY (?) ORDER BY name_vi", (Object) offices.toArray(UUID[]::new))
                .stream().map(r -> new MeetingDtos.NamedRef((UUID) r[0], (String) r[1])).toList();
        return new OutcomeNoticeResponse(id, meetingId, content, conclusionId, names, by, at);
    }

    private MinutesResponse find(UUID meetingId) {
        List<MinutesResponse> found = sql.query("SELECT * FROM meeting_minutes WHERE meeting_id = ?", rs -> new MinutesResponse(meetingId, rs.getString("content"),
                List.of((UUID[]) rs.getArray("attachment_ids").getArray()), rs.getString("written_by_name"), Meetings.at(SqlPages.instant(rs, "written_at")),
                rs.getString("approved_by_name"), Meetings.at(SqlPages.instant(rs, "approved_at")), rs.getLong("version")), meetingId);
        return found.isEmpty() ? null : found.get(0);
    }
}
