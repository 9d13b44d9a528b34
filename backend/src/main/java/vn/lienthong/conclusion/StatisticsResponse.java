package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionStatistics", description = "Tasks assigned by documents issued in the period, by derived status as of `asOf`, in total and per lead unit (the league table, laggards first)",
        example = "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"asOf\":\"2026-11-24\",\"total\":{\"assigned\":585,\"doneOnTime\":550,\"doneLate\":0,\"inProgress\":35,\"extended\":0,\"overdue\":0,\"cancelled\":0,\"doneOnTimePercent\":94.0,\"doneLatePercent\":0.0,\"inProgressPercent\":6.0,\"extendedPercent\":0.0,\"overduePercent\":0.0},\"byUnit\":[]}")
public record StatisticsResponse(
        @Schema(description = "First day of the period (documents issued on or after)") LocalDate from,
        @Schema(description = "Last day of the period") LocalDate to,
        @Schema(description = "The day the statuses are computed for (today)") LocalDate asOf,
        @Schema(description = "All tasks in scope") ConclusionStatusCounts total,
        @Schema(description = "Per lead unit, most overdue first, then lowest on-time share") List<UnitStatistics> byUnit) {

    @Serdeable
    @Schema(name = "ConclusionUnitStatistics", description = "One lead unit's line of the league table",
            example = "{\"unitId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"unitCode\":\"SNV\",\"unitName\":\"Sở Nội vụ\",\"counts\":{\"assigned\":10,\"doneOnTime\":7,\"doneLate\":1,\"inProgress\":1,\"extended\":0,\"overdue\":1,\"cancelled\":0,\"doneOnTimePercent\":70.0,\"doneLatePercent\":10.0,\"inProgressPercent\":10.0,\"extendedPercent\":0.0,\"overduePercent\":10.0}}")
    public record UnitStatistics(@Schema(description = "Unit id") UUID unitId,
                                 @Schema(description = "Unit code") String unitCode,
                                 @Schema(description = "Unit name") String unitName,
                                 @Schema(description = "Its tasks by status") ConclusionStatusCounts counts) {
    }

    /** The filters a statistics request can carry. */
    public record Filter(LocalDate from, LocalDate to, @Nullable UUID issuingBodyId, @Nullable UUID documentId, @Nullable UUID officeId, @Nullable UUID unitId) {
    }
}
