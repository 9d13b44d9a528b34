package vn.lienthong.conclusion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lienthong.conclusion.api.ReviewTasks;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records a review's proposals as tasks of one document per review: kind OTHER, numbered after the review, issued by the
 * first leadership body the host office serves and signed by whoever converts the first proposal. From then on they are
 * tasks like any other: the lead unit's inbox, progress reports, urging, the statistics.
 */
@Singleton
class ReviewTaskRecorder implements ReviewTasks {
    static final String DEFAULT_FOCAL_OFFICER = "Thủ trưởng đơn vị chủ trì";
    static final String DEFAULT_EXPECTED_RESULT = "Báo cáo kết quả thực hiện đề xuất";

    private final ConclusionService conclusions;
    private final Sql sql;

    ReviewTaskRecorder(ConclusionService conclusions, Sql sql) {
        this.conclusions = conclusions;
        this.sql = sql;
    }

    @Override
    @Transactional
    public UUID assign(Caller caller, ReviewRef review, NewTask task) {
        ConclusionAccess.requireOfficeMember(caller);
        LocalDate today = conclusions.today();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (task.leadUnitId() == null) {
            errors.add(new Problem.FieldError("leadUnitId", "rõ trách nhiệm: the lead unit is required"));
        }
        if (task.deadline() == null) {
            errors.add(new Problem.FieldError("deadline", "rõ tiến độ: the deadline is required"));
        }
        if (task.leadUnitId() != null && task.coordinatingUnitIds().contains(task.leadUnitId())) {
            errors.add(new Problem.FieldError("coordinatingUnitIds", "the lead unit cannot also coordinate"));
        }
        ConclusionService.failIfAny(errors);
        List<TaskRequest.TaskUnit> units = new ArrayList<>();
        units.add(new TaskRequest.TaskUnit(task.leadUnitId(), UnitRole.LEAD));
        task.coordinatingUnitIds().forEach(id -> units.add(new TaskRequest.TaskUnit(id, UnitRole.COORDINATING)));
        TaskRequest request = new TaskRequest(task.content(), blank(task.expectedResult()) ? DEFAULT_EXPECTED_RESULT : task.expectedResult(), units,
                blank(task.focalOfficer()) ? DEFAULT_FOCAL_OFFICER : task.focalOfficer(), null, task.deadline(), null, caller.officeId());
        for (Problem.FieldError error : conclusions.checkTask(caller, request, today, "")) {
            errors.add(error.field().equals("units") ? new Problem.FieldError(task.leadUnitId() == null ? "leadUnitId" : "coordinatingUnitIds", error.message()) : error);
        }
        ConclusionService.failIfAny(errors);
        Object[] document = sql.row("SELECT id, office_id, issued_on FROM conclusion_document WHERE review_id = ?", review.reviewId());
        UUID documentId;
        LocalDate issuedOn;
        if (document == null) {
            UUID body = sql.scalar("SELECT id FROM leadership_body WHERE office_id = ? ORDER BY code LIMIT 1", UUID.class, caller.officeId());
            if (body == null) {
                throw ProblemException.conflict("The office serves no leadership body, so it cannot record tasks.");
            }
            documentId = UUID.randomUUID();
            issuedOn = today;
            sql.exec("""
                    INSERT INTO conclusion_document (id, jurisdiction_id, office_id, kind, number, issued_on, issuing_body_id, signer, summary, review_id,
                                                     created_by, created_at, updated_at)
                    VALUES (?, ?, ?, 'OTHER', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    documentId, caller.jurisdictionId(), caller.officeId(), ConclusionService.abbreviate("ĐG-" + review.number(), 60), today, body, caller.name(),
                    ConclusionService.abbreviate("Đề xuất, kiến nghị của " + review.title(), 4000), review.reviewId(), caller.id(), conclusions.now(), conclusions.now());
        } else {
            documentId = (UUID) document[0];
            issuedOn = (LocalDate) document[2];
            if (!caller.officeId().equals(document[1])) {
                throw ProblemException.forbidden("Only the office that recorded the review's tasks can add to them.");
            }
        }
        UUID id = conclusions.insertTask(caller, documentId, issuedOn, request);
        sql.exec("UPDATE conclusion_document SET version = version + 1, updated_at = ? WHERE id = ?", conclusions.now(), documentId);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Progress> progress(UUID jurisdictionId, Collection<UUID> taskIds) {
        Map<UUID, Progress> out = new HashMap<>();
        if (taskIds.isEmpty()) {
            return out;
        }
        for (Object[] r : sql.rows("""
                SELECT t.id, conclusion_task_status(t.state, t.deadline, t.original_deadline, t.completed_on, ?), t.progress_percent, t.deadline,
                       t.completed_on, t.lead_unit_id, u.name
                FROM conclusion_task t JOIN unit u ON u.id = t.lead_unit_id
                WHERE t.jurisdiction_id = ? AND t.id = ANY (?)""", conclusions.today(), jurisdictionId, taskIds.toArray(UUID[]::new))) {
            out.put((UUID) r[0], new Progress((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4], (UUID) r[5],
                    (String) r[6]));
        }
        return out;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
