package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the holiday calendar and statutory deadline endpoints read and write. */
public final class DeadlineDtos {
    private DeadlineDtos() {
    }

    static final String ID = "3c9e7a10-5b2d-4f8e-9a61-7d0c2b4e8f13";

    @Serdeable
    @Schema(name = "HolidayResponse", description = "A day that differs from the ordinary office week (Monday to Friday): a public holiday, a day off in "
            + "compensation, or a Saturday or Sunday worked in exchange; NATIONAL for every jurisdiction, or LOCAL to the caller's jurisdiction",
            example = "{\"id\":\"" + ID + "\",\"day\":\"2026-02-17\",\"kind\":\"HOLIDAY\",\"nameVi\":\"Tết Nguyên đán (mùng 1 tháng Giêng)\","
                    + "\"legalReference\":\"Bộ luật Lao động 2019, điểm b khoản 1 Điều 112\",\"createdAt\":\"2026-01-05T08:00:00+07:00\","
                    + "\"updatedAt\":\"2026-01-05T08:00:00+07:00\",\"scope\":\"NATIONAL\",\"jurisdictionId\":null}")
    public record HolidayResponse(@Schema(description = "Holiday id") UUID id,
                                  @Schema(description = "The day", example = "2026-02-17") LocalDate day,
                                  @Schema(description = "HOLIDAY (ngày nghỉ lễ, tết), COMPENSATORY_DAY_OFF (nghỉ bù, or the weekday given off in a swap), "
                                          + "MAKE_UP_WORKING_DAY (a Saturday or Sunday worked, ngày làm bù)",
                                          allowableValues = {"HOLIDAY", "COMPENSATORY_DAY_OFF", "MAKE_UP_WORKING_DAY"}, example = "HOLIDAY") String kind,
                                  @Schema(description = "Name in Vietnamese", example = "Tết Nguyên đán (mùng 1 tháng Giêng)") String nameVi,
                                  @Schema(description = "The law, article or government notice it comes from",
                                          example = "Bộ luật Lao động 2019, điểm b khoản 1 Điều 112") String legalReference,
                                  @Schema(description = "When it was recorded") OffsetDateTime createdAt,
                                  @Schema(description = "When it last changed") OffsetDateTime updatedAt,
                                  @Schema(description = "NATIONAL (every jurisdiction; the national administrator's) or LOCAL (this jurisdiction only; its "
                                          + "administrator's)", allowableValues = {"NATIONAL", "LOCAL"}, example = "NATIONAL") String scope,
                                  @Schema(description = "The jurisdiction of a LOCAL day; empty for a national one", nullable = true) @Nullable UUID jurisdictionId) {
    }

    @Serdeable
    @Schema(name = "HolidayRequest", description = "A day to add to the holiday calendar. NATIONAL (the default; national administrators): its year must be "
            + "a known holiday year, or `yearSource` declares it known (with every holiday of that year to be entered). LOCAL (the jurisdiction's "
            + "administrator): a day off of the caller's jurisdiction only — HOLIDAY or COMPENSATORY_DAY_OFF, in a known year, on a day the national "
            + "calendar leaves ordinary.",
            example = "{\"day\":\"2027-04-24\",\"kind\":\"MAKE_UP_WORKING_DAY\",\"nameVi\":\"Làm bù cho ngày nghỉ hoán đổi thứ Năm 29/4/2027\","
                    + "\"legalReference\":\"Thông báo của Bộ Nội vụ về lịch nghỉ lễ năm 2027\",\"yearSource\":null}")
    public record HolidayRequest(@Schema(description = "The day", example = "2027-04-24") @NotNull LocalDate day,
                                 @Schema(description = "HOLIDAY, COMPENSATORY_DAY_OFF (a weekday) or MAKE_UP_WORKING_DAY (a Saturday or Sunday)",
                                         allowableValues = {"HOLIDAY", "COMPENSATORY_DAY_OFF", "MAKE_UP_WORKING_DAY"}, example = "MAKE_UP_WORKING_DAY")
                                 @NotBlank @Pattern(regexp = "HOLIDAY|COMPENSATORY_DAY_OFF|MAKE_UP_WORKING_DAY") String kind,
                                 @Schema(description = "Name in Vietnamese", example = "Làm bù cho ngày nghỉ hoán đổi thứ Năm 29/4/2027")
                                 @NotBlank @Size(max = 200) String nameVi,
                                 @Schema(description = "The law, article or government notice it comes from", example = "Thông báo của Bộ Nội vụ về lịch nghỉ lễ năm 2027")
                                 @NotBlank @Size(max = 500) String legalReference,
                                 @Schema(description = "When the day's year is not yet a known holiday year: the source that makes it known", nullable = true)
                                 @Nullable @Size(min = 1, max = 500) String yearSource,
                                 @Schema(description = "NATIONAL (default) or LOCAL (the caller's jurisdiction only)", allowableValues = {"NATIONAL", "LOCAL"},
                                         nullable = true, example = "NATIONAL")
                                 @Nullable @Pattern(regexp = "NATIONAL|LOCAL") String scope) {
    }

