package vn.lienthong.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the meeting statistics endpoint answers. */
public final class MeetingStatisticsDtos {
    private MeetingStatisticsDtos() {
    }

    static final String ID = MeetingDtos.ID;
    static final String KIND = "{\"kindId\":\"" + ID + "\",\"code\":\"STANDING_COMMITTEE\",\"name\":\"Hội nghị Ban Thường vụ Thành ủy\",\"meetings\":36}";
    static final String BODY = "{\"id\":\"" + ID + "\",\"name\":\"Thường trực Thành ủy\",\"meetings\":76}";
    static final String OFFICE = "{\"id\":\"" + ID + "\",\"name\":\"Văn phòng Thành ủy\",\"meetings\":120}";
    static final String MONTH = "{\"month\":\"2023-11\",\"meetings\":9,\"online\":3}";

    /** The filters of a statistics request. */
    public record Filter(LocalDate from, LocalDate to, @Nullable UUID officeId, @Nullable UUID bodyId, @Nullable UUID kindId) {
    }

    @Serdeable
    @Schema(name = "MeetingKindCount", description = "Meetings held of one kind", example = KIND)
    public record KindCount(@Schema(description = "Kind id") UUID kindId, @Schema(description = "Kind code") String code,
                            @Schema(description = "Vietnamese name of the kind") String name, @Schema(description = "Meetings held") long meetings) {
    }

    @Serdeable
    @Schema(name = "MeetingNamedCount", description = "Meetings held of one leadership body, or hosted by one office", example = BODY)
    public record NamedCount(@Schema(description = "Id of the body or office") UUID id, @Schema(description = "Vietnamese name") String name,
                             @Schema(description = "Meetings held") long meetings) {
    }

    @Serdeable
    @Schema(name = "MeetingMonthCount", description = "Meetings held in one month (Vietnamese time), and how many of them were online conferences", example = MONTH)
    public record MonthCount(@Schema(description = "Month, yyyy-MM", example = "2023-11") String month, @Schema(description = "Meetings held") long meetings,
                             @Schema(description = "Of which online or hybrid conferences") long online) {
    }

    @Serdeable
    @Schema(name = "MeetingStatisticsResponse",
            description = "Meetings and conferences that took place (HELD or CLOSED) in a period, by the Vietnamese date of their start: totals, online "
                    + "conferences with their bridge points and delegates, attendance, and counts by kind, leadership body, host office and month. "
                    + "`cancelled` and `postponed` count the meetings of the period with that status, for information; they are not in the other figures.",
            example = "{\"from\":\"2023-01-01\",\"to\":\"2023-12-31\",\"meetings\":120,\"inPerson\":90,\"online\":30,\"hybrid\":12,\"onlineConferences\":30,"
                    + "\"bridgePoints\":6870,\"expectedDelegates\":290000,\"delegates\":279950,\"invitees\":2400,\"attended\":2210,\"attendanceRate\":92.1,"
                    + "\"cancelled\":3,\"postponed\":1,\"byKind\":[" + KIND + "],\"byBody\":[" + BODY + "],\"byHostOffice\":[" + OFFICE + "],"
                    + "\"byMonth\":[" + MONTH + "]}")
    public record StatisticsResponse(@Schema(description = "First day of the period") LocalDate from,
                                     @Schema(description = "Last day of the period (included)") LocalDate to,
                                     @Schema(description = "Meetings and conferences held (HELD or CLOSED)") long meetings,
                                     @Schema(description = "Of which held in person only (trực tiếp)") long inPerson,
                                     @Schema(description = "Of which online conferences: format ONLINE or HYBRID (hội nghị trực tuyến)") long online,
                                     @Schema(description = "Of the online conferences, those also held in person (HYBRID)") long hybrid,
                                     @Schema(description = "Online conferences (hội nghị trực tuyến) as the reports name them: the same figure as `online`") long onlineConferences,
                                     @Schema(description = "Bridge points (điểm cầu) of the online conferences") long bridgePoints,
                                     @Schema(description = "Delegates expected at those bridge points") long expectedDelegates,
                                     @Schema(description = "Delegates present at those bridge points (as recorded)") long delegates,
                                     @Schema(description = "Invitations (persons, bodies and units invited) to the meetings held") long invitees,
                                     @Schema(description = "Invitees marked present") long attended,
                                     @Schema(description = "Percent of invitees present, one decimal, over the meetings whose attendance was taken; null when none was",
                                             nullable = true, example = "92.1") @Nullable BigDecimal attendanceRate,
                                     @Schema(description = "Meetings of the period that were cancelled") long cancelled,
                                     @Schema(description = "Meetings of the period that are postponed (to a date in the period)") long postponed,
                                     @Schema(description = "Meetings held by kind, in the order of the kinds") List<KindCount> byKind,
                                     @Schema(description = "Meetings held by leadership body, most first") List<NamedCount> byBody,
                                     @Schema(description = "Meetings held by host office, most first") List<NamedCount> byHostOffice,
                                     @Schema(description = "Meetings held by month, every month of the period") List<MonthCount> byMonth) {
    }
}
