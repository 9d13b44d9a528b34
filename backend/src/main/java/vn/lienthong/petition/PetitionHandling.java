package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.numbering.ReferenceNumbers;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.petition.HandlingDtos.AcceptanceRequest;
import vn.lienthong.petition.HandlingDtos.ClassificationRequest;
import vn.lienthong.petition.HandlingDtos.Complexity;
import vn.lienthong.petition.HandlingDtos.FilingRequest;
import vn.lienthong.petition.HandlingDtos.ForwardingRequest;
import vn.lienthong.petition.HandlingDtos.GuidanceRequest;
import vn.lienthong.petition.HandlingDtos.IneligibleReason;
import vn.lienthong.petition.HandlingDtos.ReplyRequest;
import vn.lienthong.petition.HandlingDtos.ResolutionRequest;
import vn.lienthong.petition.HandlingDtos.UnitAssignmentRequest;
import vn.lienthong.petition.HandlingDtos.UnitAssignmentView;
import vn.lienthong.petition.HandlingDtos.UnitReportRequest;
import vn.lienthong.petition.PetitionDtos.PetitionResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Handling a petition: classify it within the statutory time, then one outcome — accept for resolution, forward to the
 * competent authority with a forwarding letter, guide the petitioner with a reply letter, or file it with a reason;
 * track the authority's reply; ask units to verify and report; record the resolution. Each step is an explicit action
 * by a handler (or a leader of the receiving office), audited, in the petition's history, and out of order a 409.
 */
@Singleton
public class PetitionHandling {
    private final Petitions petitions;
    private final Sql sql;
    private final SqlPages pages;
    private final ReferenceNumbers numbers;
    private final StatutoryDeadlines deadlines;
    private final AuditTrail audit;
    private final Notifier notifier;

    PetitionHandling(Petitions petitions, Sql sql, SqlPages pages, ReferenceNumbers numbers, StatutoryDeadlines deadlines, AuditTrail audit, Notifier notifier) {
        this.petitions = petitions;
        this.sql = sql;
        this.pages = pages;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.audit = audit;
        this.notifier = notifier;
    }

    /** The handling actions a handler or leader may take in a status. */
    /**
     * The resolution's deadline from acceptance: a complaint by round, complexity and remote area (Law on Complaints 2011,
     * art. 28, 37 — an especially complex complaint has the complex time); a denunciation by complexity, with its
     * extensions (Law on Denunciation 2018, art. 30), wherever it is.
     */
    StatutoryDeadlines.Due resolutionDue(UUID jurisdictionId, PetitionKind kind, @Nullable String round, String complexity, boolean remoteArea, LocalDate acceptedOn) {
        if (kind == PetitionKind.COMPLAINT) {
            return deadlines.due(jurisdictionId, "COMPLAINT", "RESOLUTION", round == null ? "FIRST" : round, complexity.equals("NORMAL") ? "NORMAL" : "COMPLEX", remoteArea,
                    acceptedOn);
        }
        return deadlines.due(jurisdictionId, kind.name(), "RESOLUTION", null, complexity, false, acceptedOn);
    }

    /** The first statutory step from receipt: a complaint is accepted or refused, the others classified and handled. */
    static String firstStage(PetitionKind kind) {
        return kind == PetitionKind.COMPLAINT ? "ACCEPTANCE" : "CLASSIFICATION";
    }

    static List<PetitionAction> allowed(PetitionStatus status, @Nullable Boolean eligible) {
        List<PetitionAction> actions = new ArrayList<>();
        switch (status) {
            case RECEIVED -> {
                actions.add(PetitionAction.CLASSIFY);
                if (eligible != null) {
                    if (eligible) {
                        actions.add(PetitionAction.ACCEPT);
                    }
                    actions.addAll(List.of(PetitionAction.FORWARD, PetitionAction.GUIDE, PetitionAction.FILE));
                }
                actions.add(PetitionAction.ASSIGN_UNIT);
            }
            case ACCEPTED -> actions.addAll(List.of(PetitionAction.RESOLVE, PetitionAction.ASSIGN_UNIT));
            default -> {
            }
        }
        return actions;
    }

