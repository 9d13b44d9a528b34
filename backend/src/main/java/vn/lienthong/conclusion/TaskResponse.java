package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.lienthong.kernel.office.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionTaskResponse", description = "A task with its derived status, its document and its units",
        example = "{\"id\":\"7d444840-9dc0-11d1-b245-5ffdce74fad2\",\"documentId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"documentNumber\":\"125-TB/VPUBND\",\"documentIssuedOn\":\"2026-11-20\",\"position\":1,\"content\":\"Rà soát quy hoạch mạng lưới trường học\",\"expectedResult\":\"Quy hoạch được phê duyệt\",\"leadUnit\":{\"id\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\",\"code\":\"SGDDT\",\"name\":\"Sở Giáo dục và Đào tạo\"},\"coordinatingUnits\":[],\"focalOfficer\":\"Nguyễn Văn Bình\",\"focalUserId\":null,\"deadline\":\"2026-12-31\",\"originalDeadline\":\"2026-12-31\",\"reportingCycle\":null,\"followingOfficeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"status\":\"IN_PROGRESS\",\"awaitingConfirmation\":false,\"progressPercent\":40,\"completionProposedOn\":null,\"completedOn\":null,\"cancelReason\":null,\"pendingExtension\":null,\"version\":2,\"updatedAt\":\"2026-11-22T09:00:00+07:00\"}")
public record TaskResponse(
        @Schema(description = "Task id") UUID id,
        @Schema(description = "Source document") UUID documentId,
        @Schema(description = "Source document's number") String documentNumber,
        @Schema(description = "Source document's date") LocalDate documentIssuedOn,
        @Schema(description = "Order within the document") int position,
        @Schema(description = "The work (rõ việc)") String content,
        @Schema(description = "Expected result (rõ hiệu quả)") String expectedResult,
        @Schema(description = "The lead unit (đơn vị chủ trì)") UnitRef leadUnit,
        @Schema(description = "Coordinating units (đơn vị phối hợp)") List<UnitRef> coordinatingUnits,
        @Schema(description = "Focal officer (đầu mối)") String focalOfficer,
        @Schema(description = "Focal officer's account") @Nullable UUID focalUserId,
        @Schema(description = "Current deadline (after approved extensions)") @Nullable LocalDate deadline,
        @Schema(description = "Deadline as first assigned") @Nullable LocalDate originalDeadline,
        @Schema(description = "Reporting cycle of an ongoing task") @Nullable ReportingCycle reportingCycle,
        @Schema(description = "The office that follows it up") UUID followingOfficeId,
        @Schema(description = "Derived status as of today") TaskStatus status,
        @Schema(description = "The lead unit proposed completion; the following office has not yet decided") boolean awaitingConfirmation,
        @Schema(description = "Last reported progress, %") int progressPercent,
        @Schema(description = "Completion date proposed by the lead unit") @Nullable LocalDate completionProposedOn,
        @Schema(description = "Completion date confirmed by the following office") @Nullable LocalDate completedOn,
        @Schema(description = "Why it was cancelled") @Nullable String cancelReason,
        @Schema(description = "An extension request waiting for an office leader") @Nullable ConclusionPendingExtension pendingExtension,
        @Schema(description = "Version; also the ETag") long version,
        @Schema(description = "Last change") OffsetDateTime updatedAt) {
}
