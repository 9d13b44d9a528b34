package vn.lienthong.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.lienthong.review.api.ReviewSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the review endpoints read and write. */
public final class ReviewDtos {
    private ReviewDtos() {
    }

    static final String ID = "7a1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
    static final String OFFICE = "{\"id\":\"" + ID + "\",\"code\":\"VPTU\",\"name\":\"Văn phòng Thành ủy\",\"shortName\":\"VPTU\"}";
    static final String VALUE = "{\"officeId\":null,\"value\":120,\"previousValue\":98,\"change\":22,\"changePercent\":22.4,\"percent\":null,"
            + "\"link\":\"/api/v1/meetings?from=2022-10-03&to=2024-06-30&held=true\"}";
    static final String FIGURE = "{\"key\":\"MEETINGS_BY_KIND\",\"qualifier\":\"STANDING_BOARD\",\"label\":\"Hội nghị Thường trực Thành ủy\",\"basis\":null,"
            + "\"total\":" + VALUE + ",\"byOffice\":[]}";
    static final String PROGRESS = "{\"taskId\":\"" + ID + "\",\"status\":\"IN_PROGRESS\",\"progressPercent\":40,\"deadline\":\"2027-03-31\",\"completedOn\":null,"
            + "\"leadUnitId\":\"" + ID + "\",\"leadUnitName\":\"Văn phòng Thành ủy\"}";
    static final String FINDING = "{\"id\":\"" + ID + "\",\"section\":\"PROPOSAL\",\"position\":1,\"content\":\"Họp định kỳ lãnh đạo 3 Văn phòng mỗi quý\","
            + "\"cause\":null,\"task\":" + PROGRESS + ",\"version\":2,\"updatedAt\":\"2026-11-24T09:00:00+07:00\"}";

    @Serdeable
    @Schema(name = "ReviewOffice", description = "An office taking part in a review", example = OFFICE)
    public record OfficeRef(@Schema(description = "Office id") UUID id, @Schema(description = "Code") String code,
                            @Schema(description = "Vietnamese name") String name, @Schema(description = "Abbreviation") String shortName) {
    }

    @Serdeable
    @Schema(name = "ReviewRequest", description = "A review of the offices' coordination over a period. The host office is the caller's; the system proposes "
            + "it from the rotation (GET /review-rotation).",
            example = "{\"kind\":\"INTERIM\",\"title\":\"Sơ kết thực hiện Quy chế phối hợp giữa Văn phòng Thành ủy, Văn phòng Đoàn ĐBQH và HĐND, Văn phòng UBND\","
                    + "\"periodFrom\":\"2022-10-03\",\"periodTo\":\"2024-06-30\",\"hostOfficeId\":\"" + ID + "\",\"participatingOfficeIds\":[\"" + ID + "\"],\"meetingId\":null}")
    public record ReviewRequest(@Schema(description = "Kind of review") @NotNull ReviewKind kind,
                                @Schema(description = "Title") @NotBlank @Size(max = 500) String title,
                                @Schema(description = "First day of the period") @NotNull LocalDate periodFrom,
                                @Schema(description = "Last day of the period, on or after the first, at most ten years later") @NotNull LocalDate periodTo,
                                @Schema(description = "The office hosting the review: the caller's own") @NotNull UUID hostOfficeId,
                                @Schema(description = "The other offices taking part; empty or absent: every other office of the jurisdiction")
                                @Nullable @Size(max = 20) List<@NotNull UUID> participatingOfficeIds,
                                @Schema(description = "The review meeting (hội nghị sơ kết), when it is in the meetings") @Nullable UUID meetingId) {
    }

    @Serdeable
    @Schema(name = "ReviewTaskProgress", description = "Where a proposal's task stands today, from the conclusions feature", example = PROGRESS)
    public record TaskProgress(@Schema(description = "Task id (GET /conclusion-tasks/{id})") UUID taskId,
                               @Schema(description = "Derived status: DONE_ON_TIME, DONE_LATE, IN_PROGRESS, EXTENDED, OVERDUE, CANCELLED") String status,
                               @Schema(description = "Reported progress, %") int progressPercent,
                               @Schema(description = "Deadline") @Nullable LocalDate deadline,
                               @Schema(description = "Completed on") @Nullable LocalDate completedOn,
                               @Schema(description = "Lead unit id") UUID leadUnitId,
                               @Schema(description = "Lead unit name") String leadUnitName) {
    }

    @Serdeable
    @Schema(name = "ReviewFindingRequest", description = "A finding in one part of the report; `cause` only for a shortcoming",
            example = "{\"section\":\"SHORTCOMING\",\"content\":\"Thông tin lịch họp lớn đôi khi gửi muộn, dẫn đến trùng lịch\",\"cause\":\"Chưa có đầu mối trao đổi lịch thường xuyên\"}")
    public record FindingRequest(@Schema(description = "Part of the report") @NotNull FindingSection section,
                                 @Schema(description = "The finding") @NotBlank @Size(max = 4000) String content,
                                 @Schema(description = "Its cause (nguyên nhân), for a shortcoming") @Nullable @Size(max = 4000) String cause) {
    }

