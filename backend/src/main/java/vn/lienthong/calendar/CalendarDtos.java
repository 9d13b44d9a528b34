package vn.lienthong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the calendar endpoints read and write; separate from the tables so no column leaks into the API. */
public final class CalendarDtos {
    private CalendarDtos() {
    }

    static final String ID = "0b8f3c52-6a7e-4c1d-9f2a-3b4c5d6e7f80";

    @Serdeable
    @Schema(name = "CalendarResponse", description = "The work calendar (lịch công tác) of one leadership body, with its colour in the consolidated views",
            example = "{\"id\":\"" + ID + "\",\"bodyId\":\"" + ID + "\",\"bodyName\":\"Thường trực Thành ủy\",\"bodyNameEn\":\"Standing Board of the City Party Committee\","
                    + "\"officeId\":\"" + ID + "\",\"officeName\":\"Văn phòng Thành ủy\",\"nameVi\":\"Lịch công tác Thường trực Thành ủy\","
                    + "\"nameEn\":\"Work calendar: Standing Board of the City Party Committee\",\"color\":\"#b3261e\"}")
    public record CalendarResponse(@Schema(description = "Calendar id") UUID id,
                                   @Schema(description = "The leadership body") UUID bodyId,
                                   @Schema(description = "Its Vietnamese name") String bodyName,
                                   @Schema(description = "Its English name") String bodyNameEn,
                                   @Schema(description = "The office that serves the body and drafts its programmes") UUID officeId,
                                   @Schema(description = "That office's Vietnamese name") String officeName,
                                   @Schema(description = "Calendar name in Vietnamese") String nameVi,
                                   @Schema(description = "Calendar name in English") String nameEn,
                                   @Schema(description = "Colour of the body's items in the views", example = "#b3261e") String color) {
    }

    @Serdeable
    @Schema(name = "ProgrammeRequest", description = "A new work programme (chương trình công tác) of a calendar for one period",
            example = "{\"calendarId\":\"" + ID + "\",\"periodKind\":\"MONTH\",\"periodStart\":\"2026-12-01\",\"title\":\"Chương trình công tác tháng 12/2026\"}")
    public record ProgrammeRequest(@Schema(description = "The body's calendar") @NotNull UUID calendarId,
                                   @Schema(description = "Year, quarter, month or week") @NotNull PeriodKind periodKind,
                                   @Schema(description = "First day of the period (1 January, the first day of a quarter or month, a Monday)") @NotNull LocalDate periodStart,
                                   @Schema(description = "Title; by default \"Chương trình công tác <period>\"", nullable = true) @Nullable @Size(max = 300) String title) {
    }

