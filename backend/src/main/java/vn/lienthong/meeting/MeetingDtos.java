package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the meeting endpoints read and write. */
public final class MeetingDtos {
    private MeetingDtos() {
    }

    static final String ID = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
    static final String REF = "{\"id\":\"" + ID + "\",\"name\":\"Văn phòng Ủy ban nhân dân\"}";

    @Serdeable
    @Schema(name = "MeetingNamedRef", description = "An office, body, unit or kind by id and Vietnamese name", example = REF)
    public record NamedRef(@Schema(description = "Id") UUID id, @Schema(description = "Vietnamese name") String name) {
    }

    @Serdeable
    @Schema(name = "MeetingLeaderRef", description = "A chairing leader", example = "{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\",\"title\":\"Bí thư Thành ủy\"}")
    public record LeaderRef(@Schema(description = "Leader id") UUID id, @Schema(description = "Full name") String fullName,
                            @Schema(description = "Title in Vietnamese") String title) {
    }

    @Serdeable
    @Schema(name = "MeetingKindResponse", description = "A kind of meeting (reference data; the system's own plus those an administrator added)",
            example = "{\"id\":\"" + ID + "\",\"code\":\"STANDING_BOARD\",\"nameVi\":\"Hội nghị Thường trực Thành ủy\",\"nameEn\":\"Standing-board meeting\",\"system\":true}")
    public record KindResponse(@Schema(description = "Kind id") UUID id, @Schema(description = "Stable code") String code,
                               @Schema(description = "Vietnamese name") String nameVi, @Schema(description = "English name") String nameEn,
                               @Schema(description = "One of the system's kinds (not removable)") boolean system) {
    }