    @Serdeable
    @Schema(name = "HolidayYearResponse", description = "A year whose holiday calendar is known: deadlines can be counted through its days",
            example = "{\"year\":2026,\"source\":\"Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ 2026 đã công bố\",\"holidayCount\":12,"
                    + "\"updatedAt\":\"2026-01-05T08:00:00+07:00\"}")
    public record HolidayYearResponse(@Schema(description = "The year", example = "2026") int year,
                                      @Schema(description = "Where its calendar comes from", example = "Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Bính Ngọ 2026 đã công bố")
                                      String source,
                                      @Schema(description = "How many national holiday rows it has (all kinds; local days not counted)", example = "12") long holidayCount,
                                      @Schema(description = "When it was last declared") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "HolidayYearRequest", description = "Declares a year's holiday calendar known, citing where it comes from",
            example = "{\"source\":\"Thông báo của Bộ Nội vụ về lịch nghỉ lễ, tết năm 2031\"}")
    public record HolidayYearRequest(@Schema(description = "Where the year's calendar comes from", example = "Thông báo của Bộ Nội vụ về lịch nghỉ lễ, tết năm 2031")
                                     @NotBlank @Size(max = 500) String source) {
    }

    @Serdeable
    @Schema(name = "PetitionDeadlineRuleResponse", description = "One statutory time limit for petitions, with the article it comes from. A request for a complexity or a "
            + "remote area without a rule of its own uses the closest less specific rule (NORMAL, not remote).",
            example = "{\"id\":\"" + ID + "\",\"code\":\"DENUNCIATION_RESOLUTION_COMPLEX\",\"petitionKind\":\"DENUNCIATION\",\"stage\":\"RESOLUTION\",\"round\":null,"
                    + "\"complexity\":\"COMPLEX\",\"remoteArea\":false,\"days\":30,\"dayType\":\"CALENDAR\",\"countedFrom\":\"ACCEPTANCE\",\"extensionDays\":30,"
                    + "\"maxExtensions\":1,\"legalReference\":\"Luật Tố cáo 2018, khoản 1 Điều 30\","
                    + "\"note\":\"Vụ việc phức tạp: gia hạn một lần, không quá 30 ngày (tối đa 60 ngày); gia hạn bằng văn bản.\",\"version\":0,"
                    + "\"updatedAt\":\"2026-01-05T08:00:00+07:00\"}")
    public record PetitionDeadlineRuleResponse(@Schema(description = "Rule id") UUID id,
                                               @Schema(description = "Stable code", example = "DENUNCIATION_RESOLUTION_COMPLEX") String code,
                                               @Schema(description = "Kind of petition", allowableValues = {"COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION",
                                                       "VOTER_RECOMMENDATION"}, example = "DENUNCIATION") String petitionKind,
                                               @Schema(description = "The step the time limit is for", allowableValues = {"LODGING", "CLASSIFICATION", "ACCEPTANCE",
                                                       "FORWARDING", "NOTIFICATION", "RESOLUTION", "ANSWER"}, example = "RESOLUTION") String stage,
                                               @Schema(description = "FIRST or SECOND (first-time or second-time complaint); null for other kinds", nullable = true)
                                               @Nullable String round,
                                               @Schema(description = "Complexity of the case", allowableValues = {"NORMAL", "COMPLEX", "ESPECIALLY_COMPLEX"},
                                                       example = "COMPLEX") String complexity,
                                               @Schema(description = "Remote or difficult area (vùng sâu, vùng xa đi lại khó khăn)", example = "false") boolean remoteArea,
                                               @Schema(description = "The time limit", example = "30") int days,
                                               @Schema(description = "CALENDAR days (\"ngày\") or WORKING days (\"ngày làm việc\")", allowableValues = {"CALENDAR", "WORKING"},
                                                       example = "CALENDAR") String dayType,
                                               @Schema(description = "What the period is counted from: RECEIPT, ACCEPTANCE (thụ lý), DECISION, KNOWLEDGE (learning of the act)",
                                                       allowableValues = {"RECEIPT", "ACCEPTANCE", "DECISION", "KNOWLEDGE"}, example = "ACCEPTANCE") String countedFrom,
                                               @Schema(description = "Days each extension may add", nullable = true, example = "30") @Nullable Integer extensionDays,
                                               @Schema(description = "How many extensions are allowed", nullable = true, example = "1") @Nullable Integer maxExtensions,
                                               @Schema(description = "Law and article, in Vietnamese", example = "Luật Tố cáo 2018, khoản 1 Điều 30") String legalReference,
                                               @Schema(description = "Explanation, and what is still to be confirmed", nullable = true) @Nullable String note,
                                               @Schema(description = "Version, also sent as ETag", example = "0") long version,
                                               @Schema(description = "When it last changed") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "PetitionDeadlineRuleRequest", description = "A statutory time limit as an administrator corrects it (with If-Match); extensionDays and "
            + "maxExtensions go together",
            example = "{\"days\":30,\"dayType\":\"CALENDAR\",\"extensionDays\":30,\"maxExtensions\":2,\"legalReference\":\"Luật Tố cáo 2018, khoản 1 Điều 30\","
                    + "\"note\":\"Vụ việc đặc biệt phức tạp: gia hạn hai lần, mỗi lần không quá 30 ngày.\"}")
    public record PetitionDeadlineRuleRequest(@Schema(description = "The time limit", example = "30") @Min(1) @Max(366) int days,
                                              @Schema(description = "CALENDAR or WORKING", allowableValues = {"CALENDAR", "WORKING"}, example = "CALENDAR")
                                              @NotBlank @Pattern(regexp = "CALENDAR|WORKING") String dayType,
                                              @Schema(description = "Days each extension may add", nullable = true, example = "30") @Nullable @Min(1) @Max(366) Integer extensionDays,
                                              @Schema(description = "How many extensions are allowed", nullable = true, example = "2") @Nullable @Min(1) @Max(10) Integer maxExtensions,
                                              @Schema(description = "Law and article, in Vietnamese", example = "Luật Tố cáo 2018, khoản 1 Điều 30")
                                              @NotBlank @Size(max = 500) String legalReference,
                                              @Schema(description = "Explanation, and what is still to be confirmed", nullable = true) @Nullable @Size(max = 2000) String note) {
    }