    @Serdeable
    @Schema(name = "ProgrammeResponse", description = "A work programme with its status, submission deadline and what the caller may do with it",
            example = "{\"id\":\"" + ID + "\",\"calendarId\":\"" + ID + "\",\"calendarName\":\"Lịch công tác Ủy ban nhân dân thành phố\",\"bodyId\":\"" + ID + "\","
                    + "\"bodyName\":\"Ủy ban nhân dân thành phố\",\"officeId\":\"" + ID + "\",\"officeName\":\"Văn phòng Ủy ban nhân dân\",\"periodKind\":\"MONTH\","
                    + "\"periodStart\":\"2026-12-01\",\"periodEnd\":\"2026-12-31\",\"title\":\"Chương trình công tác tháng 12/2026\",\"status\":\"DRAFT\","
                    + "\"deadline\":\"2026-11-25\",\"submittedAt\":null,\"submittedOnTime\":null,\"returnComment\":null,\"decisionReference\":null,\"decidedOn\":null,"
                    + "\"approvedAt\":null,\"publishedAt\":null,\"revision\":0,\"itemCount\":3,\"version\":0,\"updatedAt\":\"2026-11-20T09:00:00+07:00\","
                    + "\"allowedActions\":[\"EDIT_ITEMS\"]}")
    public record ProgrammeResponse(@Schema(description = "Programme id") UUID id,
                                    @Schema(description = "Calendar id") UUID calendarId,
                                    @Schema(description = "Calendar name") String calendarName,
                                    @Schema(description = "Leadership body id") UUID bodyId,
                                    @Schema(description = "Leadership body name") String bodyName,
                                    @Schema(description = "The office that drafts it") UUID officeId,
                                    @Schema(description = "That office's name") String officeName,
                                    @Schema(description = "Period kind") PeriodKind periodKind,
                                    @Schema(description = "First day of the period") LocalDate periodStart,
                                    @Schema(description = "Last day of the period") LocalDate periodEnd,
                                    @Schema(description = "Title") String title,
                                    @Schema(description = "Status (changed only by the actions)") ProgrammeStatus status,
                                    @Schema(description = "Submission deadline at the Party Committee Office") LocalDate deadline,
                                    @Schema(description = "When it was (last) submitted", nullable = true) @Nullable OffsetDateTime submittedAt,
                                    @Schema(description = "Whether that was on or before the deadline", nullable = true) @Nullable Boolean submittedOnTime,
                                    @Schema(description = "Why it was returned, while RETURNED", nullable = true) @Nullable String returnComment,
                                    @Schema(description = "The standing board's decision (số, ký hiệu)", nullable = true) @Nullable String decisionReference,
                                    @Schema(description = "Date of that decision", nullable = true) @Nullable LocalDate decidedOn,
                                    @Schema(description = "When the decision was recorded", nullable = true) @Nullable OffsetDateTime approvedAt,
                                    @Schema(description = "When it was published", nullable = true) @Nullable OffsetDateTime publishedAt,
                                    @Schema(description = "Number of amendments since publishing", example = "0") int revision,
                                    @Schema(description = "Number of items (cancelled ones included)", example = "3") long itemCount,
                                    @Schema(description = "Version, also sent as ETag", example = "0") long version,
                                    @Schema(description = "Last change") OffsetDateTime updatedAt,
                                    @Schema(description = "What the caller may do now") List<ProgrammeAction> allowedActions) {
    }

    @Serdeable
    @Schema(name = "ProgrammeReturnRequest", description = "Why a submitted programme goes back to its office",
            example = "{\"comment\":\"Đề nghị dời hội nghị ngày 10/12 do trùng lịch Thường trực Thành ủy\"}")
    public record ReturnRequest(@Schema(description = "The comment for the drafting office") @NotBlank @Size(max = 2000) String comment) {
    }

    @Serdeable
    @Schema(name = "ProgrammeApprovalRequest", description = "The standing board's decision on the consolidated programme",
            example = "{\"decisionReference\":\"125-TB/TU\",\"decidedOn\":\"2026-11-27\"}")
    public record ApprovalRequest(@Schema(description = "Number and symbol of the decision or notice") @NotBlank @Size(max = 100) String decisionReference,
                                  @Schema(description = "Date of the decision") @NotNull LocalDate decidedOn) {
    }

