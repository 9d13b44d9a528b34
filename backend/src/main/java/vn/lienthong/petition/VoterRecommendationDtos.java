package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the voters' recommendation endpoints read and write. */
public final class VoterRecommendationDtos {
    private VoterRecommendationDtos() {
    }

    static final String ID = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
    static final String UNIT = "{\"id\":\"" + ID + "\",\"name\":\"Sở Xây dựng\"}";
    static final String CONTENT = "Cử tri phường Hòa Bình đề nghị sớm sửa chữa tuyến đường liên phường bị xuống cấp, thường xuyên ngập úng khi mưa lớn";

    @Serdeable
    @Schema(name = "VoterRecommendationNamedRef", description = "An office or unit by id and Vietnamese name", example = UNIT)
    public record NamedRef(@Schema(description = "Id") UUID id, @Schema(description = "Vietnamese name") String name) {
    }

    @Serdeable
    @Schema(name = "VoterRecommendationRequest", description = "A recommendation gathered at a voter meeting (tiếp xúc cử tri), or its corrected details "
            + "(before it is answered)",
            example = "{\"gatheredBy\":\"PEOPLES_COUNCIL\",\"meetingDate\":\"2026-11-10\",\"meetingPlace\":\"Nhà văn hóa khu phố 3, phường Hòa Bình\","
                    + "\"delegates\":\"Đại biểu HĐND tỉnh Nguyễn Thị Mai, Trần Văn Hùng\",\"content\":\"" + CONTENT + "\",\"topic\":\"Giao thông, đô thị\","
                    + "\"note\":\"Đã có ý kiến tương tự tại kỳ tiếp xúc trước\"}")
    public record RecommendationRequest(@Schema(description = "Who held the voter meeting") @NotNull VoterMeetingHost gatheredBy,
                                        @Schema(description = "Date of the voter meeting") @NotNull LocalDate meetingDate,
                                        @Schema(description = "Place of the voter meeting") @NotBlank @Size(max = 300) String meetingPlace,
                                        @Schema(description = "The delegates present") @Nullable @Size(max = 1000) String delegates,
                                        @Schema(description = "The recommendation") @NotBlank @Size(max = 8000) String content,
                                        @Schema(description = "Field or topic (lĩnh vực)") @Nullable @Size(max = 200) String topic,
                                        @Schema(description = "Internal note of the office (never published)") @Nullable @Size(max = 4000) String note) {
    }

    @Serdeable
    @Schema(name = "VoterRecommendationAssignment", description = "The competent body the recommendation goes to — a unit of the jurisdiction or an authority "
            + "named in words, one of the two — and the deadline for its answer: by default 40 days from the assignment, 50 for the lead agency on a "
            + "shared matter (Decision 33/2017/QĐ-TTg, art. 12), unless `dueOn` is given",
            example = "{\"unitId\":\"" + ID + "\",\"authority\":null,\"assignedOn\":\"2026-11-24\",\"dueOn\":null,\"sharedMatter\":false}")
    public record AssignmentRequest(@Schema(description = "The unit that answers (GET /units)") @Nullable UUID unitId,
                                    @Schema(description = "Or the authority, in words (a ministry, the province's People's Committee …)") @Nullable @Size(max = 300) String authority,
                                    @Schema(description = "Day of the assignment; today when not given") @Nullable LocalDate assignedOn,
                                    @Schema(description = "Deadline for the answer; the statutory one when not given") @Nullable LocalDate dueOn,
                                    @Schema(description = "The unit leads on a matter shared with other bodies (50 days instead of 40)") @Nullable Boolean sharedMatter) {
    }

    @Serdeable
    @Schema(name = "VoterRecommendationAnswer", description = "The competent body's answer",
            example = "{\"answer\":\"Sở Xây dựng đã bố trí vốn duy tu năm 2027; dự kiến khởi công sửa chữa tuyến đường trong quý I/2027\","
                    + "\"answeredOn\":\"2026-12-20\",\"documentNumber\":\"1234/SXD-HTKT\"}")
    public record AnswerRequest(@Schema(description = "The answer (nội dung trả lời)") @NotBlank @Size(max = 20000) String answer,
                                @Schema(description = "Day of the answer") @NotNull LocalDate answeredOn,
                                @Schema(description = "Number of the answering document") @Nullable @Size(max = 100) String documentNumber) {
    }

