package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionTaskRequest", description = "A task (nhiệm vụ) with the \"5 rõ\": the work (content), the person (focalOfficer), the timeline "
        + "(deadline, or reportingCycle for an ongoing task), the responsibility (exactly one LEAD unit) and the expected result.",
        example = "{\"content\":\"Rà soát, hoàn thiện quy hoạch mạng lưới trường học\",\"expectedResult\":\"Quy hoạch được phê duyệt\",\"units\":[{\"unitId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"role\":\"LEAD\"}],\"focalOfficer\":\"Nguyễn Văn Bình, Phó Giám đốc Sở\",\"focalUserId\":null,\"deadline\":\"2026-12-31\",\"reportingCycle\":null,\"followingOfficeId\":null}")
public record TaskRequest(
        @Schema(description = "The work to do (rõ việc)") @Nullable @Size(max = 4000) String content,
        @Schema(description = "The expected result (rõ hiệu quả)") @Nullable @Size(max = 2000) String expectedResult,
        @Schema(description = "Units and their role: exactly one LEAD, any number of COORDINATING") @NotNull @Size(max = 50) List<@Valid @NotNull TaskUnit> units,
        @Schema(description = "The focal officer in the lead unit (rõ người)") @Nullable @Size(max = 200) String focalOfficer,
        @Schema(description = "The focal officer's account, when they have one (unit officer of the lead unit)") @Nullable UUID focalUserId,
        @Schema(description = "Deadline (rõ tiến độ); leave empty for an ongoing task with a reportingCycle") @Nullable LocalDate deadline,
        @Schema(description = "Reporting cycle of an ongoing / periodic task; empty when there is a deadline") @Nullable ReportingCycle reportingCycle,
        @Schema(description = "The office that follows the task up; default: the office recording the document") @Nullable UUID followingOfficeId) {

    @Serdeable
    @Schema(name = "ConclusionTaskUnit", description = "A unit and its role in a task", example = "{\"unitId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"role\":\"LEAD\"}")
    public record TaskUnit(@Schema(description = "Unit id") @NotNull UUID unitId,
                           @Schema(description = "Role of the unit") @NotNull UnitRole role) {
    }
}
