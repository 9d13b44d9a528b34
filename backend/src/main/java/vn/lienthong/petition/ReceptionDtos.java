package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the citizen-reception endpoints read and write. No citizen's name appears in any of them: identities belong to petitions. */
public final class ReceptionDtos {
    private ReceptionDtos() {
    }

    static final String ID = "3c2a1b0d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String OFFICE = "{\"id\":\"" + ID + "\",\"name\":\"Văn phòng Ủy ban nhân dân\"}";
    static final String BODY = "{\"id\":\"" + ID + "\",\"name\":\"Ủy ban nhân dân tỉnh\"}";
    static final String LEADER = "{\"id\":\"" + ID + "\",\"fullName\":\"Nguyễn Văn An\",\"title\":\"Chủ tịch UBND tỉnh\"}";

    @Serdeable
    @Schema(name = "ReceptionNamedRef", description = "An office or leadership body by id and Vietnamese name", example = OFFICE)
    public record NamedRef(@Schema(description = "Id") UUID id, @Schema(description = "Vietnamese name") String name) {
    }

    @Serdeable
    @Schema(name = "ReceptionLeaderRef", description = "A receiving leader", example = LEADER)
    public record LeaderRef(@Schema(description = "Leader id (GET /leaders)") UUID id, @Schema(description = "Full name") String fullName,
                            @Schema(description = "Title in Vietnamese") String title) {
    }

    @Serdeable
    @Schema(name = "ReceptionClash", description = "The session's calendar item clashes with another activity of the leaders' calendars",
            example = "{\"severity\":\"CONFLICT\",\"kind\":\"LEADER\",\"message\":\"Trùng lịch với «Hội nghị Ban Thường vụ» (Thường trực Tỉnh ủy): cùng lãnh đạo Nguyễn Văn An.\"}")
    public record ClashNote(@Schema(description = "CONFLICT or WARNING") String severity, @Schema(description = "LEADER, VENUE, PARTICIPANT or LOCALITY") String kind,
                            @Schema(description = "The clash in one Vietnamese sentence") String message) {
    }

    @Serdeable
    @Schema(name = "ReceptionSessionRequest", description = "A reception day or joint reception session to plan, or its corrected details (while PLANNED). "
            + "A REGULAR session names the leadership body and at least one receiving leader and appears in that body's calendar; a JOINT session names "
            + "the participating offices.",
            example = "{\"kind\":\"REGULAR\",\"bodyId\":\"" + ID + "\",\"leaderIds\":[\"" + ID + "\"],\"participatingOfficeIds\":[],\"occasion\":null,"
                    + "\"startsAt\":\"2026-12-15T07:30:00+07:00\",\"endsAt\":\"2026-12-15T11:30:00+07:00\",\"venue\":\"Trụ sở Tiếp công dân tỉnh, số 2 đường Trần Phú\","
                    + "\"publicSession\":true,\"reason\":null}")
    public record SessionRequest(@Schema(description = "Regular reception day or joint reception") @NotNull ReceptionSessionKind kind,
                                 @Schema(description = "The leadership body of the receiving leaders; required for REGULAR (its calendar shows the session)")
                                 @Nullable UUID bodyId,
                                 @Schema(description = "The receiving leaders (GET /leaders); at least one for REGULAR") @Nullable @Size(max = 20) List<@NotNull UUID> leaderIds,
                                 @Schema(description = "Offices receiving together with the host; at least one for JOINT") @Nullable @Size(max = 10) List<@NotNull UUID> participatingOfficeIds,
                                 @Schema(description = "The occasion of a joint reception (Đại hội, bầu cử, kỳ họp HĐND, Tết …)") @Nullable @Size(max = 300) String occasion,
                                 @Schema(description = "Start") @NotNull OffsetDateTime startsAt,
                                 @Schema(description = "End, after the start; a session lasts at most 31 days") @NotNull OffsetDateTime endsAt,
                                 @Schema(description = "Venue (địa điểm tiếp công dân)") @NotBlank @Size(max = 300) String venue,
                                 @Schema(description = "Shown in the e-portal's public reception schedule; true when not given") @Nullable Boolean publicSession,
                                 @Schema(description = "Why it changes (recorded in the calendar's amendment when the programme is published)") @Nullable @Size(max = 1000) String reason) {
        List<UUID> leaders() {
            return leaderIds == null ? List.of() : leaderIds;
        }

        List<UUID> participating() {
            return participatingOfficeIds == null ? List.of() : participatingOfficeIds;
        }

        boolean isPublic() {
            return publicSession == null || publicSession;
        }
    }

    @Serdeable
    @Schema(name = "ReceptionHoldingRequest", description = "The session took place: how many citizens came, the outcome, and what they raised — as a summary "
            + "without names (a citizen's petition is recorded with POST /reception-sessions/{id}/petitions)",
            example = "{\"citizensCount\":14,\"outcome\":\"Tiếp 14 lượt công dân, 9 vụ việc; chỉ đạo giải quyết dứt điểm 3 vụ việc tồn đọng\","
                    + "\"issuesRaised\":\"Bồi thường giải phóng mặt bằng dự án đường vành đai; cấp giấy chứng nhận quyền sử dụng đất\"}")
    public record HoldingRequest(@Schema(description = "Citizens who came (lượt công dân)") @NotNull @Min(0) @Max(100000) Integer citizensCount,
                                 @Schema(description = "Outcome (kết quả buổi tiếp)") @NotBlank @Size(max = 4000) String outcome,
                                 @Schema(description = "What citizens raised, summarised without names") @Nullable @Size(max = 8000) String issuesRaised) {
    }

    @Serdeable
    @Schema(name = "ReceptionCancellationRequest", description = "Why the session does not take place", example = "{\"reason\":\"Đồng chí Chủ tịch đi công tác Trung ương\"}")
    public record CancellationRequest(@Schema(description = "Reason") @NotBlank @Size(max = 1000) String reason) {
    }

    static final String SUMMARY_FIELDS = "\"id\":\"" + ID + "\",\"kind\":\"REGULAR\",\"hostOffice\":" + OFFICE + ",\"body\":" + BODY + ",\"leaders\":[" + LEADER + "],"
            + "\"occasion\":null,\"startsAt\":\"2026-12-15T07:30:00+07:00\",\"endsAt\":\"2026-12-15T11:30:00+07:00\","
            + "\"venue\":\"Trụ sở Tiếp công dân tỉnh\",\"publicSession\":true,\"status\":\"PLANNED\",\"citizensCount\":null,\"version\":0,"
            + "\"updatedAt\":\"2026-11-24T09:00:00+07:00\"";

    @Serdeable
    @Schema(name = "ReceptionSessionSummary", description = "A reception session in a list", example = "{" + SUMMARY_FIELDS + "}")
    public record SessionSummary(@Schema(description = "Session id") UUID id, @Schema(description = "Kind") ReceptionSessionKind kind,
                                 @Schema(description = "Host office") NamedRef hostOffice,
                                 @Schema(description = "Leadership body of the receiving leaders") @Nullable NamedRef body,
                                 @Schema(description = "Receiving leaders") List<LeaderRef> leaders,
                                 @Schema(description = "Occasion of a joint reception") @Nullable String occasion,
                                 @Schema(description = "Start") OffsetDateTime startsAt, @Schema(description = "End") OffsetDateTime endsAt,
                                 @Schema(description = "Venue") String venue, @Schema(description = "Shown in the public schedule") boolean publicSession,
                                 @Schema(description = "Status") ReceptionSessionStatus status,
                                 @Schema(description = "Citizens who came, once held") @Nullable Integer citizensCount,
                                 @Schema(description = "Version for If-Match") long version, @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "ReceptionSessionResponse", description = "A reception session with its participating offices, its outcome once held, the petitions recorded "
            + "at it (count), the clashes of its calendar item and the caller's allowed actions",
            example = "{" + SUMMARY_FIELDS + ",\"participatingOffices\":[],\"cancelReason\":null,\"outcome\":null,\"issuesRaised\":null,\"heldAt\":null,"
                    + "\"calendarItemId\":\"" + ID + "\",\"petitionCount\":0,\"clashes\":[],\"allowedActions\":[\"EDIT\",\"CANCEL\",\"RECORD_PETITION\"],"
                    + "\"createdAt\":\"2026-11-24T09:00:00+07:00\"}")
    public record SessionResponse(@Schema(description = "Session id") UUID id, @Schema(description = "Kind") ReceptionSessionKind kind,
                                  @Schema(description = "Host office") NamedRef hostOffice,
                                  @Schema(description = "Leadership body of the receiving leaders") @Nullable NamedRef body,
                                  @Schema(description = "Receiving leaders") List<LeaderRef> leaders,
                                  @Schema(description = "Occasion of a joint reception") @Nullable String occasion,
                                  @Schema(description = "Start") OffsetDateTime startsAt, @Schema(description = "End") OffsetDateTime endsAt,
                                  @Schema(description = "Venue") String venue, @Schema(description = "Shown in the public schedule") boolean publicSession,
                                  @Schema(description = "Status") ReceptionSessionStatus status,
                                  @Schema(description = "Citizens who came, once held") @Nullable Integer citizensCount,
                                  @Schema(description = "Version for If-Match") long version, @Schema(description = "Last change") OffsetDateTime updatedAt,
                                  @Schema(description = "Offices receiving together with the host") List<NamedRef> participatingOffices,
                                  @Schema(description = "Why it was cancelled") @Nullable String cancelReason,
                                  @Schema(description = "Outcome, once held") @Nullable String outcome,
                                  @Schema(description = "What citizens raised, summarised without names") @Nullable String issuesRaised,
                                  @Schema(description = "When it was recorded as held") @Nullable OffsetDateTime heldAt,
                                  @Schema(description = "Its item in the body's weekly programme") @Nullable UUID calendarItemId,
                                  @Schema(description = "Petitions recorded at the session (all offices)") long petitionCount,
                                  @Schema(description = "Clashes of its calendar item (for the offices' staff, while planned)") List<ClashNote> clashes,
                                  @Schema(description = "What the caller may do") List<ReceptionSessionAction> allowedActions,
                                  @Schema(description = "Planned at") OffsetDateTime createdAt) {
    }

    @Serdeable
    @Schema(name = "PublicReceptionLeader", description = "A receiving leader as the e-portal shows them", example = "{\"fullName\":\"Nguyễn Văn An\",\"title\":\"Chủ tịch UBND tỉnh\"}")
    public record PublicLeader(@Schema(description = "Full name") String fullName, @Schema(description = "Title in Vietnamese") String title) {
    }

    @Serdeable
    @Schema(name = "PublicReceptionSession", description = "A public reception session for the e-portal's schedule: when, where, who receives and the kind — "
            + "nothing else",
            example = "{\"kind\":\"REGULAR\",\"startsAt\":\"2026-12-15T07:30:00+07:00\",\"endsAt\":\"2026-12-15T11:30:00+07:00\","
                    + "\"venue\":\"Trụ sở Tiếp công dân tỉnh, số 2 đường Trần Phú\",\"leaders\":[{\"fullName\":\"Nguyễn Văn An\",\"title\":\"Chủ tịch UBND tỉnh\"}]}")
    public record PublicSession(@Schema(description = "Kind") ReceptionSessionKind kind, @Schema(description = "Start") OffsetDateTime startsAt,
                                @Schema(description = "End") OffsetDateTime endsAt, @Schema(description = "Venue") String venue,
                                @Schema(description = "Receiving leaders") List<PublicLeader> leaders) {
    }
}