    @Serdeable
    @Schema(name = "ReviewFinding", description = "A finding; a proposal turned into a task shows the task's progress", example = FINDING)
    public record FindingResponse(@Schema(description = "Finding id") UUID id,
                                  @Schema(description = "Part of the report") FindingSection section,
                                  @Schema(description = "Order within its part, from 1") int position,
                                  @Schema(description = "The finding") String content,
                                  @Schema(description = "Its cause, for a shortcoming") @Nullable String cause,
                                  @Schema(description = "The task it became, for a converted proposal") @Nullable TaskProgress task,
                                  @Schema(description = "Version for If-Match") long version,
                                  @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "ReviewProposalTaskRequest", description = "Turns a proposal into a tracked task: the lead unit and the deadline are required; "
            + "the focal officer defaults to the head of the lead unit and the expected result to a report on it",
            example = "{\"leadUnitId\":\"" + ID + "\",\"coordinatingUnitIds\":[],\"deadline\":\"2027-03-31\",\"expectedResult\":\"Quy chế họp định kỳ được ban hành\","
                    + "\"focalOfficer\":\"Chánh Văn phòng Thành ủy\"}")
    public record ProposalTaskRequest(@Schema(description = "The lead unit (đơn vị chủ trì)") @Nullable UUID leadUnitId,
                                      @Schema(description = "Coordinating units") @Nullable @Size(max = 50) List<@NotNull UUID> coordinatingUnitIds,
                                      @Schema(description = "Deadline") @Nullable LocalDate deadline,
                                      @Schema(description = "Expected result") @Nullable @Size(max = 2000) String expectedResult,
                                      @Schema(description = "Focal officer in the lead unit") @Nullable @Size(max = 200) String focalOfficer) {
    }

    @Serdeable
    @Schema(name = "ReviewSummary", description = "A review in a list",
            example = "{\"id\":\"" + ID + "\",\"number\":\"1/2024\",\"kind\":\"INTERIM\",\"title\":\"Sơ kết thực hiện Quy chế phối hợp\",\"periodFrom\":\"2022-10-03\","
                    + "\"periodTo\":\"2024-06-30\",\"hostOffice\":" + OFFICE + ",\"status\":\"FINALISED\",\"finalisedAt\":\"2024-09-19T16:00:00+07:00\","
                    + "\"version\":5,\"updatedAt\":\"2024-09-19T16:00:00+07:00\"}")
    public record ReviewSummary(@Schema(description = "Review id") UUID id,
                                @Schema(description = "Human number per host office and year") String number,
                                @Schema(description = "Kind") ReviewKind kind,
                                @Schema(description = "Title") String title,
                                @Schema(description = "First day of the period") LocalDate periodFrom,
                                @Schema(description = "Last day of the period") LocalDate periodTo,
                                @Schema(description = "Host office") OfficeRef hostOffice,
                                @Schema(description = "Status") ReviewStatus status,
                                @Schema(description = "When it was finalised") @Nullable OffsetDateTime finalisedAt,
                                @Schema(description = "Version") long version,
                                @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "ReviewResponse", description = "A review with its findings and what the caller may do",
            example = "{\"id\":\"" + ID + "\",\"number\":\"1/2024\",\"kind\":\"INTERIM\",\"title\":\"Sơ kết thực hiện Quy chế phối hợp\",\"periodFrom\":\"2022-10-03\","
                    + "\"periodTo\":\"2024-06-30\",\"hostOffice\":" + OFFICE + ",\"participatingOffices\":[" + OFFICE + "],\"meetingId\":null,\"status\":\"DRAFT\","
                    + "\"finalisedAt\":null,\"finalisedBy\":null,\"findings\":[" + FINDING + "],\"allowedActions\":[\"EDIT\",\"FINALISE\",\"CONVERT_PROPOSAL\"],"
                    + "\"version\":3,\"createdAt\":\"2024-09-01T08:00:00+07:00\",\"updatedAt\":\"2024-09-10T08:00:00+07:00\"}")
    public record ReviewResponse(@Schema(description = "Review id") UUID id,
                                 @Schema(description = "Human number per host office and year") String number,
                                 @Schema(description = "Kind") ReviewKind kind,
                                 @Schema(description = "Title") String title,
                                 @Schema(description = "First day of the period") LocalDate periodFrom,
                                 @Schema(description = "Last day of the period") LocalDate periodTo,
                                 @Schema(description = "Host office") OfficeRef hostOffice,
                                 @Schema(description = "The other offices taking part") List<OfficeRef> participatingOffices,
                                 @Schema(description = "The review meeting") @Nullable UUID meetingId,
                                 @Schema(description = "Status") ReviewStatus status,
                                 @Schema(description = "When it was finalised") @Nullable OffsetDateTime finalisedAt,
                                 @Schema(description = "Who finalised it") @Nullable String finalisedBy,
                                 @Schema(description = "Findings, by part and position") List<FindingResponse> findings,
                                 @Schema(description = "What the caller may do now") List<ReviewAction> allowedActions,
                                 @Schema(description = "Version for If-Match") long version,
                                 @Schema(description = "Created") OffsetDateTime createdAt,
                                 @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "ReviewFigureValue", description = "A figure's value in total (officeId null) or for one office, against the previous period of the same "
            + "length, with its share of its basis figure and the list behind it", example = VALUE)
    public record FigureValue(@Schema(description = "The office, or null for the total") @Nullable UUID officeId,
                              @Schema(description = "Value in the period") long value,
                              @Schema(description = "Value in the previous period of the same length") long previousValue,
                              @Schema(description = "value − previousValue") long change,
                              @Schema(description = "change / previousValue, %, one decimal; null when the previous value is 0") @Nullable BigDecimal changePercent,
                              @Schema(description = "value / the basis figure's value, %, one decimal; null without a basis or when it is 0") @Nullable BigDecimal percent,
                              @Schema(description = "The API list behind the figure") @Nullable String link) {
    }