    @Serdeable
    @Schema(name = "ProgrammeItemRequest", description = "An activity of a programme. All-day items run from local midnight of the first day to local midnight after the last. "
            + "On a published programme a change is an amendment and needs amendmentReason.",
            example = "{\"title\":\"Hội nghị sơ kết công tác quý IV\",\"startsAt\":\"2026-12-10T08:00:00+07:00\",\"endsAt\":\"2026-12-10T11:00:00+07:00\",\"allDay\":false,"
                    + "\"venue\":\"Hội trường Thành ủy\",\"localityUnitId\":null,\"leaderIds\":[\"" + ID + "\"],\"participantBodyIds\":[],\"participantUnitIds\":[],"
                    + "\"participantPersons\":[\"Lãnh đạo các sở, ngành\"],\"servingOfficeId\":\"" + ID + "\",\"visibility\":\"PUBLIC\",\"notes\":null,\"meetingId\":null,"
                    + "\"detailsItemId\":null,\"amendmentReason\":null}")
    public record ItemRequest(@Schema(description = "What happens") @NotBlank @Size(max = 500) String title,
                              @Schema(description = "Start") @NotNull OffsetDateTime startsAt,
                              @Schema(description = "End (after the start)") @NotNull OffsetDateTime endsAt,
                              @Schema(description = "Whole days") boolean allDay,
                              @Schema(description = "Venue (địa điểm)", nullable = true) @Nullable @Size(max = 300) String venue,
                              @Schema(description = "Locality (địa bàn): a ward, commune or other unit", nullable = true) @Nullable UUID localityUnitId,
                              @Schema(description = "Chairing leaders (chủ trì)", nullable = true) @Nullable @Size(max = 20) List<@NotNull UUID> leaderIds,
                              @Schema(description = "Participating leadership bodies", nullable = true) @Nullable @Size(max = 50) List<@NotNull UUID> participantBodyIds,
                              @Schema(description = "Participating units", nullable = true) @Nullable @Size(max = 200) List<@NotNull UUID> participantUnitIds,
                              @Schema(description = "Other participants, by name or function", nullable = true) @Nullable @Size(max = 50) List<@NotBlank @Size(max = 200) String> participantPersons,
                              @Schema(description = "The office that serves the activity") @NotNull UUID servingOfficeId,
                              @Schema(description = "Internal or public") @NotNull Visibility visibility,
                              @Schema(description = "Notes for the offices (never published)", nullable = true) @Nullable @Size(max = 4000) String notes,
                              @Schema(description = "The meeting this activity is, when recorded as one", nullable = true) @Nullable UUID meetingId,
                              @Schema(description = "The item of a programme of a longer period that this one details (chi tiết hóa), e.g. the month's item a "
                                      + "week's item details: same jurisdiction, overlapping in time. The two never clash with each other", nullable = true)
                              @Nullable UUID detailsItemId,
                              @Schema(description = "Why a published programme changes (lý do điều chỉnh)", nullable = true) @Nullable @Size(max = 1000) String amendmentReason) {
        List<UUID> leaders() {
            return leaderIds == null ? List.of() : leaderIds;
        }

        List<UUID> bodies() {
            return participantBodyIds == null ? List.of() : participantBodyIds;
        }

        List<UUID> units() {
            return participantUnitIds == null ? List.of() : participantUnitIds;
        }

        List<String> persons() {
            return participantPersons == null ? List.of() : participantPersons.stream().map(String::strip).toList();
        }
    }

    @Serdeable
    @Schema(name = "NamedRef", description = "An id with its display name", example = "{\"id\":\"" + ID + "\",\"name\":\"Sở Nội vụ\"}")
    public record NamedRef(@Schema(description = "Id") UUID id, @Schema(description = "Name") String name) {
    }

    @Serdeable
    @Schema(name = "LeaderRef", description = "A chairing leader", example = "{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\",\"titleVi\":\"Bí thư Thành ủy\"}")
    public record LeaderRef(@Schema(description = "Leader id") UUID id, @Schema(description = "Full name") String fullName,
                            @Schema(description = "Title") String titleVi) {
    }

    static final String ITEM_EXAMPLE = "{\"id\":\"" + ID + "\",\"programmeId\":\"" + ID + "\",\"calendarId\":\"" + ID + "\",\"bodyId\":\"" + ID + "\","
            + "\"bodyName\":\"Thường trực Thành ủy\",\"color\":\"#b3261e\",\"periodKind\":\"MONTH\",\"programmeStatus\":\"PUBLISHED\","
            + "\"title\":\"Hội nghị sơ kết công tác quý IV\",\"startsAt\":\"2026-12-10T08:00:00+07:00\",\"endsAt\":\"2026-12-10T11:00:00+07:00\",\"allDay\":false,"
            + "\"venue\":\"Hội trường Thành ủy\",\"localityUnitId\":null,\"localityName\":null,\"leaders\":[{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\","
            + "\"titleVi\":\"Bí thư Thành ủy\"}],\"participantBodies\":[],\"participantUnits\":[],\"participantPersons\":[],\"servingOfficeId\":\"" + ID + "\","
            + "\"servingOfficeName\":\"Văn phòng Thành ủy\",\"visibility\":\"PUBLIC\",\"notes\":null,\"meetingId\":null,\"detailsItemId\":null,\"cancelled\":false,\"cancelReason\":null,"
            + "\"sequence\":0,\"version\":0,\"updatedAt\":\"2026-11-20T09:00:00+07:00\"}";

