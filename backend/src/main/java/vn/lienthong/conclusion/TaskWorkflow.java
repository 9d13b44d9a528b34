package vn.lienthong.conclusion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.clock.VietnameseDates;
import vn.lienthong.kernel.attachment.AttachmentService;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Role;
import vn.lienthong.kernel.notification.Notifier;
import vn.lienthong.kernel.notification.Outbox;
import vn.lienthong.kernel.web.ProblemException;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to a task after it is assigned: progress reports, the completion proposal and the following office's
 * decision, extensions decided by an office leader, cancellation. Each is an explicit action, audited, that notifies
 * the other side; anything out of order is a 409 and changes nothing.
 */
@Singleton
public class TaskWorkflow {
    private final ConclusionService conclusions;
    private final AttachmentService attachments;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Outbox outbox;

    TaskWorkflow(ConclusionService conclusions, AttachmentService attachments, AuditTrail audit, Notifier notifier, Outbox outbox) {
        this.conclusions = conclusions;
        this.attachments = attachments;
        this.audit = audit;
        this.notifier = notifier;
        this.outbox = outbox;
    }

    @Transactional
    public TaskResponse reportProgress(Caller caller, UUID taskId, TaskActions.ProgressReport report) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        if (caller.role() != Role.UNIT_OFFICER || !conclusions.unitsOf(taskId).contains(caller.unitId())) {
            throw ProblemException.forbidden("Only the lead or a coordinating unit reports progress on a task.");
        }
        requireOpen(task, "report progress on");
        List<UUID> files = attachments(caller, report.attachmentIds());
        boolean lead = task.leadUnitId().equals(caller.unitId());
        conclusions.exec("UPDATE conclusion_task SET progress_percent = CASE WHEN ? THEN ? ELSE progress_percent END, version = version + 1, updated_at = ? WHERE id = ?",
                lead, report.percent(), conclusions.now(), taskId);
        event(caller, taskId, "PROGRESS_REPORTED", report.note(), report.percent(), null, null, files);
        audit.record(caller, "PROGRESS_REPORTED", "conclusion_task", taskId, Map.of("progressPercent", task.progressPercent()),
                Map.of("progressPercent", lead ? report.percent() : task.progressPercent()));
        notifyOffice(caller, task, "CONCLUSION_TASK_PROGRESS", "Báo cáo tiến độ nhiệm vụ",
                "Đơn vị đã báo cáo tiến độ " + report.percent() + "%: " + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse proposeCompletion(Caller caller, UUID taskId, TaskActions.CompletionProposal proposal) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireLeadUnit(caller, task);
        requireOpen(task, "propose completion of");
        LocalDate completedOn = proposal.completedOn() == null ? conclusions.today() : proposal.completedOn();
        if (completedOn.isAfter(conclusions.today())) {
            throw ProblemException.invalid("completedOn", "must not be in the future");
        }
        if (completedOn.isBefore(task.documentIssuedOn())) {
            throw ProblemException.invalid("completedOn", "must not be before the document's date");
        }
        List<UUID> files = attachments(caller, proposal.attachmentIds());
        conclusions.exec("UPDATE conclusion_task SET state = 'COMPLETION_PROPOSED', completion_proposed_on = ?, version = version + 1, updated_at = ? WHERE id = ?",
                completedOn, conclusions.now(), taskId);
        event(caller, taskId, "COMPLETION_PROPOSED", proposal.note(), null, null, completedOn, files);
        audit.record(caller, "COMPLETION_PROPOSED", "conclusion_task", taskId, Map.of("state", task.state()),
                Map.of("state", "COMPLETION_PROPOSED", "completionProposedOn", completedOn.toString()));
        notifyOffice(caller, task, "CONCLUSION_TASK_COMPLETION_PROPOSED", "Đề nghị xác nhận hoàn thành nhiệm vụ",
                "Đơn vị chủ trì đề nghị xác nhận hoàn thành: " + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse confirmCompletion(Caller caller, UUID taskId, TaskActions.Decision decision) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireFollowingOffice(caller, task, ConclusionAccess.OFFICE_ROLES);
        if (!task.state().equals("COMPLETION_PROPOSED")) {
            throw ProblemException.conflict("Only a task whose completion the lead unit has proposed can be confirmed (this one is " + task.status() + ").");
        }
        conclusions.exec("""
                UPDATE conclusion_task SET state = 'DONE', completed_on = completion_proposed_on, progress_percent = 100, version = version + 1, updated_at = ?
                WHERE id = ?""", conclusions.now(), taskId);
        conclusions.exec("UPDATE conclusion_extension_request SET decision = 'REFUSED', decided_by = ?, decided_at = ?, decision_note = 'Nhiệm vụ đã hoàn thành' "
                + "WHERE task_id = ? AND decision = 'PENDING'", caller.id(), conclusions.now(), taskId);
        event(caller, taskId, "COMPLETION_CONFIRMED", decision == null ? null : decision.note(), null, null, task.completionProposedOn(), List.of());
        audit.record(caller, "COMPLETION_CONFIRMED", "conclusion_task", taskId, Map.of("state", task.state()),
                Map.of("state", "DONE", "completedOn", task.completionProposedOn().toString()));
        notifyUnit(caller, task, "CONCLUSION_TASK_COMPLETED", "Nhiệm vụ được xác nhận hoàn thành",
                "Văn phòng đã xác nhận hoàn thành nhiệm vụ: " + ConclusionService.abbreviate(task.content()));
        outbox.publish(caller.jurisdictionId(), "conclusion.task.completed", "conclusion_task", taskId, Map.of("id", taskId));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse returnCompletion(Caller caller, UUID taskId, TaskActions.ReasonedDecision decision) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireFollowingOffice(caller, task, ConclusionAccess.OFFICE_ROLES);
        if (!task.state().equals("COMPLETION_PROPOSED")) {
            throw ProblemException.conflict("Only a task whose completion the lead unit has proposed can be sent back.");
        }
        conclusions.exec("UPDATE conclusion_task SET state = 'OPEN', completion_proposed_on = NULL, version = version + 1, updated_at = ? WHERE id = ?",
                conclusions.now(), taskId);
        event(caller, taskId, "COMPLETION_RETURNED", decision.note(), null, null, null, List.of());
        audit.record(caller, "COMPLETION_RETURNED", "conclusion_task", taskId, Map.of("state", task.state()), Map.of("state", "OPEN", "reason", decision.note()));
        notifyUnit(caller, task, "CONCLUSION_TASK_RETURNED", "Đề nghị hoàn thành bị trả lại",
                "Văn phòng trả lại đề nghị hoàn thành (" + decision.note().strip() + "): " + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse requestExtension(Caller caller, UUID taskId, TaskActions.ExtensionRequest request) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireLeadUnit(caller, task);
        requireOpen(task, "extend");
        if (task.deadline() == null) {
            throw ProblemException.conflict("An ongoing task has no deadline to extend.");
        }
        if (!request.requestedDeadline().isAfter(task.deadline())) {
            throw ProblemException.invalid("requestedDeadline", "must be after the current deadline (" + task.deadline() + ")");
        }
        Long pending = conclusions.scalar("SELECT count(*) FROM conclusion_extension_request WHERE task_id = ? AND decision = 'PENDING'", Long.class, taskId);
        if (pending > 0) {
            throw ProblemException.conflict("An extension request for this task is already waiting for a decision.");
        }
        conclusions.exec("""
                INSERT INTO conclusion_extension_request (id, task_id, requested_by, requested_at, reason, current_deadline, requested_deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), taskId, caller.id(), conclusions.now(), request.reason().strip(), task.deadline(),
                request.requestedDeadline());
        conclusions.exec("UPDATE conclusion_task SET version = version + 1, updated_at = ? WHERE id = ?", conclusions.now(), taskId);
        event(caller, taskId, "EXTENSION_REQUESTED", request.reason(), null, task.deadline(), request.requestedDeadline(), List.of());
        audit.record(caller, "EXTENSION_REQUESTED", "conclusion_task", taskId, null, Map.of("requestedDeadline", request.requestedDeadline().toString()));
        notifyOffice(caller, task, "CONCLUSION_TASK_EXTENSION_REQUESTED", "Đề nghị gia hạn nhiệm vụ",
                "Đơn vị đề nghị gia hạn đến " + VietnameseDates.format(request.requestedDeadline()) + ": " + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse decideExtension(Caller caller, UUID taskId, UUID requestId, boolean approve, String note) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireFollowingOffice(caller, task, ConclusionAccess.OFFICE_LEADERS);
        Object[] request = conclusions.jdbcRow("SELECT decision, requested_deadline FROM conclusion_extension_request WHERE id = ? AND task_id = ? FOR UPDATE",
                requestId, taskId);
        if (request == null) {
            throw ProblemException.notFound("Extension request");
        }
        if (!"PENDING".equals(request[0])) {
            throw ProblemException.conflict("This extension request was already decided (" + request[0] + ").");
        }
        if (!task.isOpen()) {
            throw ProblemException.conflict("The task is " + task.status() + "; its deadline can no longer change.");
        }
        LocalDate requested = (LocalDate) request[1];
        Instant now = conclusions.now();
        conclusions.exec("UPDATE conclusion_extension_request SET decision = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?",
                approve ? "APPROVED" : "REFUSED", caller.id(), now, note, requestId);
        if (approve) {
            conclusions.exec("UPDATE conclusion_task SET deadline = ?, version = version + 1, updated_at = ? WHERE id = ?", requested, now, taskId);
            conclusions.exec("DELETE FROM conclusion_task_reminder WHERE task_id = ?", taskId);
        } else {
            conclusions.exec("UPDATE conclusion_task SET version = version + 1, updated_at = ? WHERE id = ?", now, taskId);
        }
        event(caller, taskId, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", note, null, task.deadline(), approve ? requested : task.deadline(), List.of());
        audit.record(caller, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", "conclusion_task", taskId, Map.of("deadline", task.deadline().toString()),
                Map.of("deadline", (approve ? requested : task.deadline()).toString()));
        notifyUnit(caller, task, approve ? "CONCLUSION_TASK_EXTENDED" : "CONCLUSION_TASK_EXTENSION_REFUSED",
                approve ? "Nhiệm vụ được gia hạn" : "Đề nghị gia hạn không được chấp thuận",
                (approve ? "Hạn mới " + VietnameseDates.format(requested) + ": " : "Giữ nguyên hạn " + VietnameseDates.format(task.deadline()) + ": ")
                        + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    @Transactional
    public TaskResponse cancel(Caller caller, UUID taskId, TaskActions.ReasonedDecision decision) {
        TaskRow task = conclusions.visibleTask(caller, taskId, true);
        ConclusionAccess.requireFollowingOffice(caller, task, ConclusionAccess.OFFICE_LEADERS);
        if (task.state().equals("DONE") || task.state().equals("CANCELLED")) {
            throw ProblemException.conflict("The task is already " + task.status() + ".");
        }
        Instant now = conclusions.now();
        conclusions.exec("UPDATE conclusion_task SET state = 'CANCELLED', cancel_reason = ?, version = version + 1, updated_at = ? WHERE id = ?",
                decision.note().strip(), now, taskId);
        conclusions.exec("UPDATE conclusion_extension_request SET decision = 'REFUSED', decided_by = ?, decided_at = ?, decision_note = 'Nhiệm vụ đã bị hủy' "
                + "WHERE task_id = ? AND decision = 'PENDING'", caller.id(), now, taskId);
        event(caller, taskId, "CANCELLED", decision.note(), null, null, null, List.of());
        audit.record(caller, "CANCELLED", "conclusion_task", taskId, Map.of("state", task.state()), Map.of("state", "CANCELLED", "reason", decision.note()));
        notifyUnit(caller, task, "CONCLUSION_TASK_CANCELLED", "Nhiệm vụ đã bị hủy",
                "Lý do: " + decision.note().strip() + ". Nhiệm vụ: " + ConclusionService.abbreviate(task.content()));
        return conclusions.task(caller, taskId);
    }

    private static void requireOpen(TaskRow task, String verb) {
        if (!task.isOpen()) {
            String why = switch (task.state()) {
                case "CANCELLED" -> "it was cancelled";
                case "DONE" -> "it is done";
                default -> "its completion is waiting for the office's confirmation";
            };
            throw ProblemException.conflict("Cannot " + verb + " this task: " + why + ".");
        }
    }

    private List<UUID> attachments(Caller caller, List<UUID> ids) {
        attachments.requireOwn(caller, ids, "attachmentIds");
        return ids == null ? List.of() : ids;
    }

    private void event(Caller caller, UUID taskId, String kind, String note, Integer percent, LocalDate from, LocalDate to, List<UUID> files) {
        conclusions.exec("""
                INSERT INTO conclusion_task_event (id, task_id, kind, actor_id, actor_name, unit_id, note, percent, deadline_from, deadline_to, attachment_ids, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), taskId, kind, caller.id(), caller.name(), caller.unitId(),
                note == null ? null : note.strip(), percent, from, to, files.toArray(new UUID[0]), conclusions.now());
    }

    private void notifyOffice(Caller caller, TaskRow task, String kind, String title, String body) {
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.OFFICE, task.followingOfficeId(),
                new Notifier.Message(kind, title, body, "/conclusion-tasks/" + task.id(), "conclusion_task", task.id().toString()));
    }

    private void notifyUnit(Caller caller, TaskRow task, String kind, String title, String body) {
        Notifier.Message message = new Notifier.Message(kind, title, body, "/conclusion-tasks/" + task.id(), "conclusion_task", task.id().toString());
        notifier.send(caller.jurisdictionId(), Notifier.Recipient.UNIT, task.leadUnitId(), message);
        if (task.focalUserId() != null) {
            notifier.send(caller.jurisdictionId(), Notifier.Recipient.USER, task.focalUserId(), message);
        }
    }
}
