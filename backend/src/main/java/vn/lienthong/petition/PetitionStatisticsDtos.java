package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the petition statistics endpoint answers: aggregate counts only — never a petitioner, a subject or a content.
 */
public final class PetitionStatisticsDtos {
    private PetitionStatisticsDtos() {
    }

    static final String ID = "0192f3a4-5b6c-7d8e-9f00-112233445566";
    static final String COUNTS = "{\"received\":979,\"eligible\":901,\"notEligible\":70,\"unclassified\":8,\"awaitingHandling\":8,\"accepted\":51,"
            + "\"inResolution\":6,\"forwarded\":698,\"guided\":150,\"filed\":72,\"resolved\":45,\"resolvedOnTime\":41,\"resolvedLate\":4,"
            + "\"firstStepOnTime\":940,\"firstStepLate\":31,\"overdue\":3,\"crowd\":12}";
    static final String SMALL = "{\"received\":120,\"eligible\":110,\"notEligible\":9,\"unclassified\":1,\"awaitingHandling\":1,\"accepted\":6,"
            + "\"inResolution\":1,\"forwarded\":85,\"guided\":18,\"filed\":10,\"resolved\":5,\"resolvedOnTime\":5,\"resolvedLate\":0,"
            + "\"firstStepOnTime\":115,\"firstStepLate\":4,\"overdue\":0,\"crowd\":2}";
    static final String KIND = "{\"kind\":\"COMPLAINT\",\"name\":\"Khiếu nại\",\"counts\":" + SMALL + "}";
    static final String CHANNEL = "{\"channel\":\"POST\",\"name\":\"Qua bưu điện\",\"counts\":" + SMALL + "}";
    static final String NAMED = "{\"id\":\"" + ID + "\",\"name\":\"Văn phòng Tỉnh ủy\",\"counts\":" + COUNTS + ",\"documents\":698}";
    static final String MONTH = "{\"month\":\"2023-11\",\"counts\":" + SMALL + "}";
    static final String DOCUMENT_KIND = "{\"kind\":\"FORWARDING_LETTER\",\"name\":\"Công văn chuyển đơn\",\"documents\":698}";
    static final String OFFICE_DOCUMENTS = "{\"officeId\":\"" + ID + "\",\"name\":\"Văn phòng Tỉnh ủy\",\"documents\":698,\"byKind\":[" + DOCUMENT_KIND + "]}";
    static final String DOCUMENTS = "{\"total\":698,\"byKind\":[" + DOCUMENT_KIND + "],\"byOffice\":[" + OFFICE_DOCUMENTS + "]}";

    /** The filters of a statistics request. */
    public record Filter(LocalDate from, LocalDate to, @Nullable UUID officeId, @Nullable UUID bodyId) {
    }

    @Serdeable
    @Schema(name = "PetitionCounts",
            description = "Counts of the petitions received in the period (by date of receipt), as they stand today. The statuses partition `received`: "
                    + "awaitingHandling + forwarded + guided + filed + inResolution + resolved = received; so do the classifications: eligible + notEligible "
                    + "+ unclassified = received.",
            example = COUNTS)
    public record Counts(@Schema(description = "Petitions received (tiếp nhận)") long received,
                         @Schema(description = "Classified as eligible for handling (đủ điều kiện xử lý)") long eligible,
                         @Schema(description = "Classified as not eligible (không đủ điều kiện xử lý)") long notEligible,
                         @Schema(description = "Not classified yet (chưa phân loại)") long unclassified,
                         @Schema(description = "Status RECEIVED: waiting for the first handling step (chờ xử lý)") long awaitingHandling,
                         @Schema(description = "Accepted for resolution (thụ lý): status ACCEPTED or RESOLVED") long accepted,
                         @Schema(description = "Status ACCEPTED: accepted and being resolved (đang giải quyết)") long inResolution,
                         @Schema(description = "Status FORWARDED: forwarded to the competent authority with a forwarding letter (chuyển đơn)") long forwarded,
                         @Schema(description = "Status GUIDED: the petitioner was guided with a reply letter (hướng dẫn, trả lời)") long guided,
                         @Schema(description = "Status FILED: filed with a reason (lưu đơn)") long filed,
                         @Schema(description = "Status RESOLVED: resolved (đã giải quyết)") long resolved,
                         @Schema(description = "Resolved on or before the resolution due date (resolved_on ≤ resolution due date)") long resolvedOnTime,
                         @Schema(description = "Resolved after the resolution due date (giải quyết quá hạn)") long resolvedLate,
                         @Schema(description = "First statutory step (classify and handle / accept or refuse) taken on or before its due date") long firstStepOnTime,
                         @Schema(description = "First statutory step taken after its due date") long firstStepLate,
                         @Schema(description = "Overdue today: RECEIVED past the first step's due date, or ACCEPTED past the resolution due date (quá hạn)") long overdue,
                         @Schema(description = "Crowd petitions (đơn đông người): five or more petitioners") long crowd) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Serdeable
    @Schema(name = "PetitionKindCount", description = "The petitions of one kind received in the period", example = KIND)
    public record KindCount(@Schema(description = "Kind of petition") PetitionKind kind, @Schema(description = "Vietnamese name of the kind") String name,
                            @Schema(description = "Counts of the petitions of this kind") Counts counts) {
    }