    @Serdeable
    @Schema(name = "ProgrammeItemResponse", description = "An activity of a programme, with the names of the people, bodies and units it involves", example = ITEM_EXAMPLE)
    public record ItemResponse(@Schema(description = "Item id") UUID id,
                               @Schema(description = "Its programme") UUID programmeId,
                               @Schema(description = "Its calendar") UUID calendarId,
                               @Schema(description = "The calendar's leadership body") UUID bodyId,
                               @Schema(description = "That body's name") String bodyName,
                               @Schema(description = "The body's colour") String color,
                               @Schema(description = "The programme's period kind") PeriodKind periodKind,
                               @Schema(description = "The programme's status") ProgrammeStatus programmeStatus,
                               @Schema(description = "What happens") String title,
                               @Schema(description = "Start") OffsetDateTime startsAt,
                               @Schema(description = "End") OffsetDateTime endsAt,
                               @Schema(description = "Whole days") boolean allDay,
                               @Schema(description = "Venue", nullable = true) @Nullable String venue,
                               @Schema(description = "Locality unit id", nullable = true) @Nullable UUID localityUnitId,
                               @Schema(description = "Locality name", nullable = true) @Nullable String localityName,
                               @Schema(description = "Chairing leaders") List<LeaderRef> leaders,
                               @Schema(description = "Participating bodies") List<NamedRef> participantBodies,
                               @Schema(description = "Participating units") List<NamedRef> participantUnits,
                               @Schema(description = "Other participants") List<String> participantPersons,
                               @Schema(description = "Serving office id") UUID servingOfficeId,
                               @Schema(description = "Serving office name") String servingOfficeName,
                               @Schema(description = "Internal or public") Visibility visibility,
                               @Schema(description = "Notes for the offices", nullable = true) @Nullable String notes,
                               @Schema(description = "The meeting, when linked", nullable = true) @Nullable UUID meetingId,
                               @Schema(description = "The item of a longer period's programme this one details; they never clash", nullable = true) @Nullable UUID detailsItemId,
                               @Schema(description = "Removed from a published programme (kept so feeds can say so)") boolean cancelled,
                               @Schema(description = "Why it was removed", nullable = true) @Nullable String cancelReason,
                               @Schema(description = "iCalendar SEQUENCE: bumped on each amendment", example = "0") int sequence,
                               @Schema(description = "Version, also sent as ETag", example = "0") long version,
                               @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "ClashResponse", description = "A clash (trùng lịch) between an item (or the item being typed) and another item",
            example = "{\"kind\":\"LEADER\",\"severity\":\"CONFLICT\",\"itemId\":null,\"itemTitle\":null,\"otherItemId\":\"" + ID + "\",\"otherTitle\":\"Họp Thường trực Thành ủy\","
                    + "\"otherBodyName\":\"Thường trực Thành ủy\",\"otherStartsAt\":\"2026-12-10T08:00:00+07:00\",\"otherEndsAt\":\"2026-12-10T11:00:00+07:00\","
                    + "\"otherProgrammeStatus\":\"SUBMITTED\",\"periodKind\":\"WEEK\",\"programmeId\":null,\"programmeTitle\":null,"
                    + "\"otherPeriodKind\":\"MONTH\",\"otherProgrammeId\":\"" + ID + "\",\"otherProgrammeTitle\":\"Chương trình công tác tháng 12/2026 của Thường trực Thành ủy\","
                    + "\"shared\":[{\"id\":\"" + ID + "\",\"name\":\"Nguyễn Văn An (Bí thư Thành ủy)\"}],"
                    + "\"message\":\"Trùng lịch: Nguyễn Văn An (Bí thư Thành ủy) đã có lịch «Họp Thường trực Thành ủy» (Thường trực Thành ủy, chương trình công tác tháng 12/2026) 08:00–11:00 ngày 10/12/2026.\","
                    + "\"accepted\":false,\"acceptanceNote\":null}")
    public record ClashResponse(@Schema(description = "Why they clash") ClashKind kind,
                                @Schema(description = "Conflict or warning") ClashSeverity severity,
                                @Schema(description = "The item (null for a check of an unsaved item)", nullable = true) @Nullable UUID itemId,
                                @Schema(description = "The item's title (null for a check)", nullable = true) @Nullable String itemTitle,
                                @Schema(description = "The other item") UUID otherItemId,
                                @Schema(description = "Its title; null when it is in another office's unsubmitted draft", nullable = true) @Nullable String otherTitle,
                                @Schema(description = "Its body") String otherBodyName,
                                @Schema(description = "Its start") OffsetDateTime otherStartsAt,
                                @Schema(description = "Its end") OffsetDateTime otherEndsAt,
                                @Schema(description = "Its programme's status") ProgrammeStatus otherProgrammeStatus,
                                @Schema(description = "The period kind of the item's programme (for a check: the one given)") PeriodKind periodKind,
                                @Schema(description = "The item's programme (null for a check of an unsaved item)", nullable = true) @Nullable UUID programmeId,
                                @Schema(description = "That programme's title (null for a check)", nullable = true) @Nullable String programmeTitle,
                                @Schema(description = "The period kind of the other item's programme: clashes are found across kinds") PeriodKind otherPeriodKind,
                                @Schema(description = "The other item's programme") UUID otherProgrammeId,
                                @Schema(description = "That programme's title; its default title when it is another office's unsubmitted draft") String otherProgrammeTitle,
                                @Schema(description = "The leaders, bodies, units, venue or locality in common") List<SharedRef> shared,
                                @Schema(description = "The clash in one Vietnamese sentence") String message,
                                @Schema(description = "Accepted with a note by the consolidating office or an owner") boolean accepted,
                                @Schema(description = "The note", nullable = true) @Nullable String acceptanceNote) {
    }

