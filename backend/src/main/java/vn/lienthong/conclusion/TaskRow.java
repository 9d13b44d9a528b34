package vn.lienthong.conclusion;

import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as stored, with the few document fields that access checks and responses need. */
record TaskRow(UUID id, UUID jurisdictionId, UUID documentId, String documentNumber, LocalDate documentIssuedOn, UUID documentOfficeId,
               int position, String content, String expectedResult, UUID leadUnitId, String focalOfficer, UUID focalUserId,
               LocalDate deadline, LocalDate originalDeadline, ReportingCycle reportingCycle, UUID followingOfficeId, String state,
               int progressPercent, LocalDate completionProposedOn, LocalDate completedOn, String cancelReason, long version,
               Instant updatedAt, TaskStatus status) {

    /** Columns to select (from conclusion_task t JOIN conclusion_document d), `?` being today for the derived status. */
    static final String COLUMNS = "t.*, d.number AS document_number, d.issued_on AS document_issued_on, d.office_id AS document_office_id, "
            + "conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?) AS status";
    static final String FROM = "conclusion_task t JOIN conclusion_document d ON d.id = t.document_id";

    static TaskRow map(ResultSet rs) throws SQLException {
        String cycle = rs.getString("reporting_cycle");
        return new TaskRow(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "jurisdiction_id"), SqlPages.uuid(rs, "document_id"),
                rs.getString("document_number"), rs.getObject("document_issued_on", LocalDate.class), SqlPages.uuid(rs, "document_office_id"),
                rs.getInt("position"), rs.getString("content"), rs.getString("expected_result"), SqlPages.uuid(rs, "lead_unit_id"),
                rs.getString("focal_officer"), SqlPages.uuid(rs, "focal_user_id"), rs.getObject("deadline", LocalDate.class),
                rs.getObject("original_deadline", LocalDate.class), cycle == null ? null : ReportingCycle.valueOf(cycle),
                SqlPages.uuid(rs, "following_office_id"), rs.getString("state"), rs.getInt("progress_percent"),
                rs.getObject("completion_proposed_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getString("cancel_reason"), rs.getLong("version"), SqlPages.instant(rs, "updated_at"), TaskStatus.valueOf(rs.getString("status")));
    }

    boolean isOpen() {
        return state.equals("OPEN");
    }
}