    @Serdeable
    @Schema(name = "PetitionDeadlineResponse", description = "A statutory deadline computed from a rule and a starting day, with what it is based on. The day of "
            + "`from` is not counted (Civil Code 2015, art. 147); working days skip weekends, holidays and days off in compensation and include make-up "
            + "Saturdays; a calendar-day period whose last day is not a working day ends on the next working day (art. 148(5)).",
            example = "{\"from\":\"2026-02-13\",\"countedFrom\":\"RECEIPT\",\"dueOn\":\"2026-03-06\",\"days\":10,\"dayType\":\"WORKING\","
                    + "\"ruleCode\":\"RECOMMENDATION_CLASSIFICATION\",\"legalReference\":\"Thông tư 05/2021/TT-TTCP\",\"extensionDays\":null,\"maxExtensions\":null,"
                    + "\"extendedMaxOn\":null,\"note\":\"Nghiên cứu, phân loại, xử lý đơn kiến nghị.\"}")
    public record PetitionDeadlineResponse(@Schema(description = "The day the period is counted from (not itself counted)", example = "2026-02-13") LocalDate from,
                                           @Schema(description = "What that day is: RECEIPT, ACCEPTANCE, DECISION or KNOWLEDGE", example = "RECEIPT") String countedFrom,
                                           @Schema(description = "The last day of the period", example = "2026-03-06") LocalDate dueOn,
                                           @Schema(description = "The time limit", example = "10") int days,
                                           @Schema(description = "CALENDAR or WORKING", example = "WORKING") String dayType,
                                           @Schema(description = "The rule applied", example = "RECOMMENDATION_CLASSIFICATION") String ruleCode,
                                           @Schema(description = "Law and article", example = "Thông tư 05/2021/TT-TTCP") String legalReference,
                                           @Schema(description = "Days each extension may add", nullable = true) @Nullable Integer extensionDays,
                                           @Schema(description = "How many extensions are allowed", nullable = true) @Nullable Integer maxExtensions,
                                           @Schema(description = "The last day with every extension allowed, counted the same way", nullable = true) @Nullable LocalDate extendedMaxOn,
                                           @Schema(description = "The rule's note", nullable = true) @Nullable String note) {
    }
}