    @Serdeable
    @Schema(name = "ClashSharedRef", description = "What two clashing items have in common (no id for a venue)", example = "{\"id\":null,\"name\":\"Hội trường Thành ủy\"}")
    public record SharedRef(@Schema(description = "Id of the leader, body or unit", nullable = true) @Nullable UUID id, @Schema(description = "Name") String name) {
    }

    @Serdeable
    @Schema(name = "ProgrammeItemWriteResponse", description = "The saved item and the clashes it has now: saving never waits for clashes to be resolved",
            example = "{\"item\":" + ITEM_EXAMPLE + ",\"clashes\":[]}")
    public record ItemWriteResponse(@Schema(description = "The saved item") ItemResponse item, @Schema(description = "Its clashes") List<ClashResponse> clashes) {
    }

    @Serdeable
    @Schema(name = "ClashCheckRequest", description = "An item as it is being typed, to check for clashes without saving it",
            example = "{\"periodKind\":\"MONTH\",\"startsAt\":\"2026-12-10T09:00:00+07:00\",\"endsAt\":\"2026-12-10T10:00:00+07:00\",\"allDay\":false,"
                    + "\"venue\":null,\"localityUnitId\":null,\"leaderIds\":[\"" + ID + "\"],\"participantBodyIds\":[],\"participantUnitIds\":[],\"excludeItemId\":null,\"detailsItemId\":null}")
    public record ClashCheckRequest(@Schema(description = "The period kind of the item's programme; items of programmes of every kind are compared") @NotNull PeriodKind periodKind,
                                    @Schema(description = "Start") @NotNull OffsetDateTime startsAt,
                                    @Schema(description = "End") @NotNull OffsetDateTime endsAt,
                                    @Schema(description = "Whole days") boolean allDay,
                                    @Schema(description = "Venue", nullable = true) @Nullable @Size(max = 300) String venue,
                                    @Schema(description = "Locality unit", nullable = true) @Nullable UUID localityUnitId,
                                    @Schema(description = "Chairing leaders", nullable = true) @Nullable @Size(max = 20) List<@NotNull UUID> leaderIds,
                                    @Schema(description = "Participating bodies", nullable = true) @Nullable @Size(max = 50) List<@NotNull UUID> participantBodyIds,
                                    @Schema(description = "Participating units", nullable = true) @Nullable @Size(max = 200) List<@NotNull UUID> participantUnitIds,
                                    @Schema(description = "The item being edited, so it does not clash with itself (nor with the items detailing it)", nullable = true) @Nullable UUID excludeItemId,
                                    @Schema(description = "The longer period's item this one details, which it then does not clash with", nullable = true) @Nullable UUID detailsItemId) {
    }

