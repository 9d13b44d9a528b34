package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the handling endpoints read and write. None of them carries a petitioner's identity. */
public final class HandlingDtos {
    private HandlingDtos() {
    }

    static final String ID = "9c1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

    @Schema(description = "Why a petition is not eligible for handling: ANONYMOUS (không rõ họ tên, địa chỉ), UNCLEAR (nội dung không rõ ràng), "
            + "ALREADY_RESOLVED (đã được giải quyết bằng quyết định có hiệu lực), OUTSIDE_COMPETENCE (không thuộc thẩm quyền), SKIPS_LEVEL (vượt cấp: guide the petitioner to the right level), WITHDRAWN (đã rút đơn), OTHER")
    public enum IneligibleReason { ANONYMOUS, UNCLEAR, ALREADY_RESOLVED, OUTSIDE_COMPETENCE, SKIPS_LEVEL, WITHDRAWN, OTHER }

    @Schema(description = "NORMAL, COMPLEX (phức tạp), ESPECIALLY_COMPLEX (đặc biệt phức tạp): sets the statutory time and its extensions")
    public enum Complexity { NORMAL, COMPLEX, ESPECIALLY_COMPLEX }

    @Schema(description = "FIRST (lần đầu) or SECOND (lần hai) complaint")
    public enum Round { FIRST, SECOND }

    @Serdeable
    @Schema(name = "PetitionClassificationRequest", description = "The specialist's classification (phân loại đơn): eligible or not, and why",
            example = "{\"eligible\":false,\"ineligibleReason\":\"OUTSIDE_COMPETENCE\",\"note\":\"Thuộc thẩm quyền giải quyết của UBND phường\",\"complexity\":\"NORMAL\","
                    + "\"remoteArea\":false,\"round\":null}")
    public record ClassificationRequest(@Schema(description = "Eligible for handling") @NotNull Boolean eligible,
                                        @Schema(description = "Why not, when not eligible") @Nullable IneligibleReason ineligibleReason,
                                        @Schema(description = "Note") @Nullable @Size(max = 2000) String note,
                                        @Schema(description = "Complexity (default NORMAL)") @Nullable Complexity complexity,
                                        @Schema(description = "In a remote or difficult area (vùng sâu, vùng xa, đi lại khó khăn)") @Nullable Boolean remoteArea,
                                        @Schema(description = "For a complaint: first or second time") @Nullable Round round) {
    }

    @Serdeable
    @Schema(name = "PetitionAcceptanceRequest", description = "Accept the petition for resolution (thụ lý); the resolution is due by statute from this day",
            example = "{\"acceptedOn\":\"2026-11-24\",\"note\":\"Thụ lý giải quyết khiếu nại lần đầu\"}")
    public record AcceptanceRequest(@Schema(description = "Day of acceptance (default today)") @Nullable LocalDate acceptedOn,
                                    @Schema(description = "Note") @Nullable @Size(max = 4000) String note) {
    }

    @Serdeable
    @Schema(name = "PetitionForwardingRequest", description = "Forward to the competent authority with a forwarding letter (công văn chuyển đơn)",
            example = "{\"authority\":\"Ủy ban nhân dân phường Hoàn Kiếm\",\"authorityUnitId\":null,\"note\":\"Đề nghị xem xét, giải quyết theo thẩm quyền\",\"replyDueOn\":\"2026-12-24\"}")
    public record ForwardingRequest(@Schema(description = "The receiving authority") @NotBlank @Size(max = 500) String authority,
                                    @Schema(description = "The authority as a unit of the jurisdiction, when it is one") @Nullable UUID authorityUnitId,
                                    @Schema(description = "What the letter asks") @Nullable @Size(max = 4000) String note,
                                    @Schema(description = "By when a reply is expected") @Nullable LocalDate replyDueOn) {
    }