    static final String SUMMARY_FIELDS = "\"id\":\"" + ID + "\",\"number\":\"15/2026\",\"gatheredBy\":\"PEOPLES_COUNCIL\",\"meetingDate\":\"2026-11-10\","
            + "\"content\":\"" + CONTENT + "\",\"topic\":\"Giao thông, đô thị\",\"assignedUnit\":" + UNIT + ",\"assignedAuthority\":null,"
            + "\"dueOn\":\"2027-01-04\",\"status\":\"ASSIGNED\",\"overdue\":false,\"published\":false,\"version\":1,\"updatedAt\":\"2026-11-24T09:00:00+07:00\"";

    @Serdeable
    @Schema(name = "VoterRecommendationSummary", description = "A voters' recommendation in a list", example = "{" + SUMMARY_FIELDS + "}")
    public record RecommendationSummary(@Schema(description = "Id") UUID id, @Schema(description = "Number per office and year") String number,
                                        @Schema(description = "Who held the voter meeting") VoterMeetingHost gatheredBy,
                                        @Schema(description = "Date of the voter meeting") LocalDate meetingDate,
                                        @Schema(description = "The recommendation") String content, @Schema(description = "Field or topic") @Nullable String topic,
                                        @Schema(description = "The unit that answers") @Nullable NamedRef assignedUnit,
                                        @Schema(description = "Or the authority that answers, in words") @Nullable String assignedAuthority,
                                        @Schema(description = "Deadline for the answer") @Nullable LocalDate dueOn,
                                        @Schema(description = "Status") VoterRecommendationStatus status,
                                        @Schema(description = "Past its deadline and not answered") boolean overdue,
                                        @Schema(description = "Published with its answer") boolean published,
                                        @Schema(description = "Version for If-Match") long version, @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "VoterRecommendationResponse", description = "A voters' recommendation with its assignment, deadline, answer and the caller's allowed actions",
            example = "{" + SUMMARY_FIELDS + ",\"office\":{\"id\":\"" + ID + "\",\"name\":\"Văn phòng Đoàn ĐBQH và HĐND tỉnh\"},\"meetingPlace\":\"Nhà văn hóa khu phố 3\","
                    + "\"delegates\":\"Đại biểu HĐND tỉnh Nguyễn Thị Mai\",\"note\":null,\"sharedMatter\":false,\"assignedOn\":\"2026-11-24\","
                    + "\"dueRule\":\"Quyết định 33/2017/QĐ-TTg, Điều 12\",\"answer\":null,\"answeredOn\":null,\"answerDocumentNumber\":null,\"answeredByName\":null,"
                    + "\"answeredOnTime\":null,\"publishedAt\":null,\"allowedActions\":[\"EDIT\",\"ASSIGN\",\"ANSWER\"],\"createdAt\":\"2026-11-12T09:00:00+07:00\"}")
    public record RecommendationResponse(@Schema(description = "Id") UUID id, @Schema(description = "Number per office and year") String number,
                                         @Schema(description = "Who held the voter meeting") VoterMeetingHost gatheredBy,
                                         @Schema(description = "Date of the voter meeting") LocalDate meetingDate,
                                         @Schema(description = "The recommendation") String content, @Schema(description = "Field or topic") @Nullable String topic,
                                         @Schema(description = "The unit that answers") @Nullable NamedRef assignedUnit,
                                         @Schema(description = "Or the authority that answers, in words") @Nullable String assignedAuthority,
                                         @Schema(description = "Deadline for the answer") @Nullable LocalDate dueOn,
                                         @Schema(description = "Status") VoterRecommendationStatus status,
                                         @Schema(description = "Past its deadline and not answered") boolean overdue,
                                         @Schema(description = "Published with its answer") boolean published,
                                         @Schema(description = "Version for If-Match") long version, @Schema(description = "Last change") OffsetDateTime updatedAt,
                                         @Schema(description = "The office that recorded it") NamedRef office,
                                         @Schema(description = "Place of the voter meeting") String meetingPlace,
                                         @Schema(description = "The delegates present") @Nullable String delegates,
                                         @Schema(description = "Internal note of the office") @Nullable String note,
                                         @Schema(description = "The unit leads on a shared matter") boolean sharedMatter,
                                         @Schema(description = "Day of the assignment") @Nullable LocalDate assignedOn,
                                         @Schema(description = "Where the default deadline comes from; null when set by hand") @Nullable String dueRule,
                                         @Schema(description = "The answer") @Nullable String answer,
                                         @Schema(description = "Day of the answer") @Nullable LocalDate answeredOn,
                                         @Schema(description = "Number of the answering document") @Nullable String answerDocumentNumber,
                                         @Schema(description = "Who recorded the answer") @Nullable String answeredByName,
                                         @Schema(description = "Answered by its deadline; null while not answered") @Nullable Boolean answeredOnTime,
                                         @Schema(description = "When it was published") @Nullable OffsetDateTime publishedAt,
                                         @Schema(description = "What the caller may do") List<VoterRecommendationAction> allowedActions,
                                         @Schema(description = "Recorded at") OffsetDateTime createdAt) {
    }

