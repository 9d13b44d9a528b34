package vn.lienthong.conclusion;

import io.swagger.v3.oas.annotations.media.Schema;

/** Derived from the task's state, deadline and completion date by the SQL function conclusion_task_status. */
@Schema(description = "Derived, never set: DONE_ON_TIME (done by the deadline, the deadline day included), DONE_LATE, IN_PROGRESS (not yet due), "
        + "EXTENDED (not yet due on an extended deadline), OVERDUE (past the deadline, not done), CANCELLED")
public enum TaskStatus {
    DONE_ON_TIME, DONE_LATE, IN_PROGRESS, EXTENDED, OVERDUE, CANCELLED
}