    @Serdeable
    @Schema(name = "PetitionGuidanceRequest", description = "Guide the petitioner with a reply letter (văn bản hướng dẫn, trả lời)",
            example = "{\"reply\":\"Nội dung đơn thuộc thẩm quyền của Tòa án nhân dân; đề nghị công dân gửi đơn đến Tòa án nhân dân khu vực 1 để được xem xét.\"}")
    public record GuidanceRequest(@Schema(description = "The guidance") @NotBlank @Size(max = 8000) String reply) {
    }

    @Serdeable
    @Schema(name = "PetitionFilingRequest", description = "File the petition (lưu đơn) with a reason", example = "{\"reason\":\"Đơn nặc danh, không có nội dung cụ thể để xác minh\"}")
    public record FilingRequest(@Schema(description = "Why it is filed") @NotBlank @Size(max = 4000) String reason) {
    }

    @Serdeable
    @Schema(name = "PetitionResolutionRequest", description = "The accepted petition is resolved (decision or conclusion issued)",
            example = "{\"resolvedOn\":\"2026-12-20\",\"summary\":\"Ban hành quyết định giải quyết khiếu nại lần đầu\",\"documentNumber\":\"125/QĐ-UBND\"}")
    public record ResolutionRequest(@Schema(description = "Day resolved (default today)") @Nullable LocalDate resolvedOn,
                                    @Schema(description = "Summary of the resolution") @NotBlank @Size(max = 4000) String summary,
                                    @Schema(description = "Number of the decision or conclusion") @Nullable @Size(max = 100) String documentNumber) {
    }

    @Serdeable
    @Schema(name = "PetitionForwardingReplyRequest", description = "The receiving authority's reply to a forwarded petition",
            example = "{\"repliedOn\":\"2026-12-15\",\"summary\":\"UBND phường đã giải quyết, trả lời công dân\",\"documentNumber\":\"45/UBND\"}")
    public record ReplyRequest(@Schema(description = "Day of the reply") @NotNull LocalDate repliedOn,
                               @Schema(description = "What it says") @NotBlank @Size(max = 4000) String summary,
                               @Schema(description = "Its number") @Nullable @Size(max = 100) String documentNumber) {
    }

    @Serdeable
    @Schema(name = "PetitionUnitAssignmentRequest", description = "Ask a unit to verify and report (xác minh, báo cáo)",
            example = "{\"unitId\":\"" + ID + "\",\"request\":\"Xác minh nội dung đơn, báo cáo kết quả\",\"dueOn\":\"2026-12-10\"}")
    public record UnitAssignmentRequest(@Schema(description = "The unit") @NotNull UUID unitId,
                                        @Schema(description = "What to do") @NotBlank @Size(max = 2000) String request,
                                        @Schema(description = "By when") @NotNull LocalDate dueOn) {
    }

    @Serdeable
    @Schema(name = "PetitionUnitReportRequest", description = "The unit's result", example = "{\"result\":\"Đã xác minh: nội dung đơn có cơ sở một phần\"}")
    public record UnitReportRequest(@Schema(description = "Result") @NotBlank @Size(max = 8000) String result) {
    }

    @Serdeable
    @Schema(name = "PetitionUnitAssignment", description = "A unit's verification task and its report",
            example = "{\"id\":\"" + ID + "\",\"petitionId\":\"" + ID + "\",\"petitionNumber\":\"12/2026\",\"petitionSubject\":\"Tố cáo sai phạm\",\"unitId\":\"" + ID
                    + "\",\"unitName\":\"Sở Nội vụ\",\"request\":\"Xác minh\",\"dueOn\":\"2026-12-10\",\"result\":null,\"reportedAt\":null}")
    public record UnitAssignmentView(@Schema(description = "Assignment id") UUID id, @Schema(description = "Petition id") UUID petitionId,
                                     @Schema(description = "Petition number") String petitionNumber, @Schema(description = "Petition summary") String petitionSubject,
                                     @Schema(description = "Unit id") UUID unitId, @Schema(description = "Unit name") String unitName,
                                     @Schema(description = "What to do") String request, @Schema(description = "By when") LocalDate dueOn,
                                     @Schema(description = "The result") @Nullable String result, @Schema(description = "Reported at") @Nullable OffsetDateTime reportedAt) {
    }