    static final String COUNTS = "\"gathered\":12,\"assigned\":10,\"answered\":7,\"answeredOnTime\":6,\"answeredLate\":1,\"overdue\":2";

    @Serdeable
    @Schema(name = "VoterRecommendationCounts", description = "How the recommendations of a competent body stand: gathered, assigned, answered (on time or "
            + "late) and overdue (past the deadline, not answered). A row without unit and authority counts those not assigned yet.",
            example = "{\"unit\":" + UNIT + ",\"authority\":null," + COUNTS + "}")
    public record Counts(@Schema(description = "The unit, for a unit's row") @Nullable NamedRef unit,
                         @Schema(description = "The authority in words, for an authority's row") @Nullable String authority,
                         @Schema(description = "Gathered") long gathered, @Schema(description = "Assigned to a competent body") long assigned,
                         @Schema(description = "Answered") long answered, @Schema(description = "Answered by the deadline") long answeredOnTime,
                         @Schema(description = "Answered after the deadline") long answeredLate,
                         @Schema(description = "Past the deadline and not answered") long overdue) {
    }

    @Serdeable
    @Schema(name = "VoterRecommendationStatistics", description = "The recommendations of voter meetings held in a period, by competent body and in total",
            example = "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"asOf\":\"2026-11-24\",\"total\":{\"unit\":null,\"authority\":null," + COUNTS + "},"
                    + "\"byAssignee\":[{\"unit\":" + UNIT + ",\"authority\":null," + COUNTS + "}]}")
    public record Statistics(@Schema(description = "First meeting day counted") @Nullable LocalDate from,
                             @Schema(description = "Last meeting day counted") @Nullable LocalDate to,
                             @Schema(description = "The day overdue is judged on (today, Vietnam)") LocalDate asOf,
                             @Schema(description = "All together") Counts total,
                             @Schema(description = "By competent body") List<Counts> byAssignee) {
    }

    @Serdeable
    @Schema(name = "PublicVoterRecommendation", description = "A published recommendation with its answer, for the e-portal: what voters recommended and "
            + "what the competent body answered — no internal notes",
            example = "{\"meetingDate\":\"2026-11-10\",\"topic\":\"Giao thông, đô thị\",\"content\":\"" + CONTENT + "\",\"answeredBy\":\"Sở Xây dựng\","
                    + "\"answer\":\"Sở Xây dựng đã bố trí vốn duy tu năm 2027\",\"answeredOn\":\"2026-12-20\",\"answerDocumentNumber\":\"1234/SXD-HTKT\"}")
    public record PublicRecommendation(@Schema(description = "Date of the voter meeting") LocalDate meetingDate,
                                       @Schema(description = "Field or topic") @Nullable String topic,
                                       @Schema(description = "The recommendation") String content,
                                       @Schema(description = "The body that answered") @Nullable String answeredBy,
                                       @Schema(description = "The answer") String answer,
                                       @Schema(description = "Day of the answer") LocalDate answeredOn,
                                       @Schema(description = "Number of the answering document") @Nullable String answerDocumentNumber) {
    }
}
