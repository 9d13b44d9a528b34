package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the task's actions (each an explicit sub-resource, never a writable status). */
public final class TaskActions {
    private TaskActions() {
    }

    @Serdeable
    @Schema(name = "ConclusionProgressReport", description = "A progress report by the lead or a coordinating unit",
            example = "{\"note\":\"Đã hoàn thành dự thảo, đang lấy ý kiến các quận\",\"percent\":60,\"attachmentIds\":[]}")
    public record ProgressReport(@Schema(description = "What was done") @NotBlank @Size(max = 4000) String note,
                                 @Schema(description = "Progress, %") @NotNull @Min(0) @Max(100) Integer percent,
                                 @Schema(description = "Files uploaded with POST /attachments") @Nullable @Size(max = 10) List<@NotNull UUID> attachmentIds) {
    }

    @Serdeable
    @Schema(name = "ConclusionCompletionProposal", description = "The lead unit reports the task done and asks the following office to confirm",
            example = "{\"note\":\"Quy hoạch đã được phê duyệt tại Quyết định số 12/QĐ-UBND\",\"completedOn\":\"2026-12-30\",\"attachmentIds\":[]}")
    public record CompletionProposal(@Schema(description = "Result achieved") @NotBlank @Size(max = 4000) String note,
                                     @Schema(description = "Date the work was completed; default today") @Nullable LocalDate completedOn,
                                     @Schema(description = "Evidence") @Nullable @Size(max = 10) List<@NotNull UUID> attachmentIds) {
    }

    @Serdeable
    @Schema(name = "ConclusionDecision", description = "A decision with an optional note (confirm completion, approve an extension)",
            example = "{\"note\":\"Đồng ý\"}")
    public record Decision(@Schema(description = "Note") @Nullable @Size(max = 2000) String note) {
    }

    @Serdeable
    @Schema(name = "ConclusionReasonedDecision", description = "A decision that needs a reason (send back, refuse, cancel)",
            example = "{\"note\":\"Chưa có quyết định phê duyệt kèm theo\"}")
    public record ReasonedDecision(@Schema(description = "Reason") @NotBlank @Size(max = 2000) String note) {
    }

    @Serdeable
    @Schema(name = "ConclusionExtensionRequest", description = "The lead unit asks for a later deadline",
            example = "{\"requestedDeadline\":\"2027-01-31\",\"reason\":\"Chờ ý kiến thẩm định của Bộ Giáo dục và Đào tạo\"}")
    public record ExtensionRequest(@Schema(description = "The deadline asked for") @NotNull LocalDate requestedDeadline,
                                   @Schema(description = "Why") @NotBlank @Size(max = 2000) String reason) {
    }
}
