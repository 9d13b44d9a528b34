package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.kernel.attachment.AttachmentService;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Documents of a meeting or of one of its agenda items (tài liệu hội nghị). Files are uploaded with POST /attachments (size
 * and type limits apply there); every new file of a document is a new version and none is lost. An INTERNAL meeting's
 * documents are read by the people involved only, and every download is recorded.
 */
@Singleton
public class MeetingDocuments {

    @Serdeable
    @Schema(name = "MeetingDocumentRequest", description = "A new document of the meeting (or of an agenda item) with its first file",
            example = "{\"title\":\"Dự thảo báo cáo tình hình kinh tế – xã hội tháng 11\",\"agendaItemId\":null,\"attachmentId\":\"" + MeetingDtos.ID + "\",\"note\":null}")
    public record DocumentRequest(@Schema(description = "Title") @NotBlank @Size(max = 500) String title,
                                  @Schema(description = "The agenda item it belongs to", nullable = true) @Nullable UUID agendaItemId,
                                  @Schema(description = "The file, uploaded with POST /attachments by the caller's office") @NotNull UUID attachmentId,
                                  @Schema(description = "What this version is", nullable = true) @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    @Schema(name = "MeetingDocumentVersionRequest", description = "A new version of a document",
            example = "{\"attachmentId\":\"" + MeetingDtos.ID + "\",\"note\":\"Bản tiếp thu ý kiến các sở\"}")
    public record VersionRequest(@Schema(description = "The new file, uploaded with POST /attachments") @NotNull UUID attachmentId,
                                 @Schema(description = "What changed", nullable = true) @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    @Schema(name = "MeetingDocumentVersion", description = "One version of a document",
            example = "{\"version\":2,\"attachmentId\":\"" + MeetingDtos.ID + "\",\"fileName\":\"bao-cao-kt-xh-thang-11-v2.pdf\",\"contentType\":\"application/pdf\","
                    + "\"sizeBytes\":482113,\"note\":\"Bản tiếp thu ý kiến các sở\",\"uploadedByName\":\"Lê Thị Hoa\",\"uploadedAt\":\"2026-11-25T15:00:00+07:00\"}")
    public record VersionResponse(@Schema(description = "Version number, 1 first") int version, @Schema(description = "The file") UUID attachmentId,
                                  @Schema(description = "File name") String fileName, @Schema(description = "Media type") String contentType,
                                  @Schema(description = "Size") long sizeBytes, @Schema(description = "What changed", nullable = true) @Nullable String note,
                                  @Schema(description = "Uploaded by") String uploadedByName, @Schema(description = "Uploaded at") OffsetDateTime uploadedAt) {
    }

    @Serdeable
    @Schema(name = "MeetingDocumentResponse", description = "A document of the meeting with all its versions, the latest last",
            example = "{\"id\":\"" + MeetingDtos.ID + "\",\"meetingId\":\"" + MeetingDtos.ID + "\",\"agendaItemId\":null,\"title\":\"Dự thảo báo cáo\","
                    + "\"versions\":[{\"version\":1,\"attachmentId\":\"" + MeetingDtos.ID + "\",\"fileName\":\"bao-cao.pdf\",\"contentType\":\"application/pdf\","
                    + "\"sizeBytes\":482113,\"note\":null,\"uploadedByName\":\"Lê Thị Hoa\",\"uploadedAt\":\"2026-11-24T15:00:00+07:00\"}],"
                    + "\"updatedAt\":\"2026-11-24T15:00:00+07:00\"}")
    public record DocumentResponse(@Schema(description = "Document id") UUID id, @Schema(description = "Meeting id") UUID meetingId,
                                   @Schema(description = "Agenda item", nullable = true) @Nullable UUID agendaItemId, @Schema(description = "Title") String title,
                                   @Schema(description = "Versions, oldest first") List<VersionResponse> versions,
                                   @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    private final Sql sql;
    private final Meetings meetings;
    private final AttachmentService attachments;
    private final AuditTrail audit;

    MeetingDocuments(Sql sql, Meetings meetings, AttachmentService attachments, AuditTrail audit) {
        this.sql = sql;
        this.meetings = meetings;
        this.attachments = attachments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DocumentResponse> list(Caller caller, UUID meetingId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, false);
        meetings.requireDocumentsVisible(caller, meeting);
        return documents(meetingId, null);
    }

    /** Added by the host or a supporting office while the meeting is prepared or held. */
    @Transactional
    public DocumentResponse add(Caller caller, UUID meetingId, DocumentRequest request) {
        Meetings.Row meeting = writable(caller, meetingId);
        attachments.requireOwn(caller, List.of(request.attachmentId()), "attachmentId");
        if (request.agendaItemId() != null
                && sql.scalar("SELECT count(*) FROM meeting_agenda_item WHERE id = ? AND meeting_id = ?", Long.class, request.agendaItemId(), meetingId) == 0) {
            throw ProblemException.invalid("agendaItemId", "no such agenda item in this meeting");
        }
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO meeting_document (id, meeting_id, agenda_item_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                id, meetingId, request.agendaItemId(), request.title().strip(), meetings.now(), meetings.now());
        version(caller, id, 1, request.attachmentId(), request.note());
        meetings.touch(meeting.id());
        DocumentResponse created = documents(meetingId, id).get(0);
        audit.record(caller, "CREATE", "meeting_document", id, null, created);
        return created;
    }

    @Transactional
    public DocumentResponse addVersion(Caller caller, UUID meetingId, UUID documentId, VersionRequest request) {
        Meetings.Row meeting = writable(caller, meetingId);
        DocumentResponse before = one(meetingId, documentId);
        attachments.requireOwn(caller, List.of(request.attachmentId()), "attachmentId");
        version(caller, documentId, before.versions().size() + 1, request.attachmentId(), request.note());
        sql.exec("UPDATE meeting_document SET updated_at = ? WHERE id = ?", meetings.now(), documentId);
        meetings.touch(meeting.id());
        DocumentResponse after = one(meetingId, documentId);
        audit.record(caller, "NEW_VERSION", "meeting_document", documentId, before, after);
        return after;
    }

    /** The file of one version, for a caller who may read the documents; the download is recorded. */
    @Transactional
    public AttachmentService.Stored download(Caller caller, UUID meetingId, UUID documentId, int version) {
        Meetings.Row meeting = meetings.load(caller, meetingId, false);
        meetings.requireDocumentsVisible(caller, meeting);
        DocumentResponse document = one(meetingId, documentId);
        VersionResponse wanted = document.versions().stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Document version"));
        AttachmentService.Stored stored = attachments.findShared(caller.jurisdictionId(), wanted.attachmentId());
        audit.recordAccess(caller, "DOWNLOAD", "meeting_document", documentId, Map.of("meetingId", meetingId.toString(), "version", version,
                "fileName", wanted.fileName()));
        return stored;
    }

    public java.io.InputStream open(AttachmentService.Stored stored) {
        return attachments.open(stored);
    }

    private Meetings.Row writable(Caller caller, UUID meetingId) {
        Meetings.Row meeting = meetings.load(caller, meetingId, true);
        boolean office = MeetingAccess.isOfficeStaff(caller)
                && (caller.officeId().equals(meeting.hostOfficeId()) || meeting.supportingOfficeIds().contains(caller.officeId()));
        if (!office) {
            throw ProblemException.forbidden("Documents are added by the host office or a supporting office.");
        }
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.CLOSED) {
            throw ProblemException.conflict("The meeting is " + meeting.status() + "; its documents are kept as they are.");
        }
        return meeting;
    }

    private void version(Caller caller, UUID documentId, int version, UUID attachmentId, @Nullable String note) {
        sql.exec("""
                INSERT INTO meeting_document_version (document_id, version, attachment_id, note, uploaded_by, uploaded_by_name, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", documentId, version, attachmentId, Meetings.blankToNull(note), caller.id(), caller.name(), meetings.now());
    }

    private DocumentResponse one(UUID meetingId, UUID documentId) {
        List<DocumentResponse> found = documents(meetingId, documentId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Meeting document");
        }
        return found.get(0);
    }

    private record Line(UUID id, UUID agendaItemId, String title, OffsetDateTime updatedAt, VersionResponse version) {
    }

    private List<DocumentResponse> documents(UUID meetingId, @Nullable UUID documentId) {
        List<Line> lines = sql.query("""
                SELECT d.id, d.agenda_item_id, d.title, d.updated_at, v.version, v.attachment_id, a.file_name, a.content_type, a.size_bytes, v.note,
                       v.uploaded_by_name, v.uploaded_at
                FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id JOIN attachment a ON a.id = v.attachment_id
                WHERE d.meeting_id = ? AND (?::uuid IS NULL OR d.id = ?)
                ORDER BY d.created_at, d.id, v.version""", rs -> new Line(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "agenda_item_id"), rs.getString("title"),
                Meetings.at(SqlPages.instant(rs, "updated_at")), new VersionResponse(rs.getInt("version"), SqlPages.uuid(rs, "attachment_id"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("note"), rs.getString("uploaded_by_name"),
                Meetings.at(SqlPages.instant(rs, "uploaded_at")))), meetingId, documentId, documentId);
        Map<UUID, List<Line>> byDocument = new LinkedHashMap<>();
        lines.forEach(l -> byDocument.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(l));
        return byDocument.values().stream().map(ls -> new DocumentResponse(ls.get(0).id(), meetingId, ls.get(0).agendaItemId(), ls.get(0).title(),
                ls.stream().map(Line::version).toList(), ls.get(0).updatedAt())).toList();
    }
}
