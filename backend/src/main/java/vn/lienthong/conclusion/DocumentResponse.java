package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionDocumentResponse", description = "A concluding notice or other source document with the counts of its tasks by status",
        example = "{\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"125-TB/VPUBND\",\"issuedOn\":\"2026-11-20\",\"issuingBodyId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"issuingBodyName\":\"Ủy ban nhân dân thành phố\",\"signer\":\"Trần Văn Cường\",\"summary\":\"Kết luận tại cuộc họp giao ban tháng 11\",\"meetingId\":null,\"officeId\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"attachmentIds\":[],\"tasks\":{\"assigned\":3,\"doneOnTime\":1,\"doneLate\":0,\"inProgress\":2,\"extended\":0,\"overdue\":0,\"cancelled\":0,\"doneOnTimePercent\":33.3,\"doneLatePercent\":0.0,\"inProgressPercent\":66.7,\"extendedPercent\":0.0,\"overduePercent\":0.0},\"version\":0,\"updatedAt\":\"2026-11-20T10:00:00+07:00\"}")
public record DocumentResponse(
        @Schema(description = "Document id") UUID id,
        @Schema(description = "Kind") DocumentKind kind,
        @Schema(description = "Number (số)") String number,
        @Schema(description = "Date of issue") LocalDate issuedOn,
        @Schema(description = "Issuing leadership body") UUID issuingBodyId,
        @Schema(description = "Issuing body's Vietnamese name") String issuingBodyName,
        @Schema(description = "Signer") String signer,
        @Schema(description = "Summary") String summary,
        @Schema(description = "The meeting it concludes") @Nullable UUID meetingId,
        @Schema(description = "The office that recorded it") UUID officeId,
        @Schema(description = "Attachments") List<UUID> attachmentIds,
        @Schema(description = "Its tasks by derived status, as of today") ConclusionStatusCounts tasks,
        @Schema(description = "Version; also the ETag") long version,
        @Schema(description = "Last change") OffsetDateTime updatedAt) {
}