    /** The petition, for one of its handlers or a leader of the receiving office; 404 for anyone outside that office. */
    private Petitions.Row handled(Caller caller, UUID id) {
        // lock first, so that two handlers acting at once take turns and the second sees the first's outcome
        sql.rows("SELECT 1 FROM petition WHERE id = ? AND jurisdiction_id = ? FOR UPDATE", id, caller.jurisdictionId());
        Petitions.Row row = petitions.load(caller, id);
        if (!petitions.isHandler(caller, id) && !PetitionAccess.isLeaderOf(caller, row.officeId())) {
            throw ProblemException.forbidden("Only the petition's handlers or a leader of the receiving office handle it.");
        }
        return row;
    }

    private static void require(Petitions.Row row, PetitionStatus expected, String what) {
        if (row.status() != expected) {
            throw ProblemException.conflict("The petition is " + row.status() + ": it cannot be " + what + " now.");
        }
    }

    private Object[] classification(UUID id) {
        return sql.row("SELECT eligible, ineligible_reason, complexity, remote_area, round FROM petition WHERE id = ?", id);
    }

    @Transactional
    public PetitionResponse classify(Caller caller, UUID id, ClassificationRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.RECEIVED, "classified");
        if (!request.eligible() && request.ineligibleReason() == null) {
            throw ProblemException.invalid("ineligibleReason", "say why the petition is not eligible");
        }
        if (request.eligible() && request.ineligibleReason() != null) {
            throw ProblemException.invalid("ineligibleReason", "only for a petition that is not eligible");
        }
        if (request.round() != null && row.kind() != PetitionKind.COMPLAINT) {
            throw ProblemException.invalid("round", "only a complaint has a first or second round");
        }
        Complexity complexity = request.complexity() == null ? Complexity.NORMAL : request.complexity();
        sql.exec("""
                UPDATE petition SET eligible = ?, ineligible_reason = ?, classification_note = ?, complexity = ?, remote_area = ?, round = ?, classified_at = ?,
                                    classified_by = ?, version = version + 1, updated_at = ?
                WHERE id = ?""", request.eligible(), request.ineligibleReason(), blankToNull(request.note()), complexity,
                Boolean.TRUE.equals(request.remoteArea()), request.round(), petitions.now(), caller.id(), petitions.now(), id);
        petitions.event(id, "CLASSIFIED", null, request.eligible() ? "Đủ điều kiện xử lý" : "Không đủ điều kiện xử lý: " + request.ineligibleReason(),
                caller.id(), caller.name());
        audit.record(caller, "CLASSIFY", "petition", id, null, Map.of("eligible", request.eligible(), "ineligibleReason", String.valueOf(request.ineligibleReason()),
                "complexity", complexity.name()));
        return petitions.get(caller, id);
    }

    private void requireClassified(UUID id) {
        if (classification(id)[0] == null) {
            throw ProblemException.conflict("Classify the petition first (eligible or not, and why).");
        }
    }

    /** Issues a handling document, numbered per office and year. */
    private UUID document(Caller caller, Petitions.Row row, String kind, LocalDate issuedOn, @Nullable String addressee, @Nullable String body) {
        UUID id = UUID.randomUUID();
        String number = numbers.next(row.officeId(), "XLD", issuedOn.getYear()).display();
        sql.exec("INSERT INTO petition_document (id, petition_id, office_id, kind, number, issued_on, addressee, body, issued_by, issued_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, row.id(), row.officeId(), kind, number, issuedOn, addressee, body, caller.id(), petitions.now());
        return id;
    }

    private void close(Caller caller, Petitions.Row row, PetitionStatus status, String publicStage, String note) {
        sql.exec("UPDATE petition SET status = ?, handled_on = ?, outcome_note = ?, version = version + 1, updated_at = ? WHERE id = ?", status, petitions.today(),
                note, petitions.now(), row.id());
        petitions.event(row.id(), status.name(), publicStage, note, caller.id(), caller.name());
        audit.record(caller, status.name(), "petition", row.id(), Map.of("status", row.status().name()), Map.of("status", status.name()));
    }

    @Transactional
    public PetitionResponse accept(Caller caller, UUID id, AcceptanceRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.RECEIVED, "accepted");
        requireClassified(id);
        Object[] c = classification(id);
        if (!Boolean.TRUE.equals(c[0])) {
            throw ProblemException.conflict("A petition that is not eligible is not accepted for resolution: forward, guide or file it.");
        }
        LocalDate acceptedOn = request.acceptedOn() == null ? petitions.today() : request.acceptedOn();
        if (acceptedOn.isBefore(row.receivedOn()) || acceptedOn.isAfter(petitions.today())) {
            throw ProblemException.invalid("acceptedOn", "between the day received and today");
        }
        if (row.kind() != PetitionKind.COMPLAINT && row.kind() != PetitionKind.DENUNCIATION) {
            throw ProblemException.conflict("Only complaints and denunciations are accepted for resolution (thụ lý); forward, guide or file this petition.");
        }
        StatutoryDeadlines.Due due = resolutionDue(row.jurisdictionId(), row.kind(), (String) c[4], (String) c[2], (Boolean) c[3], acceptedOn);
        document(caller, row, "ACCEPTANCE_NOTICE", acceptedOn, null, blankToNull(request.note()));
        sql.exec("UPDATE petition SET resolution_due_on = ?, resolution_max_on = ?, resolution_due_rule = ? WHERE id = ?", due.dueOn(), due.extendedMaxOn(),
                due.legalReference(), id);
        close(caller, row, PetitionStatus.ACCEPTED, "ACCEPTED", blankToNull(request.note()));
        return petitions.get(caller, id);
    }

    @Transactional
    public PetitionResponse forward(Caller caller, UUID id, ForwardingRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.RECEIVED, "forwarded");
        requireClassified(id);
        if (request.authorityUnitId() != null
                && sql.scalar("SELECT count(*) FROM unit WHERE id = ? AND jurisdiction_id = ?", Long.class, request.authorityUnitId(), caller.jurisdictionId()) == 0) {
            throw ProblemException.invalid("authorityUnitId", "no such unit in this jurisdiction");
        }
        if (request.replyDueOn() != null && request.replyDueOn().isBefore(petitions.today())) {
            throw ProblemException.invalid("replyDueOn", "must not be in the past");
        }
        UUID letter = document(caller, row, "FORWARDING_LETTER", petitions.today(), request.authority().strip(), blankToNull(request.note()));
        sql.exec("INSERT INTO petition_forwarding (id, petition_id, document_id, authority, authority_unit_id, reply_due_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), id, letter, request.authority().strip(), request.authorityUnitId(), request.replyDueOn(), petitions.now());
        close(caller, row, PetitionStatus.FORWARDED, "FORWARDED", "Chuyển đơn đến " + request.authority().strip());
        if (request.authorityUnitId() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, request.authorityUnitId(), new Notifier.Message("PETITION_FORWARDED",
                    "Đơn được chuyển đến đơn vị", "Đơn số " + row.number() + " được chuyển đến đơn vị để xem xét, giải quyết theo thẩm quyền.", null, "petition",
                    id.toString()));
        }
        return petitions.get(caller, id);
    }

    @Transactional
    public PetitionResponse guide(Caller caller, UUID id, GuidanceRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.RECEIVED, "answered with guidance");
        requireClassified(id);
        document(caller, row, "GUIDANCE_LETTER", petitions.today(), null, request.reply().strip());
        close(caller, row, PetitionStatus.GUIDED, "GUIDED", request.reply().strip());
        return petitions.get(caller, id);
    }

    @Transactional
    public PetitionResponse file(Caller caller, UUID id, FilingRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.RECEIVED, "filed");
        requireClassified(id);
        document(caller, row, "FILING_NOTE", petitions.today(), null, request.reason().strip());
        close(caller, row, PetitionStatus.FILED, "FILED", request.reason().strip());
        return petitions.get(caller, id);
    }

    @Transactional
    public PetitionResponse resolve(Caller caller, UUID id, ResolutionRequest request) {
        Petitions.Row row = handled(caller, id);
        require(row, PetitionStatus.ACCEPTED, "resolved");
        LocalDate resolvedOn = request.resolvedOn() == null ? petitions.today() : request.resolvedOn();
        if (resolvedOn.isAfter(petitions.today()) || resolvedOn.isBefore(row.receivedOn())) {
            throw ProblemException.invalid("resolvedOn", "between the day received and today");
        }
        document(caller, row, "RESOLUTION_DECISION", resolvedOn, null, request.summary().strip()
                + (blankToNull(request.documentNumber()) == null ? "" : " (" + request.documentNumber().strip() + ")"));
        sql.exec("UPDATE petition SET status = 'RESOLVED', resolved_on = ?, outcome_note = ?, version = version + 1, updated_at = ? WHERE id = ?", resolvedOn,
                request.summary().strip(), petitions.now(), id);
        petitions.event(id, "RESOLVED", "RESOLVED", request.summary().strip(), caller.id(), caller.name());
        audit.record(caller, "RESOLVE", "petition", id, Map.of("status", "ACCEPTED"), Map.of("status", "RESOLVED", "resolvedOn", resolvedOn.toString()));
        return petitions.get(caller, id);
    }

    @Transactional
    public PetitionResponse reply(Caller caller, UUID id, UUID forwardingId, ReplyRequest request) {
        Petitions.Row row = handled(caller, id);
        Object[] f = sql.row("SELECT replied_on FROM petition_forwarding WHERE id = ? AND petition_id = ?", forwardingId, id);
        if (f == null) {
            throw ProblemException.notFound("forwarding");
        }
        if (f[0] != null) {
            throw ProblemException.conflict("The authority's reply is already recorded.");
        }
        if (request.repliedOn().isAfter(petitions.today())) {
            throw ProblemException.invalid("repliedOn", "must not be in the future");
        }
        sql.exec("UPDATE petition_forwarding SET replied_on = ?, reply_summary = ?, reply_document = ? WHERE id = ?", request.repliedOn(), request.summary().strip(),
                blankToNull(request.documentNumber()), forwardingId);
        sql.exec("UPDATE petition SET version = version + 1, updated_at = ? WHERE id = ?", petitions.now(), id);
        petitions.event(id, "AUTHORITY_REPLIED", null, request.summary().strip(), caller.id(), caller.name());
        audit.record(caller, "RECORD_REPLY", "petition_forwarding", forwardingId, null, Map.of("petitionId", row.id(), "repliedOn", request.repliedOn().toString()));
        return petitions.get(caller, id);
    }

    // ---- units ------------------------------------------------------------------------------------------------

    @Transactional
    public PetitionResponse assignUnit(Caller caller, UUID id, UnitAssignmentRequest request) {
        Petitions.Row row = handled(caller, id);
        if (row.status() != PetitionStatus.RECEIVED && row.status() != PetitionStatus.ACCEPTED) {
            throw ProblemException.conflict("Units are asked to verify while the petition is being handled or resolved.");
        }
        if (sql.scalar("SELECT count(*) FROM unit WHERE id = ? AND jurisdiction_id = ?", Long.class, request.unitId(), caller.jurisdictionId()) == 0) {
            throw ProblemException.invalid("unitId", "no such unit in this jurisdiction");
        }
        if (request.dueOn().isBefore(petitions.today())) {
            throw ProblemException.invalid("dueOn", "must not be in the past");
        }
        UUID assignment = UUID.randomUUID();
        sql.exec("INSERT INTO petition_unit_assignment (id, petition_id, unit_id, request, due_on, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                assignment, id, request.unitId(), request.request().strip(), request.dueOn(), caller.id(), petitions.now());
        sql.exec("UPDATE petition SET version = version + 1, updated_at = ? WHERE id = ?", petitions.now(), id);
        petitions.event(id, "UNIT_ASKED", null, request.request().strip(), caller.id(), caller.name());
        audit.record(caller, "ASSIGN_UNIT", "petition", id, null, Map.of("unitId", request.unitId(), "dueOn", request.dueOn().toString()));
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, request.unitId(), new Notifier.Message("PETITION_UNIT_ASKED", "Đề nghị xác minh, báo cáo",
                "Đề nghị xác minh, báo cáo kết quả về đơn số " + row.number() + " trước ngày " + vn.lienthong.kernel.clock.VietnameseDates.format(request.dueOn()) + ".",
                "/petition-unit-assignments", "petition_unit_assignment", assignment.toString()));
        return petitions.get(caller, id);
    }

    /** A unit's inbox: what it was asked to verify (never identities, never the petition's content beyond its summary). */
    @Transactional(readOnly = true)
    public PageResponse<UnitAssignmentView> unitAssignments(Caller caller, PageParams page, @Nullable Boolean open) {
        if (!caller.isPerson() || caller.role() != Role.UNIT_OFFICER || caller.unitId() == null) {
            throw ProblemException.forbidden("A unit's officers read what their unit was asked.");
        }
        SqlPages.Query query = new SqlPages.Query(HandlingViews.UNIT_ASSIGNMENT_COLUMNS, HandlingViews.UNIT_ASSIGNMENT_FROM)
                .tieBreaker("a.id")
                .where("a.unit_id = ?", caller.unitId())
                .sortable("dueOn", "a.due_on")
                .defaultSort("dueOn");
        if (Boolean.TRUE.equals(open)) {
            query.where("a.reported_at IS NULL");
        }
        return pages.page(query, page, HandlingViews::unitAssignment);
    }

    @Transactional
    public UnitAssignmentView report(Caller caller, UUID assignmentId, UnitReportRequest request) {
        Object[] a = sql.row("SELECT a.unit_id, a.petition_id, a.reported_at, p.jurisdiction_id, p.office_id, p.number FROM petition_unit_assignment a "
                + "JOIN petition p ON p.id = a.petition_id WHERE a.id = ?", assignmentId);
        if (a == null || !caller.jurisdictionId().equals(a[3]) || caller.unitId() == null || !caller.unitId().equals(a[0])) {
            throw ProblemException.notFound("unit assignment");
        }
        if (a[2] != null) {
            throw ProblemException.conflict("The unit already reported.");
        }
        sql.exec("UPDATE petition_unit_assignment SET result = ?, reported_by = ?, reported_at = ? WHERE id = ?", request.result().strip(), caller.id(),
                petitions.now(), assignmentId);
        petitions.event((UUID) a[1], "UNIT_REPORTED", null, request.result().strip(), caller.id(), caller.name());
        audit.record(caller, "REPORT", "petition_unit_assignment", assignmentId, null, Map.of("petitionId", a[1]));
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, (UUID) a[4], new Notifier.Message("PETITION_UNIT_REPORTED", "Đơn vị đã báo cáo",
                "Đơn vị đã báo cáo kết quả xác minh đơn số " + a[5] + ".", "/petitions/" + a[1], "petition", a[1].toString()));
        return sql.query("SELECT " + HandlingViews.UNIT_ASSIGNMENT_COLUMNS + " FROM " + HandlingViews.UNIT_ASSIGNMENT_FROM + " WHERE a.id = ?",
                HandlingViews::unitAssignment, assignmentId).get(0);
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean ineligibleFor(@Nullable String reason, IneligibleReason expected) {
        return expected.name().equals(reason);
    }
}
