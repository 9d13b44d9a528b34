package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
@Schema(name = "ConclusionDocumentRequest", description = "A concluding notice or another document that assigns tasks. On creation it may carry its tasks; "
        + "on update (PUT) `tasks` must be left out — tasks are added with POST /conclusions/{id}/tasks.",
        example = "{\"kind\":\"CONCLUDING_NOTICE\",\"number\":\"125-TB/VPUBND\",\"issuedOn\":\"2026-11-20\",\"issuingBodyId\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"signer\":\"Trần Văn Cường\",\"summary\":\"Kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban tháng 11\",\"meetingId\":null,\"attachmentIds\":[],\"tasks\":[]}")
public record DocumentRequest(
        @Schema(description = "Kind of document") @NotNull DocumentKind kind,
        @Schema(description = "Document number (số), as issued", example = "125-TB/VPUBND") @NotBlank @Size(max = 60) String number,
        @Schema(description = "Date of issue (ngày)") @NotNull LocalDate issuedOn,
        @Schema(description = "The leadership body that issued it") @NotNull UUID issuingBodyId,
        @Schema(description = "Who signed it") @NotBlank @Size(max = 200) String signer,
        @Schema(description = "Summary (trích yếu)") @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "The meeting it concludes, when there is one") @Nullable UUID meetingId,
        @Schema(description = "Attachments uploaded with POST /attachments") @Nullable @Size(max = 20) List<@NotNull UUID> attachmentIds,
        @Schema(description = "Tasks to create with the document (creation only)") @Nullable @Size(max = 200) List<@Valid @NotNull TaskRequest> tasks) {
}
