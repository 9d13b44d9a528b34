package vn.lienthong.calendar;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a programme's draft reached the Party Committee Office by its deadline (a Vietnamese date, included). */
@Schema(description = "ON_TIME (submitted on or before the deadline day), LATE (submitted after it), MISSING (not submitted and the deadline has passed)")
public enum SubmissionTiming {
    ON_TIME("p.submitted_at IS NOT NULL AND (p.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= p.deadline"),
    LATE("p.submitted_at IS NOT NULL AND (p.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > p.deadline"),
    /** Needs today as its one parameter. */
    MISSING("p.submitted_at IS NULL AND p.deadline < ?");

    /** The condition on programme p. */
    final String condition;

    SubmissionTiming(String condition) {
        this.condition = condition;
    }
}
