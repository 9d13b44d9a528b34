package vn.lienthong.conclusion;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "How often an ongoing / periodic task (nhiệm vụ thường xuyên) reports: MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY")
public enum ReportingCycle {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