    @Serdeable
    @Schema(name = "PetitionDocument", description = "A handling document issued (văn bản xử lý)",
            example = "{\"id\":\"" + ID + "\",\"kind\":\"FORWARDING_LETTER\",\"number\":\"15/2026\",\"issuedOn\":\"2026-11-24\",\"addressee\":\"UBND phường Hoàn Kiếm\"}")
    public record DocumentView(@Schema(description = "Document id") UUID id,
                               @Schema(description = "FORWARDING_LETTER, GUIDANCE_LETTER, ACCEPTANCE_NOTICE, FILING_NOTE, RESOLUTION_DECISION") String kind,
                               @Schema(description = "Number per office and year") String number, @Schema(description = "Date") LocalDate issuedOn,
                               @Schema(description = "To whom") @Nullable String addressee) {
    }

    @Serdeable
    @Schema(name = "PetitionForwarding", description = "A forwarding and the authority's reply",
            example = "{\"id\":\"" + ID + "\",\"documentId\":\"" + ID + "\",\"authority\":\"UBND phường Hoàn Kiếm\",\"replyDueOn\":\"2026-12-24\",\"repliedOn\":null,"
                    + "\"replySummary\":null,\"replyDocument\":null}")
    public record ForwardingView(@Schema(description = "Forwarding id") UUID id, @Schema(description = "Its letter") UUID documentId,
                                 @Schema(description = "Authority") String authority, @Schema(description = "Reply expected by") @Nullable LocalDate replyDueOn,
                                 @Schema(description = "Replied on") @Nullable LocalDate repliedOn, @Schema(description = "Reply") @Nullable String replySummary,
                                 @Schema(description = "Reply's number") @Nullable String replyDocument) {
    }

    @Serdeable
    @Schema(name = "PetitionHandling", description = "Where the handling stands: the classification, the statutory due dates with a countdown, the documents "
            + "issued, the forwardings and the units asked to verify",
            example = "{\"eligible\":true,\"ineligibleReason\":null,\"complexity\":\"NORMAL\",\"remoteArea\":false,\"round\":null,\"classifiedAt\":null,"
                    + "\"firstDueOn\":\"2026-12-04\",\"firstDueRule\":\"Luật Tố cáo 2018, Điều 24\",\"resolutionDueOn\":null,\"resolutionMaxOn\":null,"
                    + "\"resolutionDueRule\":null,\"dueOn\":\"2026-12-04\",\"daysLeft\":10,\"overdue\":false,\"documents\":[],\"forwardings\":[],\"unitAssignments\":[]}")
    public record HandlingView(@Schema(description = "Eligible, once classified") @Nullable Boolean eligible,
                               @Schema(description = "Why not eligible") @Nullable IneligibleReason ineligibleReason,
                               @Schema(description = "Complexity") Complexity complexity, @Schema(description = "Remote area") boolean remoteArea,
                               @Schema(description = "Complaint round") @Nullable Round round,
                               @Schema(description = "Classified at") @Nullable OffsetDateTime classifiedAt,
                               @Schema(description = "The first statutory step is due (classify and handle, or accept)") @Nullable LocalDate firstDueOn,
                               @Schema(description = "Its legal basis") @Nullable String firstDueRule,
                               @Schema(description = "The resolution is due, once accepted") @Nullable LocalDate resolutionDueOn,
                               @Schema(description = "The latest with every extension the law allows") @Nullable LocalDate resolutionMaxOn,
                               @Schema(description = "Its legal basis") @Nullable String resolutionDueRule,
                               @Schema(description = "The next due date of an open petition") @Nullable LocalDate dueOn,
                               @Schema(description = "Calendar days left until it (negative: overdue)") @Nullable Long daysLeft,
                               @Schema(description = "Past its due date and still open") boolean overdue,
                               @Schema(description = "Handling documents issued") java.util.List<DocumentView> documents,
                               @Schema(description = "Forwardings and replies") java.util.List<ForwardingView> forwardings,
                               @Schema(description = "Units asked to verify and report") java.util.List<UnitAssignmentView> unitAssignments) {
    }
}
