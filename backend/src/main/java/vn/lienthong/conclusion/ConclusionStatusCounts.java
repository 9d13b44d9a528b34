package vn.lienthong.conclusion;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

@Serdeable
@Schema(name = "ConclusionStatusCounts", description = "Tasks by derived status, with each count's share of the tasks assigned (cancelled tasks are not assigned any more)",
        example = "{\"assigned\":585,\"doneOnTime\":550,\"doneLate\":0,\"inProgress\":35,\"extended\":0,\"overdue\":0,\"cancelled\":0,\"doneOnTimePercent\":94.0,\"doneLatePercent\":0.0,\"inProgressPercent\":6.0,\"extendedPercent\":0.0,\"overduePercent\":0.0}")
public record ConclusionStatusCounts(
        @Schema(description = "Tasks assigned and not cancelled") long assigned,
        @Schema(description = "Done by the deadline") long doneOnTime,
        @Schema(description = "Done after the deadline") long doneLate,
        @Schema(description = "Not yet due") long inProgress,
        @Schema(description = "Not yet due on an extended deadline") long extended,
        @Schema(description = "Past the deadline and not done") long overdue,
        @Schema(description = "Cancelled (not counted in assigned)") long cancelled,
        @Schema(description = "doneOnTime / assigned, %, one decimal") BigDecimal doneOnTimePercent,
        @Schema(description = "doneLate / assigned, %") BigDecimal doneLatePercent,
        @Schema(description = "inProgress / assigned, %") BigDecimal inProgressPercent,
        @Schema(description = "extended / assigned, %") BigDecimal extendedPercent,
        @Schema(description = "overdue / assigned, %") BigDecimal overduePercent) {

    public static ConclusionStatusCounts of(long doneOnTime, long doneLate, long inProgress, long extended, long overdue, long cancelled) {
        long assigned = doneOnTime + doneLate + inProgress + extended + overdue;
        return new ConclusionStatusCounts(assigned, doneOnTime, doneLate, inProgress, extended, overdue, cancelled,
                percent(doneOnTime, assigned), percent(doneLate, assigned), percent(inProgress, assigned), percent(extended, assigned), percent(overdue, assigned));
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
