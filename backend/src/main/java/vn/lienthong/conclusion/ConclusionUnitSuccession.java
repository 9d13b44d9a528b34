package vn.lienthong.conclusion;

import jakarta.inject.Singleton;
import vn.lienthong.kernel.office.OrgDtos.MovedWork;
import vn.lienthong.kernel.office.UnitSuccession;
import vn.lienthong.kernel.web.Sql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A merged unit's open conclusion tasks (OPEN or COMPLETION_PROPOSED) go to the successor: those it leads, and those it
 * coordinates (where the successor already leads or coordinates the task, the merged unit's part simply ends). Done and
 * cancelled tasks keep the unit they were given to.
 */
@Singleton
class ConclusionUnitSuccession implements UnitSuccession {
    private static final String OPEN = "t.state IN ('OPEN', 'COMPLETION_PROPOSED')";

    private final Sql sql;

    ConclusionUnitSuccession(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<MovedWork> moveOpenWork(UUID jurisdictionId, UUID from, UUID to, Instant now) {
        // the successor cannot coordinate a task it is about to lead
        sql.exec("DELETE FROM conclusion_task_coordinator c USING conclusion_task t WHERE c.task_id = t.id AND t.jurisdiction_id = ? AND t.lead_unit_id = ? AND "
                + OPEN + " AND c.unit_id = ?", jurisdictionId, from, to);
        int led = sql.exec("UPDATE conclusion_task t SET lead_unit_id = ?, version = version + 1, updated_at = ? WHERE t.jurisdiction_id = ? AND t.lead_unit_id = ? AND "
                + OPEN, to, now, jurisdictionId, from);
        sql.exec("UPDATE conclusion_task t SET version = version + 1, updated_at = ? WHERE t.jurisdiction_id = ? AND " + OPEN
                + " AND EXISTS (SELECT 1 FROM conclusion_task_coordinator c WHERE c.task_id = t.id AND c.unit_id = ?)", now, jurisdictionId, from);
        int absorbed = sql.exec("DELETE FROM conclusion_task_coordinator c USING conclusion_task t WHERE c.task_id = t.id AND t.jurisdiction_id = ? AND c.unit_id = ? AND "
                + OPEN + " AND (t.lead_unit_id = ? OR EXISTS (SELECT 1 FROM conclusion_task_coordinator o WHERE o.task_id = t.id AND o.unit_id = ?))",
                jurisdictionId, from, to, to);
        int coordinated = sql.exec("UPDATE conclusion_task_coordinator c SET unit_id = ? FROM conclusion_task t WHERE c.task_id = t.id AND t.jurisdiction_id = ? "
                + "AND c.unit_id = ? AND " + OPEN, to, jurisdictionId, from);
        return List.of(new MovedWork("CONCLUSION_TASK", led), new MovedWork("CONCLUSION_TASK_COORDINATION", absorbed + coordinated));
    }
}