    @Serdeable
    @Schema(name = "ReviewFigure", description = "One figure: a stable key (with a qualifier such as a meeting kind's code), its Vietnamese label, the total "
            + "and each office's value", example = FIGURE)
    public record Figure(@Schema(description = "Stable key, e.g. MEETINGS_HELD, MEETINGS_BY_KIND, BRIDGE_POINTS, PROGRAMMES_ON_TIME, TASKS_OVERDUE") String key,
                         @Schema(description = "Tells apart figures of one key (a meeting kind's code)") @Nullable String qualifier,
                         @Schema(description = "Vietnamese label, as in the report") String label,
                         @Schema(description = "Key of the figure this one is a percentage of") @Nullable String basis,
                         @Schema(description = "In total") FigureValue total,
                         @Schema(description = "Per office, in the order of the review's offices") List<FigureValue> byOffice) {
    }

    @Serdeable
    @Schema(name = "ReviewFigureSection", description = "One part of the figures; unavailable (never zero) while the feature holding its data is not in use",
            example = "{\"section\":\"PETITIONS\",\"available\":false,\"note\":\"Chưa có số liệu: chức năng đơn thư, tiếp công dân chưa được đưa vào sử dụng\",\"figures\":[]}")
    public record Section(@Schema(description = "Part") ReviewSection section,
                          @Schema(description = "Whether the figures exist") boolean available,
                          @Schema(description = "Why not, when unavailable") @Nullable String note,
                          @Schema(description = "The figures") List<Figure> figures) {
    }

    @Serdeable
    @Schema(name = "ReviewFigures", description = "The figures of a review's period and of the previous period of the same length, per office and in total. "
            + "Computed afresh while the review is a draft; frozen when it is finalised.",
            example = "{\"reviewId\":\"" + ID + "\",\"from\":\"2022-10-03\",\"to\":\"2024-06-30\",\"previousFrom\":\"2021-01-05\",\"previousTo\":\"2022-10-02\","
                    + "\"computedAt\":\"2024-09-19T16:00:00+07:00\",\"frozen\":true,\"offices\":[" + OFFICE + "],\"sections\":[{\"section\":\"MEETINGS\",\"available\":true,"
                    + "\"note\":null,\"figures\":[" + FIGURE + "]}]}")
    public record Figures(@Schema(description = "Review id") UUID reviewId,
                          @Schema(description = "First day of the period") LocalDate from,
                          @Schema(description = "Last day of the period") LocalDate to,
                          @Schema(description = "First day of the previous period") LocalDate previousFrom,
                          @Schema(description = "Last day of the previous period") LocalDate previousTo,
                          @Schema(description = "When they were computed") OffsetDateTime computedAt,
                          @Schema(description = "Frozen in the finalised review's snapshot") boolean frozen,
                          @Schema(description = "The offices, host first") List<OfficeRef> offices,
                          @Schema(description = "The parts") List<Section> sections) {
    }

    @Serdeable
    @Schema(name = "ReviewRotation", description = "The order in which the offices host the yearly review, and the proposed next host: the office after the "
            + "host of the latest annual review (the first office when there is none)",
            example = "{\"offices\":[" + OFFICE + "],\"agreed\":true,\"lastAnnualReviewId\":null,\"lastHost\":null,\"nextHost\":" + OFFICE + "}")
    public record Rotation(@Schema(description = "The offices in hosting order") List<OfficeRef> offices,
                           @Schema(description = "Whether the order was agreed and entered (otherwise the default: by kind of office)") boolean agreed,
                           @Schema(description = "The latest annual review") @Nullable UUID lastAnnualReviewId,
                           @Schema(description = "Its host") @Nullable OfficeRef lastHost,
                           @Schema(description = "The proposed next host") @Nullable OfficeRef nextHost) {
    }

    @Serdeable
    @Schema(name = "ReviewRotationRequest", description = "The agreed hosting order: every office of the jurisdiction exactly once",
            example = "{\"officeIds\":[\"" + ID + "\"]}")
    public record RotationRequest(@Schema(description = "Office ids in hosting order") @NotNull @Size(min = 1, max = 20) List<@NotNull UUID> officeIds) {
    }
}
