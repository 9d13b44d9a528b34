package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.attachment.AttachmentService;
import vn.lienthong.meeting.api.MeetingDirectory;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.office.UnitRef;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.kernel.web.SqlPages;
import vn.lienthong.kernel.web.Versions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Source documents and the tasks they assign: recording, reading, the cross-notice task list. */
@Singleton
public class ConclusionService {
    private final JdbcOperations jdbc;
    private final Sql sql;
    private final SqlPages pages;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final AttachmentService attachmentService;
    private final MeetingDirectory meetings;
    private final Clock clock;

    ConclusionService(JdbcOperations jdbc, Sql sql, SqlPages pages, AuditTrail audit, Notifier notifier, Outbox outbox, Idempotency idempotency,
                      AttachmentService attachmentService, MeetingDirectory meetings, Clock clock) {
        this.attachmentService = attachmentService;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.sql = sql;
        this.pages = pages;
        this.audit = audit;
        this.notifier = notifier;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.VIETNAM));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- documents -------------------------------------------------------------------------------------------

    @Transactional
    public Idempotency.Outcome<DocumentResponse> create(Caller caller, @Nullable String idempotencyKey, DocumentRequest request) {
        ConclusionAccess.requireOfficeMember(caller);
        return idempotency.run(caller, idempotencyKey, "conclusions.create", request, DocumentResponse.class, () -> {
            List<Problem.FieldError> errors = new ArrayList<>(checkDocument(caller, request));
            List<TaskRequest> tasks = request.tasks() == null ? List.of() : request.tasks();
            for (int i = 0; i < tasks.size(); i++) {
                errors.addAll(checkTask(caller, tasks.get(i), request.issuedOn(), "tasks[" + i + "]."));
            }
            failIfAny(errors);
            UUID id = UUID.randomUUID();
            Instant now = now();
            exec("""
                    INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary,
                                                     meeting_id, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, caller.jurisdictionId(), caller.officeId(), request.kind(), request.number().strip(), request.issuedOn(), request.issuingBodyId(),
                    request.signer().strip(), request.summary().strip(), request.meetingId(), caller.id(), now, now);
            for (UUID attachment : attachments(request)) {
                exec("INSERT INTO conclusion_document_attachment (document_id, attachment_id) VALUES (?, ?)", id, attachment);
            }
            for (TaskRequest task : tasks) {
                insertTask(caller, id, request.issuedOn(), task);
            }
            DocumentResponse created = document(caller, id);
            audit.record(caller, "CREATE", "conclusion_document", id, null, created);
            outbox.publish(caller.jurisdictionId(), "conclusion.document.recorded", "conclusion_document", id, Map.of("id", id, "number", created.number()));
            return created;
        });
    }

    @Transactional
    public DocumentResponse update(Caller caller, UUID id, @Nullable String ifMatch, DocumentRequest request) {
        ConclusionAccess.requireOfficeMember(caller);
        DocumentResponse current = document(caller, id);
        if (!current.officeId().equals(caller.officeId())) {
            throw ProblemException.forbidden("Only the office that recorded the document can change it.");
        }
        Versions.requireIfMatch(ifMatch, current.version());
        if (request.tasks() != null) {
            throw ProblemException.invalid("tasks", "tasks are added with POST /api/v1/conclusions/{id}/tasks, not with PUT");
        }
        List<Problem.FieldError> errors = new ArrayList<>(checkDocument(caller, request));
        LocalDate earliestDeadline = scalar("SELECT min(original_deadline) FROM conclusion_task WHERE document_id = ?", LocalDate.class, id);
        if (earliestDeadline != null && earliestDeadline.isBefore(request.issuedOn())) {
            errors.add(new Problem.FieldError("issuedOn", "a task's deadline (" + earliestDeadline + ") would fall before the document's date"));
        }
        failIfAny(errors);
        int updated = exec("""
                UPDATE conclusion_document SET kind = ?, number = ?, issued_on = ?, issuing_body_id = ?, signer = ?, summary = ?, meeting_id = ?,
                       version = version + 1, updated_at = ? WHERE id = ? AND version = ?""",
                request.kind(), request.number().strip(), request.issuedOn(), request.issuingBodyId(), request.signer().strip(), request.summary().strip(),
                request.meetingId(), now(), id, current.version());
        Versions.requireWritten(updated, () -> scalar("SELECT version FROM conclusion_document WHERE id = ?", Long.class, id), "Document");
        exec("DELETE FROM conclusion_document_attachment WHERE document_id = ?", id);
        for (UUID attachment : attachments(request)) {
            exec("INSERT INTO conclusion_document_attachment (document_id, attachment_id) VALUES (?, ?)", id, attachment);
        }
        DocumentResponse after = document(caller, id);
        audit.record(caller, "UPDATE", "conclusion_document", id, current, after);
        return after;
    }

    @Transactional(readOnly = true)
    public PageResponse<DocumentResponse> documents(Caller caller, PageParams page, @Nullable DocumentKind kind, @Nullable UUID issuingBodyId,
                                                    @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo) {
        LocalDate today = today();
        SqlPages.Query query = new SqlPages.Query(DOCUMENT_COLUMNS, DOCUMENT_FROM, today)
                .tieBreaker("d.id")
                .where("d.jurisdiction_id = ?", caller.jurisdictionId())
                .where(documentVisible(), caller.officeId(), caller.officeId(), caller.unitId(), caller.unitId())
                .whereIfPresent(kind, "d.kind = ?")
                .whereIfPresent(issuingBodyId, "d.issuing_body_id = ?")
                .whereIfPresent(issuedFrom, "d.issued_on >= ?")
                .whereIfPresent(issuedTo, "d.issued_on <= ?")
                .search("d.search_text", page.q())
                .updatedSince("d.updated_at", page.updatedSince())
                .sortable("issuedOn", "d.issued_on").sortable("number", "d.number").sortable("updatedAt", "d.updated_at")
                .defaultSort("-issuedOn");
        return pages.page(query, page, this::mapDocument);
    }

    @Transactional(readOnly = true)
    public DocumentResponse document(Caller caller, UUID id) {
        List<DocumentResponse> found = jdbc.prepareStatement("SELECT " + DOCUMENT_COLUMNS + " FROM " + DOCUMENT_FROM
                + " WHERE d.id = ? AND d.jurisdiction_id = ? AND " + documentVisible(), statement -> {
            SqlPages.bind(statement, Arrays.asList(today(), id, caller.jurisdictionId(), caller.officeId(), caller.officeId(), caller.unitId(), caller.unitId()));
            List<DocumentResponse> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapDocument(rs));
                }
            }
            return rows;
        });
        if (found.isEmpty()) {
            throw ProblemException.notFound("Document");
        }
        return found.get(0);
    }

    /** The recording office, an office following one of its tasks, or a unit leading or coordinating one. */
    private static String documentVisible() {
        return "(d.office_id = ? OR EXISTS (SELECT 1 FROM conclusion_task vt WHERE vt.document_id = d.id AND (vt.following_office_id = ? "
                + "OR vt.lead_unit_id = ? OR EXISTS (SELECT 1 FROM conclusion_task_coordinator vc WHERE vc.task_id = vt.id AND vc.unit_id = ?))))";
    }

    private static final String DOCUMENT_COLUMNS = "d.*, b.name_vi AS body_name, "
            + "(SELECT coalesce(array_agg(a.attachment_id ORDER BY a.attachment_id), '{}') FROM conclusion_document_attachment a WHERE a.document_id = d.id) AS attachment_ids, "
            + "s.done_on_time, s.done_late, s.in_progress, s.extended, s.overdue, s.cancelled";
    private static final String DOCUMENT_FROM = "conclusion_document d JOIN leadership_body b ON b.id = d.issuing_body_id "
            + "CROSS JOIN LATERAL (SELECT " + StatisticsSql.COUNTS + " FROM (SELECT conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?) AS status "
            + "FROM conclusion_task t WHERE t.document_id = d.id) x) s";

    private DocumentResponse mapDocument(ResultSet rs) throws SQLException {
        UUID[] attachmentIds = (UUID[]) rs.getArray("attachment_ids").getArray();
        return new DocumentResponse(SqlPages.uuid(rs, "id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class), SqlPages.uuid(rs, "issuing_body_id"), rs.getString("body_name"), rs.getString("signer"),
                rs.getString("summary"), SqlPages.uuid(rs, "meeting_id"), SqlPages.uuid(rs, "office_id"), List.of(attachmentIds),
                StatisticsSql.counts(rs), rs.getLong("version"), SqlPages.instant(rs, "updated_at").atZone(Zones.VIETNAM).toOffsetDateTime());
    }

    // ---- tasks -----------------------------------------------------------------------------------------------

    @Transactional
    public TaskResponse addTask(Caller caller, UUID documentId, TaskRequest request) {
        ConclusionAccess.requireOfficeMember(caller);
        DocumentResponse document = document(caller, documentId);
        if (!document.officeId().equals(caller.officeId())) {
            throw ProblemException.forbidden("Only the office that recorded the document can add tasks to it.");
        }
        failIfAny(checkTask(caller, request, document.issuedOn(), ""));
        UUID id = insertTask(caller, documentId, document.issuedOn(), request);
        exec("UPDATE conclusion_document SET version = version + 1, updated_at = ? WHERE id = ?", now(), documentId);
        return task(caller, id);
    }

    @Transactional(readOnly = true)
    public PageResponse<TaskResponse> tasks(Caller caller, PageParams page, TaskFilter filter) {
        LocalDate today = today();
        SqlPages.Query query = new SqlPages.Query(TaskRow.COLUMNS, TaskRow.FROM)
                .selectParams(today)
                .tieBreaker("t.id");
        // Who sees which tasks, written on the task alone so that counting needs no join. The caller's own office or
        // unit already confines the tasks to the caller's jurisdiction (composite foreign keys tie a task's office and
        // units to its jurisdiction); repeating t.jurisdiction_id here made the planner AND in the statistics index and
        // read the whole jurisdiction (make bench: 1046 -> 127 req/s).
        if (caller.officeId() != null) {
            query.where("(t.following_office_id = ? OR EXISTS (SELECT 1 FROM conclusion_document vd WHERE vd.id = t.document_id AND vd.office_id = ?))",
                    caller.officeId(), caller.officeId());
        } else if (caller.unitId() != null) {
            query.where("(t.lead_unit_id = ? OR EXISTS (SELECT 1 FROM conclusion_task_coordinator c WHERE c.task_id = t.id AND c.unit_id = ?))",
                    caller.unitId(), caller.unitId());
        } else {
            query.where("FALSE");
        }
        if (page.q() == null || page.q().isBlank()) {
            query.countFrom("conclusion_task t");
        }
        query
                .whereIfPresent(filter.documentId(), "t.document_id = ?")
                .whereIfPresent(filter.leadUnitId(), "t.lead_unit_id = ?")
                .whereIfPresent(filter.followingOfficeId(), "t.following_office_id = ?")
                .whereIfPresent(filter.issuedFrom(), "t.document_issued_on >= ?")
                .whereIfPresent(filter.issuedTo(), "t.document_issued_on <= ?")
                .search("search_normalize(t.content || ' ' || t.focal_officer || ' ' || d.number)", page.q())
                .updatedSince("t.updated_at", page.updatedSince())
                .sortable("deadline", "t.deadline").sortable("updatedAt", "t.updated_at").sortable("position", "t.position")
                .sortable("documentIssuedOn", "d.issued_on")
                .defaultSort("deadline");
        if (filter.status() != null) {
            query.where("conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?) = ?", today, filter.status().name());
        }
        if (filter.dueWithinDays() != null) {
            query.where("t.state = 'OPEN' AND t.deadline BETWEEN ? AND ?", today, today.plusDays(filter.dueWithinDays()));
        }
        if (Boolean.TRUE.equals(filter.awaitingConfirmation())) {
            query.where("t.state = 'COMPLETION_PROPOSED'");
        }
        if (Boolean.TRUE.equals(filter.mine()) && caller.unitId() != null) {
            query.where("t.lead_unit_id = ?", caller.unitId());
        }
        PageResponse<TaskRow> rows = pages.page(query, page, TaskRow::map);
        List<TaskResponse> items = toResponses(rows.items());
        return new PageResponse<>(items, rows.page(), rows.size(), rows.totalItems(), rows.totalPages());
    }

    public record TaskFilter(@Nullable UUID documentId, @Nullable TaskStatus status, @Nullable UUID leadUnitId, @Nullable UUID followingOfficeId,
                             @Nullable Integer dueWithinDays, @Nullable Boolean awaitingConfirmation, @Nullable Boolean mine,
                             @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo) {
    }

    @Transactional(readOnly = true)
    public TaskResponse task(Caller caller, UUID id) {
        return toResponse(visibleTask(caller, id, false));
    }

    @Transactional(readOnly = true)
    public List<TaskEventResponse> history(Caller caller, UUID id) {
        visibleTask(caller, id, false);
        return jdbc.prepareStatement("SELECT * FROM conclusion_task_event WHERE task_id = ? ORDER BY occurred_at, id", statement -> {
            statement.setObject(1, id);
            List<TaskEventResponse> events = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Integer percent = (Integer) rs.getObject("percent");
                    events.add(new TaskEventResponse(SqlPages.uuid(rs, "id"), rs.getString("kind"), rs.getString("actor_name"), SqlPages.uuid(rs, "unit_id"),
                            rs.getString("note"), percent, rs.getObject("deadline_from", LocalDate.class), rs.getObject("deadline_to", LocalDate.class),
                            List.of((UUID[]) rs.getArray("attachment_ids").getArray()),
                            SqlPages.instant(rs, "occurred_at").atZone(Zones.VIETNAM).toOffsetDateTime()));
                }
            }
            return events;
        });
    }

    /** Loads a task the caller may see (404 otherwise), optionally locking it for an action. */
    TaskRow visibleTask(Caller caller, UUID id, boolean forUpdate) {
        TaskRow task = jdbc.prepareStatement("SELECT " + TaskRow.COLUMNS + " FROM " + TaskRow.FROM + " WHERE t.id = ?"
                + (forUpdate ? " FOR UPDATE OF t" : ""), statement -> {
            statement.setObject(1, today());
            statement.setObject(2, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? TaskRow.map(rs) : null;
            }
        });
        if (task == null || !ConclusionAccess.seesTask(caller, task, () -> unitsOf(id))) {
            throw ProblemException.notFound("Task");
        }
        return task;
    }

    Set<UUID> unitsOf(UUID taskId) {
        return jdbc.prepareStatement("SELECT lead_unit_id FROM conclusion_task WHERE id = ? UNION SELECT unit_id FROM conclusion_task_coordinator WHERE task_id = ?",
                statement -> {
                    statement.setObject(1, taskId);
                    statement.setObject(2, taskId);
                    Set<UUID> units = new HashSet<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            units.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return units;
                });
    }

    TaskResponse toResponse(TaskRow t) {
        return toResponses(List.of(t)).get(0);
    }

    /** Responses for a page of tasks: their units and pending extensions in two queries, whatever the page size. */
    List<TaskResponse> toResponses(List<TaskRow> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        UUID[] ids = tasks.stream().map(TaskRow::id).toArray(UUID[]::new);
        Map<UUID, UnitRef> leads = new HashMap<>();
        Map<UUID, List<UnitRef>> coordinating = new HashMap<>();
        jdbc.prepareStatement("""
                SELECT t.id AS task_id, u.id, u.code, u.name, false AS coordinating FROM conclusion_task t JOIN unit u ON u.id = t.lead_unit_id WHERE t.id = ANY(?)
                UNION ALL
                SELECT c.task_id, u.id, u.code, u.name, true FROM conclusion_task_coordinator c JOIN unit u ON u.id = c.unit_id WHERE c.task_id = ANY(?)
                ORDER BY 5, 3""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID task = rs.getObject("task_id", UUID.class);
                    UnitRef ref = new UnitRef(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"));
                    if (rs.getBoolean("coordinating")) {
                        coordinating.computeIfAbsent(task, k -> new ArrayList<>()).add(ref);
                    } else {
                        leads.put(task, ref);
                    }
                }
            }
            return null;
        });
        Map<UUID, ConclusionPendingExtension> pending = new HashMap<>();
        jdbc.prepareStatement("SELECT task_id, id, requested_deadline, reason, requested_at FROM conclusion_extension_request "
                + "WHERE task_id = ANY(?) AND decision = 'PENDING'", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    pending.put(rs.getObject(1, UUID.class), new ConclusionPendingExtension(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getTimestamp(5).toInstant().atZone(Zones.VIETNAM).toOffsetDateTime()));
                }
            }
            return null;
        });
        return tasks.stream().map(t -> new TaskResponse(t.id(), t.documentId(), t.documentNumber(), t.documentIssuedOn(), t.position(), t.content(),
                t.expectedResult(), leads.get(t.id()), coordinating.getOrDefault(t.id(), List.of()), t.focalOfficer(), t.focalUserId(), t.deadline(),
                t.originalDeadline(), t.reportingCycle(), t.followingOfficeId(), t.status(), t.state().equals("COMPLETION_PROPOSED"), t.progressPercent(),
                t.completionProposedOn(), t.completedOn(), t.cancelReason(), pending.get(t.id()), t.version(),
                t.updatedAt().atZone(Zones.VIETNAM).toOffsetDateTime())).toList();
    }

    UUID insertTask(Caller caller, UUID documentId, LocalDate issuedOn, TaskRequest request) {
        UUID id = UUID.randomUUID();
        Instant now = now();
        UUID lead = request.units().stream().filter(u -> u.role() == UnitRole.LEAD).findFirst().orElseThrow().unitId();
        UUID following = request.followingOfficeId() == null ? caller.officeId() : request.followingOfficeId();
        Integer position = scalar("SELECT coalesce(max(position), 0) + 1 FROM conclusion_task WHERE document_id = ?", Integer.class, documentId);
        exec("""
                INSERT INTO conclusion_task (id, jurisdiction_id, document_id, document_issued_on, position, content, expected_result, lead_unit_id, focal_officer,
                                             focal_user_id, deadline, original_deadline, reporting_cycle, following_office_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, caller.jurisdictionId(), documentId, issuedOn, position, request.content().strip(), request.expectedResult().strip(), lead,
                request.focalOfficer().strip(), request.focalUserId(), request.deadline(), request.deadline(), request.reportingCycle(), following, now, now);
        for (TaskRequest.TaskUnit unit : request.units()) {
            if (unit.role() == UnitRole.COORDINATING) {
                exec("INSERT INTO conclusion_task_coordinator (task_id, unit_id) VALUES (?, ?)", id, unit.unitId());
            }
        }
        exec("INSERT INTO conclusion_task_event (id, task_id, kind, actor_id, actor_name, occurred_at) VALUES (?, ?, 'CREATED', ?, ?, ?)",
                UUID.randomUUID(), id, caller.id(), caller.name(), now);
        audit.record(caller, "CREATE", "conclusion_task", id, null, Map.of("documentId", documentId, "leadUnitId", lead, "content", request.content(),
                "deadline", String.valueOf(request.deadline())));
        Notifier.Message message = new Notifier.Message("CONCLUSION_TASK_ASSIGNED", "Nhiệm vụ mới được giao",
                "Đơn vị được giao chủ trì nhiệm vụ: " + abbreviate(request.content()) + (request.deadline() == null ? "" : " (hạn " + VietnameseDates.format(request.deadline()) + ")."),
                "/conclusion-tasks/" + id, "conclusion_task", id.toString());
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, lead, message);
        if (request.focalUserId() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.USER, request.focalUserId(), message);
        }
        outbox.publish(caller.jurisdictionId(), "conclusion.task.assigned", "conclusion_task", id, Map.of("id", id, "leadUnitId", lead));
        return id;
    }

    // ---- validation ("5 rõ" and references) ------------------------------------------------------------------

    private List<Problem.FieldError> checkDocument(Caller caller, DocumentRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (scalar("SELECT count(*) FROM leadership_body WHERE id = ? AND jurisdiction_id = ?", Long.class, request.issuingBodyId(), caller.jurisdictionId()) == 0) {
            errors.add(new Problem.FieldError("issuingBodyId", "no such leadership body in this jurisdiction"));
        }
        if (request.issuedOn().isAfter(today())) {
            errors.add(new Problem.FieldError("issuedOn", "must not be in the future"));
        }
        if (request.meetingId() != null && !meetings.exists(caller.jurisdictionId(), request.meetingId())) {
            errors.add(new Problem.FieldError("meetingId", "no such meeting in this jurisdiction"));
        }
        try {
            attachmentService.requireOwn(caller, attachments(request), "attachmentIds");
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        return errors;
    }

    List<Problem.FieldError> checkTask(Caller caller, TaskRequest task, LocalDate issuedOn, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(task.content())) {
            errors.add(new Problem.FieldError(prefix + "content", "rõ việc: the work to do is required"));
        }
        if (blank(task.focalOfficer())) {
            errors.add(new Problem.FieldError(prefix + "focalOfficer", "rõ người: the focal officer is required"));
        }
        if (blank(task.expectedResult())) {
            errors.add(new Problem.FieldError(prefix + "expectedResult", "rõ hiệu quả: the expected result is required"));
        }
        long leads = task.units().stream().filter(u -> u.role() == UnitRole.LEAD).count();
        if (leads != 1) {
            errors.add(new Problem.FieldError(prefix + "units", "rõ trách nhiệm: exactly one LEAD unit is required, found " + leads));
        }
        Set<UUID> unitIds = new HashSet<>();
        task.units().forEach(u -> unitIds.add(u.unitId()));
        if (unitIds.size() != task.units().size()) {
            errors.add(new Problem.FieldError(prefix + "units", "a unit appears more than once"));
        }
        if (!unitIds.isEmpty()) {
            long known = scalar("SELECT count(*) FROM unit WHERE id = ANY(?) AND jurisdiction_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)",
                    Long.class, unitIds.toArray(new UUID[0]), caller.jurisdictionId(), issuedOn, issuedOn);
            if (known != unitIds.size()) {
                errors.add(new Problem.FieldError(prefix + "units", "unknown unit, or one that did not exist on the document's date"));
            }
        }
        if (task.deadline() == null && task.reportingCycle() == null) {
            errors.add(new Problem.FieldError(prefix + "deadline", "rõ tiến độ: a deadline, or a reportingCycle for an ongoing task, is required"));
        } else if (task.deadline() != null && task.reportingCycle() != null) {
            errors.add(new Problem.FieldError(prefix + "reportingCycle", "give either a deadline or a reporting cycle, not both"));
        } else if (task.deadline() != null && task.deadline().isBefore(issuedOn)) {
            errors.add(new Problem.FieldError(prefix + "deadline", "must not be before the document's date (" + issuedOn + ")"));
        }
        if (task.followingOfficeId() != null
                && scalar("SELECT count(*) FROM office WHERE id = ? AND jurisdiction_id = ?", Long.class, task.followingOfficeId(), caller.jurisdictionId()) == 0) {
            errors.add(new Problem.FieldError(prefix + "followingOfficeId", "no such office in this jurisdiction"));
        }
        if (task.focalUserId() != null && leads == 1) {
            UUID lead = task.units().stream().filter(u -> u.role() == UnitRole.LEAD).findFirst().orElseThrow().unitId();
            if (scalar("SELECT count(*) FROM app_user WHERE id = ? AND unit_id = ? AND active", Long.class, task.focalUserId(), lead) == 0) {
                errors.add(new Problem.FieldError(prefix + "focalUserId", "must be an officer of the lead unit"));
            }
        }
        return errors;
    }

    static void failIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The document or its tasks are incomplete (\"5 rõ\") or refer to unknown data.", errors, Map.of());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<UUID> attachments(DocumentRequest request) {
        return request.attachmentIds() == null ? List.of() : request.attachmentIds();
    }

    static String abbreviate(String text) {
        return abbreviate(text, 120);
    }

    /** The text, stripped, cut to at most max characters with an ellipsis where it was cut. */
    static String abbreviate(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    // ---- SQL helpers (the feature's other classes share them) -----------------------------------------------

    int exec(String statement, Object... values) {
        return sql.exec(statement, values);
    }

    <T> T scalar(String statement, Class<T> type, Object... values) {
        return sql.scalar(statement, type, values);
    }

    Object[] jdbcRow(String statement, Object... values) {
        return sql.row(statement, values);
    }

    List<Object[]> rows(String statement, Object... values) {
        return sql.rows(statement, values);
    }
}