    @Serdeable
    @Schema(name = "MeetingKindRequest", description = "A kind an administrator adds for the jurisdiction",
            example = "{\"code\":\"PARTY_CONGRESS_PREPARATION\",\"nameVi\":\"Hội nghị chuẩn bị Đại hội\",\"nameEn\":\"Congress preparation meeting\"}")
    public record KindRequest(@Schema(description = "Stable code, upper case") @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,59}$") String code,
                              @Schema(description = "Vietnamese name") @NotBlank @Size(max = 200) String nameVi,
                              @Schema(description = "English name") @NotBlank @Size(max = 200) String nameEn) {
    }

    @Serdeable
    @Schema(name = "MeetingRequest", description = "A meeting or conference to plan, or its corrected details",
            example = "{\"kindId\":\"" + ID + "\",\"title\":\"Hội nghị Thường trực Thành ủy nghe báo cáo tình hình kinh tế – xã hội tháng 11\","
                    + "\"startsAt\":\"2026-11-27T08:00:00+07:00\",\"endsAt\":\"2026-11-27T11:30:00+07:00\",\"venue\":\"Phòng họp số 1, Thành ủy\",\"format\":\"HYBRID\","
                    + "\"bodyId\":\"" + ID + "\",\"leaderIds\":[\"" + ID + "\"],\"hostOfficeId\":\"" + ID + "\",\"supportingOfficeIds\":[\"" + ID + "\"],"
                    + "\"confidentiality\":\"INTERNAL\",\"description\":\"Chuẩn bị báo cáo theo Thông báo số 12-TB/TU\",\"reason\":null}")
    public record MeetingRequest(@Schema(description = "Kind (GET /meeting-kinds)") @NotNull UUID kindId,
                                 @Schema(description = "Title") @NotBlank @Size(max = 500) String title,
                                 @Schema(description = "Start") @NotNull OffsetDateTime startsAt,
                                 @Schema(description = "End, after the start") @NotNull OffsetDateTime endsAt,
                                 @Schema(description = "Venue", nullable = true) @Nullable @Size(max = 300) String venue,
                                 @Schema(description = "In person, online or hybrid") @NotNull MeetingFormat format,
                                 @Schema(description = "The leadership body whose meeting it is; the meeting goes into its calendar") @NotNull UUID bodyId,
                                 @Schema(description = "Chairing leaders (GET /leaders)", nullable = true) @Nullable @Size(max = 20) List<@NotNull UUID> leaderIds,
                                 @Schema(description = "The office that hosts and serves it; by default the caller's", nullable = true) @Nullable UUID hostOfficeId,
                                 @Schema(description = "Supporting offices (văn phòng phối hợp)", nullable = true) @Nullable @Size(max = 20) List<@NotNull UUID> supportingOfficeIds,
                                 @Schema(description = "Who may read its documents") @NotNull Confidentiality confidentiality,
                                 @Schema(description = "Purpose and notes", nullable = true) @Nullable @Size(max = 4000) String description,
                                 @Schema(description = "Why it changes (sent to the invitees when an invited meeting changes)", nullable = true) @Nullable @Size(max = 1000) String reason) {
        List<UUID> leaders() {
            return leaderIds == null ? List.of() : leaderIds;
        }

        List<UUID> supporting() {
            return supportingOfficeIds == null ? List.of() : supportingOfficeIds;
        }
    }

    @Serdeable
    @Schema(name = "MeetingClash", description = "The meeting's calendar item clashes with another activity",
            example = "{\"severity\":\"CONFLICT\",\"kind\":\"LEADER\",\"message\":\"Trùng lịch với «Tiếp xúc cử tri» (Thường trực HĐND): cùng lãnh đạo Nguyễn Văn An.\"}")
    public record ClashNote(@Schema(description = "CONFLICT or WARNING") String severity, @Schema(description = "LEADER, VENUE, PARTICIPANT or LOCALITY") String kind,
                            @Schema(description = "The clash in one Vietnamese sentence") String message) {
    }

    @Serdeable
    @Schema(name = "MeetingConclusionRef", description = "A concluding notice recorded for the meeting (conclusions feature)",
            example = "{\"id\":\"" + ID + "\",\"number\":\"125-TB/TU\",\"issuedOn\":\"2026-11-30\",\"summary\":\"Kết luận của Thường trực Thành ủy\"}")
    public record ConclusionRef(@Schema(description = "Document id (GET /conclusions/{id})") UUID id, @Schema(description = "Number") String number,
                                @Schema(description = "Issued on") LocalDate issuedOn, @Schema(description = "Summary") String summary) {
    }

    @Serdeable
    @Schema(name = "MeetingCounts", description = "Preparation, invitations and bridge points of the meeting in numbers",
            example = "{\"tasks\":6,\"openTasks\":2,\"overdueTasks\":1,\"invitees\":12,\"attending\":8,\"absent\":1,\"substitutes\":1,\"pendingReplies\":2,"
                    + "\"attended\":0,\"agendaItems\":3,\"documents\":4,\"bridgePoints\":230,\"expectedDelegates\":9200,\"actualDelegates\":8815}")
    public record Counts(@Schema(description = "Checklist tasks") long tasks, @Schema(description = "Not yet done") long openTasks,
                         @Schema(description = "Not done and past due") long overdueTasks, @Schema(description = "Invitees") long invitees,
                         @Schema(description = "Replied they attend") long attending, @Schema(description = "Replied absent") long absent,
                         @Schema(description = "Sending a substitute") long substitutes, @Schema(description = "No reply yet") long pendingReplies,
                         @Schema(description = "Marked present at the meeting") long attended, @Schema(description = "Agenda items") long agendaItems,
                         @Schema(description = "Documents") long documents, @Schema(description = "Bridge points") long bridgePoints,
                         @Schema(description = "Delegates expected at the bridge points") long expectedDelegates,
                         @Schema(description = "Delegates present at the bridge points (as recorded)") long actualDelegates) {
    }

    @Serdeable
    @Schema(name = "MeetingEvent", description = "One step of the meeting's history",
            example = "{\"action\":\"POSTPONE\",\"fromStatus\":\"INVITED\",\"toStatus\":\"POSTPONED\",\"reason\":\"Trùng lịch làm việc với Trung ương\","
                    + "\"startsAt\":\"2026-12-02T08:00:00+07:00\",\"endsAt\":\"2026-12-02T11:00:00+07:00\",\"actorName\":\"Lê Thị Hoa\",\"at\":\"2026-11-24T09:00:00+07:00\"}")
    public record EventResponse(@Schema(description = "What was done") String action,
                                @Schema(description = "Status before", nullable = true) @Nullable MeetingStatus fromStatus,
                                @Schema(description = "Status after") MeetingStatus toStatus,
                                @Schema(description = "Reason given", nullable = true) @Nullable String reason,
                                @Schema(description = "New start (postponement)", nullable = true) @Nullable OffsetDateTime startsAt,
                                @Schema(description = "New end (postponement)", nullable = true) @Nullable OffsetDateTime endsAt,
                                @Schema(description = "Who") String actorName, @Schema(description = "When") OffsetDateTime at) {
    }

    static final String SUMMARY_FIELDS = "\"id\":\"" + ID + "\",\"kind\":{\"id\":\"" + ID + "\",\"name\":\"Hội nghị Thường trực Thành ủy\"},\"kindCode\":\"STANDING_BOARD\","
            + "\"title\":\"Hội nghị Thường trực Thành ủy tháng 11\",\"startsAt\":\"2026-11-27T08:00:00+07:00\",\"endsAt\":\"2026-11-27T11:30:00+07:00\","
            + "\"venue\":\"Phòng họp số 1, Thành ủy\",\"format\":\"HYBRID\",\"body\":{\"id\":\"" + ID + "\",\"name\":\"Thường trực Thành ủy\"},"
            + "\"hostOffice\":" + REF + ",\"status\":\"INVITED\",\"confidentiality\":\"INTERNAL\",\"version\":2,\"updatedAt\":\"2026-11-24T09:00:00+07:00\"";

    @Serdeable
    @Schema(name = "MeetingSummary", description = "A meeting in a list", example = "{" + SUMMARY_FIELDS + "}")
    public record MeetingSummary(@Schema(description = "Meeting id") UUID id, @Schema(description = "Kind") NamedRef kind,
                                 @Schema(description = "Kind code") String kindCode, @Schema(description = "Title") String title,
                                 @Schema(description = "Start") OffsetDateTime startsAt, @Schema(description = "End") OffsetDateTime endsAt,
                                 @Schema(description = "Venue", nullable = true) @Nullable String venue, @Schema(description = "Format") MeetingFormat format,
                                 @Schema(description = "Leadership body") NamedRef body, @Schema(description = "Host office") NamedRef hostOffice,
                                 @Schema(description = "Status") MeetingStatus status, @Schema(description = "Confidentiality of its documents") Confidentiality confidentiality,
                                 @Schema(description = "Version (the ETag)") long version, @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "MeetingResponse", description = "A meeting with its people, counts, calendar clashes, concluding notices and what the caller may do",
            example = "{" + SUMMARY_FIELDS + ",\"leaders\":[{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\",\"title\":\"Bí thư Thành ủy\"}],"
                    + "\"supportingOffices\":[" + REF + "],\"statusReason\":null,\"description\":null,\"calendarItemId\":\"" + ID + "\","
                    + "\"counts\":{\"tasks\":6,\"openTasks\":2,\"overdueTasks\":1,\"invitees\":12,\"attending\":8,\"absent\":1,\"substitutes\":1,\"pendingReplies\":2,"
                    + "\"attended\":0,\"agendaItems\":3,\"documents\":4,\"bridgePoints\":0,\"expectedDelegates\":0,\"actualDelegates\":0},"
                    + "\"clashes\":[],\"conclusions\":[],\"documentsVisible\":true,\"allowedActions\":[\"EDIT\",\"POSTPONE\",\"CANCEL\",\"HOLD\"],"
                    + "\"createdAt\":\"2026-11-20T09:00:00+07:00\"}")
    public record MeetingResponse(@Schema(description = "Meeting id") UUID id, @Schema(description = "Kind") NamedRef kind,
                                  @Schema(description = "Kind code") String kindCode, @Schema(description = "Title") String title,
                                  @Schema(description = "Start") OffsetDateTime startsAt, @Schema(description = "End") OffsetDateTime endsAt,
                                  @Schema(description = "Venue", nullable = true) @Nullable String venue, @Schema(description = "Format") MeetingFormat format,
                                  @Schema(description = "Leadership body") NamedRef body, @Schema(description = "Host office (văn phòng chủ trì phục vụ)") NamedRef hostOffice,
                                  @Schema(description = "Status") MeetingStatus status, @Schema(description = "Confidentiality of its documents") Confidentiality confidentiality,
                                  @Schema(description = "Version (the ETag)") long version, @Schema(description = "Last change") OffsetDateTime updatedAt,
                                  @Schema(description = "Chairing leaders") List<LeaderRef> leaders,
                                  @Schema(description = "Supporting offices") List<NamedRef> supportingOffices,
                                  @Schema(description = "Why it was postponed or cancelled", nullable = true) @Nullable String statusReason,
                                  @Schema(description = "Purpose and notes", nullable = true) @Nullable String description,
                                  @Schema(description = "Its item in the body's calendar", nullable = true) @Nullable UUID calendarItemId,
                                  @Schema(description = "Counts") Counts counts,
                                  @Schema(description = "Clashes of its calendar item with other activities") List<ClashNote> clashes,
                                  @Schema(description = "Concluding notices recorded for it") List<ConclusionRef> conclusions,
                                  @Schema(description = "Whether the caller may read its documents and minutes") boolean documentsVisible,
                                  @Schema(description = "What the caller may do now") List<MeetingAction> allowedActions,
                                  @Schema(description = "Created") OffsetDateTime createdAt) {
    }

    @Serdeable
    @Schema(name = "MeetingPostponement", description = "The new time and the reason",
            example = "{\"startsAt\":\"2026-12-02T08:00:00+07:00\",\"endsAt\":\"2026-12-02T11:00:00+07:00\",\"reason\":\"Trùng lịch làm việc với đoàn công tác Trung ương\"}")
    public record PostponementRequest(@Schema(description = "New start") @NotNull OffsetDateTime startsAt,
                                      @Schema(description = "New end") @NotNull OffsetDateTime endsAt,
                                      @Schema(description = "Reason") @NotBlank @Size(max = 1000) String reason) {
    }

    @Serdeable
    @Schema(name = "MeetingReason", description = "A reason (cancellation)", example = "{\"reason\":\"Nội dung đã được xử lý tại phiên họp thường kỳ\"}")
    public record ReasonRequest(@Schema(description = "Reason") @NotBlank @Size(max = 1000) String reason) {
    }
}