    @Serdeable
    @Schema(name = "PetitionChannelCount", description = "The petitions received through one channel (nguồn đơn) in the period", example = CHANNEL)
    public record ChannelCount(@Schema(description = "Channel") PetitionChannel channel, @Schema(description = "Vietnamese name of the channel") String name,
                               @Schema(description = "Counts of the petitions received this way") Counts counts) {
    }

    @Serdeable
    @Schema(name = "PetitionNamedCount",
            description = "The petitions received by one office, or addressed to one leadership body, in the period, and the handling documents issued in "
                    + "the period for them. For a body, `id` is null on the line of the petitions addressed to no particular body.",
            example = NAMED)
    public record NamedCount(@Schema(description = "Id of the office or leadership body; null for «no particular body»", nullable = true) @Nullable UUID id,
                             @Schema(description = "Vietnamese name") String name,
                             @Schema(description = "Counts of the petitions received") Counts counts,
                             @Schema(description = "Handling documents issued in the period (by their date of issue)") long documents) {
    }

    @Serdeable
    @Schema(name = "PetitionMonthCount", description = "The petitions received in one month", example = MONTH)
    public record MonthCount(@Schema(description = "Month, yyyy-MM", example = "2023-11") String month,
                             @Schema(description = "Counts of the petitions received that month") Counts counts) {
    }

    @Serdeable
    @Schema(name = "PetitionDocumentKindCount", description = "Handling documents of one kind issued in the period", example = DOCUMENT_KIND)
    public record DocumentKindCount(@Schema(description = "FORWARDING_LETTER, GUIDANCE_LETTER, ACCEPTANCE_NOTICE, FILING_NOTE or RESOLUTION_DECISION") String kind,
                                    @Schema(description = "Vietnamese name of the kind") String name,
                                    @Schema(description = "Documents issued") long documents) {
    }

    @Serdeable
    @Schema(name = "PetitionOfficeDocuments", description = "Handling documents one office issued in the period, by kind", example = OFFICE_DOCUMENTS)
    public record OfficeDocuments(@Schema(description = "Office id") UUID officeId, @Schema(description = "Vietnamese name of the office") String name,
                                  @Schema(description = "Documents issued") long documents,
                                  @Schema(description = "By kind, every kind") List<DocumentKindCount> byKind) {
    }

    @Serdeable
    @Schema(name = "PetitionHandlingDocuments",
            description = "Handling documents (văn bản xử lý đơn) issued in the period, by the date of issue, whenever their petitions were received: "
                    + "forwarding letters, guidance letters, acceptance notices, filing notes, resolution decisions. The filters apply to the issuing "
                    + "office and to the body the petition is addressed to.",
            example = DOCUMENTS)
    public record HandlingDocuments(@Schema(description = "Documents issued") long total,
                                    @Schema(description = "By kind, every kind") List<DocumentKindCount> byKind,
                                    @Schema(description = "By issuing office, most first") List<OfficeDocuments> byOffice) {
    }

    @Serdeable
    @Schema(name = "PetitionStatisticsResponse",
            description = "Petitions received in a period (by the date of receipt, both ends included), as they stand on `asOf`: totals, eligibility, "
                    + "outcomes, timeliness, overdue and crowd petitions; the same counts by kind, channel, receiving office, addressed leadership body "
                    + "and month; and the handling documents issued in the period. Aggregate counts only: no petitioner, subject or content.",
            example = "{\"from\":\"2022-10-01\",\"to\":\"2024-06-30\",\"officeId\":null,\"bodyId\":null,\"asOf\":\"2024-07-15\",\"totals\":" + COUNTS
                    + ",\"documents\":" + DOCUMENTS + ",\"byKind\":[" + KIND + "],\"byChannel\":[" + CHANNEL + "],\"byOffice\":[" + NAMED + "],"
                    + "\"byBody\":[" + NAMED + "],\"byMonth\":[" + MONTH + "]}")
    public record StatisticsResponse(@Schema(description = "First day of the period") LocalDate from,
                                     @Schema(description = "Last day of the period (included)") LocalDate to,
                                     @Schema(description = "The receiving (and issuing) office filter, if any", nullable = true) @Nullable UUID officeId,
                                     @Schema(description = "The addressed leadership body filter, if any", nullable = true) @Nullable UUID bodyId,
                                     @Schema(description = "The day (Vietnamese date) the statuses and the overdue count are taken") LocalDate asOf,
                                     @Schema(description = "Counts of all petitions received in the period") Counts totals,
                                     @Schema(description = "Handling documents issued in the period") HandlingDocuments documents,
                                     @Schema(description = "By kind, every kind") List<KindCount> byKind,
                                     @Schema(description = "By channel (nguồn đơn), every channel") List<ChannelCount> byChannel,
                                     @Schema(description = "By receiving office, most first") List<NamedCount> byOffice,
                                     @Schema(description = "By addressed leadership body, most first; the petitions addressed to no body last") List<NamedCount> byBody,
                                     @Schema(description = "By month of receipt, every month of the period") List<MonthCount> byMonth) {
    }
}