    @Serdeable
    @Schema(name = "ClashListResponse", description = "Clashes found", example = "{\"clashes\":[]}")
    public record ClashListResponse(@Schema(description = "The clashes, earliest first") List<ClashResponse> clashes) {
    }

    @Serdeable
    @Schema(name = "ClashAcceptanceRequest", description = "Accept a clash with a note (the two items may overlap)",
            example = "{\"itemId\":\"" + ID + "\",\"otherItemId\":\"0b8f3c52-6a7e-4c1d-9f2a-3b4c5d6e7f81\",\"kind\":\"LOCALITY\",\"note\":\"Hai hoạt động ở hai xã khác nhau của địa bàn\"}")
    public record ClashAcceptanceRequest(@Schema(description = "One item") @NotNull UUID itemId,
                                         @Schema(description = "The other item") @NotNull UUID otherItemId,
                                         @Schema(description = "Which clash") @NotNull ClashKind kind,
                                         @Schema(description = "Why it is acceptable") @NotBlank @Size(max = 1000) String note) {
    }

    @Serdeable
    @Schema(name = "ClashMergeRequest", description = "Merge two clashing items into one: the kept item takes the other's leaders and participants, the other is removed",
            example = "{\"itemId\":\"" + ID + "\",\"otherItemId\":\"0b8f3c52-6a7e-4c1d-9f2a-3b4c5d6e7f81\",\"note\":\"Hội nghị liên tịch, một lịch chung\"}")
    public record ClashMergeRequest(@Schema(description = "The item kept") @NotNull UUID itemId,
                                    @Schema(description = "The item merged into it and removed") @NotNull UUID otherItemId,
                                    @Schema(description = "Why they are one activity") @NotBlank @Size(max = 1000) String note) {
    }

    @Serdeable
    @Schema(name = "ClashAcceptanceResponse", description = "A clash accepted with a note",
            example = "{\"itemId\":\"" + ID + "\",\"otherItemId\":\"0b8f3c52-6a7e-4c1d-9f2a-3b4c5d6e7f81\",\"kind\":\"LOCALITY\",\"note\":\"Hai hoạt động ở hai xã khác nhau\","
                    + "\"acceptedByName\":\"Nguyễn Văn An\",\"acceptedAt\":\"2026-11-20T09:00:00+07:00\"}")
    public record ClashAcceptanceResponse(@Schema(description = "One item") UUID itemId, @Schema(description = "The other item") UUID otherItemId,
                                          @Schema(description = "Which clash") ClashKind kind, @Schema(description = "Why it is acceptable") String note,
                                          @Schema(description = "Who accepted it") String acceptedByName, @Schema(description = "When") OffsetDateTime acceptedAt) {
    }

