package vn.lienthong.petition;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.petition.HandlingDtos.Complexity;
import vn.lienthong.petition.HandlingDtos.DocumentView;
import vn.lienthong.petition.HandlingDtos.ForwardingView;
import vn.lienthong.petition.HandlingDtos.HandlingView;
import vn.lienthong.petition.HandlingDtos.IneligibleReason;
import vn.lienthong.petition.HandlingDtos.Round;
import vn.lienthong.petition.HandlingDtos.UnitAssignmentView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Reads where a petition's handling stands, for its page. */
@Singleton
class HandlingViews {
    private final Sql sql;

    HandlingViews(Sql sql) {
        this.sql = sql;
    }

    static final String UNIT_ASSIGNMENT_COLUMNS = "a.id, a.petition_id, p.number, p.subject, a.unit_id, u.name AS unit_name, a.request, a.due_on, a.result, a.reported_at";
    static final String UNIT_ASSIGNMENT_FROM = "petition_unit_assignment a JOIN petition p ON p.id = a.petition_id JOIN unit u ON u.id = a.unit_id";

    static UnitAssignmentView unitAssignment(java.sql.ResultSet rs) throws java.sql.SQLException {
        var reported = SqlPages.instant(rs, "reported_at");
        return new UnitAssignmentView(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "petition_id"), rs.getString("number"), rs.getString("subject"),
                SqlPages.uuid(rs, "unit_id"), rs.getString("unit_name"), rs.getString("request"), rs.getObject("due_on", LocalDate.class), rs.getString("result"),
                reported == null ? null : reported.atZone(Zones.VIETNAM).toOffsetDateTime());
    }

    HandlingView view(UUID petitionId, PetitionStatus status, LocalDate today) {
        Object[] p = sql.row("""
                SELECT eligible, ineligible_reason, complexity, remote_area, round, classified_at, first_due_on, first_due_rule, resolution_due_on,
                       resolution_max_on, resolution_due_rule
                FROM petition WHERE id = ?""", petitionId);
        LocalDate firstDue = (LocalDate) p[6];
        LocalDate resolutionDue = (LocalDate) p[8];
        LocalDate dueOn = switch (status) {
            case RECEIVED -> firstDue;
            case ACCEPTED -> resolutionDue;
            default -> null;
        };
        Long daysLeft = dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn);
        List<DocumentView> documents = sql.query("SELECT id, kind, number, issued_on, addressee FROM petition_document WHERE petition_id = ? ORDER BY issued_at",
                rs -> new DocumentView(SqlPages.uuid(rs, "id"), rs.getString("kind"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getString("addressee")), petitionId);
        List<ForwardingView> forwardings = sql.query("SELECT * FROM petition_forwarding WHERE petition_id = ? ORDER BY created_at",
                rs -> new ForwardingView(SqlPages.uuid(rs, "id"), SqlPages.uuid(rs, "document_id"), rs.getString("authority"),
                        rs.getObject("reply_due_on", LocalDate.class), rs.getObject("replied_on", LocalDate.class), rs.getString("reply_summary"),
                        rs.getString("reply_document")), petitionId);
        List<UnitAssignmentView> units = sql.query("SELECT " + UNIT_ASSIGNMENT_COLUMNS + " FROM " + UNIT_ASSIGNMENT_FROM + " WHERE a.petition_id = ? ORDER BY a.assigned_at",
                HandlingViews::unitAssignment, petitionId);
        var classifiedAt = p[5] == null ? null : ((java.sql.Timestamp) p[5]).toInstant().atZone(Zones.VIETNAM).toOffsetDateTime();
        return new HandlingView((Boolean) p[0], p[1] == null ? null : IneligibleReason.valueOf((String) p[1]), Complexity.valueOf((String) p[2]), (Boolean) p[3],
                p[4] == null ? null : Round.valueOf((String) p[4]), classifiedAt, firstDue, (String) p[7], resolutionDue, (LocalDate) p[9], (String) p[10],
                dueOn, daysLeft, daysLeft != null && daysLeft < 0, documents, forwardings, units);
    }
}