    @Serdeable
    @Schema(name = "ProgrammeAmendmentResponse", description = "A change to a published programme (điều chỉnh)",
            example = "{\"revision\":1,\"itemId\":\"" + ID + "\",\"change\":\"CHANGED\",\"reason\":\"Dời lịch do Thường trực làm việc với Trung ương\","
                    + "\"amendedByName\":\"Trần Thị Bình\",\"amendedAt\":\"2026-12-02T10:00:00+07:00\"}")
    public record AmendmentResponse(@Schema(description = "The programme's revision it made", example = "1") int revision,
                                    @Schema(description = "The item changed") UUID itemId,
                                    @Schema(description = "ADDED, CHANGED or CANCELLED") String change,
                                    @Schema(description = "Why") String reason,
                                    @Schema(description = "Who") String amendedByName,
                                    @Schema(description = "When") OffsetDateTime amendedAt) {
    }

    @Serdeable
    @Schema(name = "DeadlineRuleResponse", description = "When drafts of one period kind are due at the Party Committee Office",
            example = "{\"periodKind\":\"MONTH\",\"monthsBeforeStart\":1,\"dayOfMonth\":25,\"daysBeforeStart\":null,\"weekendShift\":\"NEXT_WORKING_DAY\","
                    + "\"reminderDaysBefore\":3,\"source\":\"Quy chế phối hợp: chương trình tháng sau gửi trước ngày 25 hằng tháng\",\"version\":0}")
    public record DeadlineRuleResponse(@Schema(description = "Period kind") PeriodKind periodKind,
                                       @Schema(description = "Due in the month this many months before the period's first month", nullable = true) @Nullable Integer monthsBeforeStart,
                                       @Schema(description = "…on this day of that month", nullable = true) @Nullable Integer dayOfMonth,
                                       @Schema(description = "Or: this many days before the period starts", nullable = true) @Nullable Integer daysBeforeStart,
                                       @Schema(description = "When the day falls on a weekend") WeekendShift weekendShift,
                                       @Schema(description = "Remind the drafting office this many days before, and on the day", example = "3") int reminderDaysBefore,
                                       @Schema(description = "Where the rule comes from") String source,
                                       @Schema(description = "Version, also sent as ETag", example = "0") long version) {
        static DeadlineRuleResponse of(DeadlineRule r) {
            return new DeadlineRuleResponse(r.periodKind(), r.monthsBeforeStart(), r.dayOfMonth(), r.daysBeforeStart(), r.weekendShift(), r.reminderDaysBefore(),
                    r.source(), r.version());
        }
    }

    @Serdeable
    @Schema(name = "DeadlineRuleRequest", description = "A deadline rule: either monthsBeforeStart with dayOfMonth, or daysBeforeStart",
            example = "{\"monthsBeforeStart\":null,\"dayOfMonth\":null,\"daysBeforeStart\":3,\"weekendShift\":\"PREVIOUS_WORKING_DAY\",\"reminderDaysBefore\":1,"
                    + "\"source\":\"Thông báo số 12-TB/VPTU: lịch tuần gửi trước thứ Sáu\"}")
    public record DeadlineRuleRequest(@Schema(description = "Months before the period's first month", nullable = true) @Nullable @Min(0) @Max(12) Integer monthsBeforeStart,
                                      @Schema(description = "Day of that month", nullable = true) @Nullable @Min(1) @Max(31) Integer dayOfMonth,
                                      @Schema(description = "Days before the period starts", nullable = true) @Nullable @Min(0) @Max(90) Integer daysBeforeStart,
                                      @Schema(description = "When the day falls on a weekend") @NotNull WeekendShift weekendShift,
                                      @Schema(description = "Remind this many days before", example = "3") @Min(0) @Max(60) int reminderDaysBefore,
                                      @Schema(description = "Where the rule comes from") @NotBlank @Size(max = 500) String source) {
    }

    @Serdeable
    @Schema(name = "DeadlineStatusRow", description = "One calendar's programme for one period: its deadline and whether it was submitted on time",
            example = "{\"calendarId\":\"" + ID + "\",\"calendarName\":\"Lịch công tác Ủy ban nhân dân thành phố\",\"bodyName\":\"Ủy ban nhân dân thành phố\","
                    + "\"officeId\":\"" + ID + "\",\"officeName\":\"Văn phòng Ủy ban nhân dân\",\"periodKind\":\"MONTH\",\"periodStart\":\"2026-12-01\","
                    + "\"periodEnd\":\"2026-12-31\",\"deadline\":\"2026-11-25\",\"daysLeft\":1,\"programmeId\":null,\"status\":null,\"submittedAt\":null,\"state\":\"DUE\"}")
    public record DeadlineStatusRow(@Schema(description = "Calendar") UUID calendarId,
                                    @Schema(description = "Calendar name") String calendarName,
                                    @Schema(description = "Body name") String bodyName,
                                    @Schema(description = "Drafting office") UUID officeId,
                                    @Schema(description = "Its name") String officeName,
                                    @Schema(description = "Period kind") PeriodKind periodKind,
                                    @Schema(description = "Period start") LocalDate periodStart,
                                    @Schema(description = "Period end") LocalDate periodEnd,
                                    @Schema(description = "Deadline") LocalDate deadline,
                                    @Schema(description = "Days from today to the deadline (negative: passed)", example = "1") long daysLeft,
                                    @Schema(description = "The programme, once created", nullable = true) @Nullable UUID programmeId,
                                    @Schema(description = "Its status", nullable = true) @Nullable ProgrammeStatus status,
                                    @Schema(description = "When it was submitted", nullable = true) @Nullable OffsetDateTime submittedAt,
                                    @Schema(description = "SUBMITTED_ON_TIME, SUBMITTED_LATE, DUE (not yet submitted, deadline ahead) or OVERDUE") String state) {
    }

    @Serdeable
    @Schema(name = "DeadlineDashboardResponse", description = "For every calendar and period kind: the current period and the next one due",
            example = "{\"today\":\"2026-11-24\",\"rows\":[]}")
    public record DeadlineDashboardResponse(@Schema(description = "The day it was computed for") LocalDate today,
                                            @Schema(description = "The rows, next deadlines first") List<DeadlineStatusRow> rows) {
    }

    @Serdeable
    @Schema(name = "PublicCalendarItem", description = "A published public activity, as the e-portal shows it: no internal notes",
            example = "{\"id\":\"" + ID + "\",\"calendarId\":\"" + ID + "\",\"bodyName\":\"Thường trực Thành ủy\",\"title\":\"Hội nghị sơ kết công tác quý IV\","
                    + "\"startsAt\":\"2026-12-10T08:00:00+07:00\",\"endsAt\":\"2026-12-10T11:00:00+07:00\",\"allDay\":false,\"venue\":\"Hội trường Thành ủy\","
                    + "\"localityName\":null,\"leaders\":[{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\",\"titleVi\":\"Bí thư Thành ủy\"}],"
                    + "\"cancelled\":false,\"sequence\":0,\"updatedAt\":\"2026-11-20T09:00:00+07:00\"}")
    public record PublicItem(@Schema(description = "Item id (stable; also the iCalendar UID)") UUID id,
                             @Schema(description = "Calendar id") UUID calendarId,
                             @Schema(description = "Leadership body") String bodyName,
                             @Schema(description = "What happens") String title,
                             @Schema(description = "Start") OffsetDateTime startsAt,
                             @Schema(description = "End") OffsetDateTime endsAt,
                             @Schema(description = "Whole days") boolean allDay,
                             @Schema(description = "Venue", nullable = true) @Nullable String venue,
                             @Schema(description = "Locality", nullable = true) @Nullable String localityName,
                             @Schema(description = "Chairing leaders") List<LeaderRef> leaders,
                             @Schema(description = "Removed after publishing") boolean cancelled,
                             @Schema(description = "Amendment sequence", example = "0") int sequence,
                             @Schema(description = "Last change") OffsetDateTime updatedAt) {
        static PublicItem of(ItemResponse i) {
            return new PublicItem(i.id(), i.calendarId(), i.bodyName(), i.title(), i.startsAt(), i.endsAt(), i.allDay(), i.venue(), i.localityName(), i.leaders(),
                    i.cancelled(), i.sequence(), i.updatedAt());
        }
    }
}
