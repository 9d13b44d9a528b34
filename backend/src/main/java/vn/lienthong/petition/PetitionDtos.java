package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the petition endpoints read and write. A petitioner's identity appears only in the types that say so. */
public final class PetitionDtos {
    private PetitionDtos() {
    }

    static final String ID = "9b1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
    static final String PETITIONER = "{\"fullName\":\"Nguyễn Văn A\",\"address\":\"Số 1 phố Hàng Bài, phường Hoàn Kiếm\",\"idNumber\":\"001080012345\","
            + "\"phone\":\"0912345678\",\"representative\":false}";

    @Serdeable
    @Schema(name = "PetitionerRequest", description = "A petitioner's identity: sealed (encrypted) as soon as it is received", example = PETITIONER)
    public record PetitionerRequest(@Schema(description = "Full name") @NotBlank @Size(max = 200) String fullName,
                                    @Schema(description = "Address") @Nullable @Size(max = 500) String address,
                                    @Schema(description = "ID card number (CCCD)") @Nullable @Size(max = 20) String idNumber,
                                    @Schema(description = "Phone") @Nullable @Size(max = 30) String phone,
                                    @Schema(description = "A representative chosen by a crowd (đông người)") boolean representative) {
    }

    @Serdeable
    @Schema(name = "PetitionRequest", description = "A petition received by an office (not through the e-portal). No petitioners: anonymous. "
            + "`petitionerCount` may exceed the petitioners listed: a crowd case lists its representatives.",
            example = "{\"kind\":\"DENUNCIATION\",\"channel\":\"POST\",\"receivedOn\":\"2026-11-20\",\"subject\":\"Tố cáo sai phạm trong bồi thường giải phóng mặt bằng\","
                    + "\"content\":\"Nội dung đơn …\",\"contestedAct\":null,\"addressedTo\":\"Thường trực Thành ủy\",\"addressedBodyId\":null,\"transferredFrom\":null,\"petitioners\":[" + PETITIONER + "],"
                    + "\"petitionerCount\":null,\"attachmentIds\":[],\"identityScanIds\":[]}")
    public record PetitionRequest(@Schema(description = "Kind") @NotNull PetitionKind kind,
                                  @Schema(description = "How it arrived (not E_PORTAL)") @NotNull PetitionChannel channel,
                                  @Schema(description = "Date received (ngày nhận đơn)") @NotNull LocalDate receivedOn,
                                  @Schema(description = "Summary (trích yếu)") @NotBlank @Size(max = 500) String subject,
                                  @Schema(description = "Content") @NotBlank @Size(max = 20000) String content,
                                  @Schema(description = "The decision or act complained about") @Nullable @Size(max = 2000) String contestedAct,
                                  @Schema(description = "The authority the petition is addressed to") @Nullable @Size(max = 500) String addressedTo,
                                  @Schema(description = "The leadership body it is addressed to, when it is one of the jurisdiction's (GET /bodies)") @Nullable UUID addressedBodyId,
                                  @Schema(description = "The body that transferred it (channel TRANSFERRED)") @Nullable @Size(max = 500) String transferredFrom,
                                  @Schema(description = "Petitioners; empty for an anonymous petition") @Nullable @Size(max = 200) List<@Valid @NotNull PetitionerRequest> petitioners,
                                  @Schema(description = "How many people sent it, when more than listed (a crowd case)") @Nullable Integer petitionerCount,
                                  @Schema(description = "Scans and documents, uploaded with POST /attachments") @Nullable @Size(max = 20) List<@NotNull UUID> attachmentIds,
                                  @Schema(description = "Scans that show a petitioner's handwriting or identity, uploaded with POST /attachments by the caller: taken out "
                                          + "of the attachment store and sealed like the identity") @Nullable @Size(max = 10) List<@NotNull UUID> identityScanIds) {
    }

    @Serdeable
    @Schema(name = "PortalPetitionRequest", description = "A citizen's petition submitted through the e-portal (machine client, scope petitions:submit), "
            + "with an Idempotency-Key: a retry never creates a second petition.",
            example = "{\"officeId\":\"" + ID + "\",\"addressedBodyId\":null,\"kind\":\"RECOMMENDATION\",\"subject\":\"Kiến nghị sửa chữa đường ngõ\",\"content\":\"Đường ngõ 12 bị hư hỏng …\","
                    + "\"contestedAct\":null,\"petitioners\":[" + PETITIONER + "],\"petitionerCount\":null}")
    public record PortalPetitionRequest(@Schema(description = "The office it is sent to") @NotNull UUID officeId,
                                        @Schema(description = "The leadership body it is addressed to, when the citizen chose one") @Nullable UUID addressedBodyId,
                                        @Schema(description = "Kind") @NotNull PetitionKind kind,
                                        @Schema(description = "Summary") @NotBlank @Size(max = 500) String subject,
                                        @Schema(description = "Content") @NotBlank @Size(max = 20000) String content,
                                        @Schema(description = "The decision or act complained about") @Nullable @Size(max = 2000) String contestedAct,
                                        @Schema(description = "Petitioners; empty for an anonymous petition") @Nullable @Size(max = 200) List<@Valid @NotNull PetitionerRequest> petitioners,
                                        @Schema(description = "How many people sent it, when more than listed") @Nullable Integer petitionerCount) {
    }

    @Serdeable
    @Schema(name = "PortalPetitionReceipt", description = "What the citizen keeps: the tracking code and the secret to look up the status (GET nothing else)",
            example = "{\"trackingCode\":\"DT-7K3M9Q2XHA\",\"secret\":\"Q7M3K9PXR2TA\",\"receivedOn\":\"2026-11-24\",\"officeName\":\"Văn phòng Thành ủy\"}")
    public record PortalReceipt(@Schema(description = "Tracking code") String trackingCode,
                                @Schema(description = "Secret to quote with the code") String secret,
                                @Schema(description = "Date received") LocalDate receivedOn,
                                @Schema(description = "The receiving office") String officeName) {
    }

    @Serdeable
    @Schema(name = "PetitionStatusLookup", description = "A citizen's status lookup: the tracking code and its secret",
            example = "{\"trackingCode\":\"DT-7K3M9Q2XHA\",\"secret\":\"Q7M3K9PXR2TA\"}")
    public record StatusLookup(@Schema(description = "Tracking code") @NotBlank @Size(max = 40) String trackingCode,
                               @Schema(description = "Secret") @NotBlank @Size(max = 40) String secret) {
    }

    @Serdeable
    @Schema(name = "PetitionPublicStage", description = "A public-safe step", example = "{\"stage\":\"RECEIVED\",\"on\":\"2026-11-24\"}")
    public record PublicStage(@Schema(description = "RECEIVED, IN_PROGRESS, ACCEPTED, FORWARDED, GUIDED, FILED, RESOLVED") String stage,
                              @Schema(description = "Date (Vietnam)") LocalDate on) {
    }

    @Serdeable
    @Schema(name = "PetitionPublicStatus", description = "Only public-safe stages and dates: never names, content or handling notes",
            example = "{\"trackingCode\":\"DT-7K3M9Q2XHA\",\"receivedOn\":\"2026-11-24\",\"stages\":[{\"stage\":\"RECEIVED\",\"on\":\"2026-11-24\"}]}")
    public record PublicStatus(@Schema(description = "Tracking code") String trackingCode,
                               @Schema(description = "Date received") LocalDate receivedOn,
                               @Schema(description = "Steps so far") List<PublicStage> stages) {
    }

    @Serdeable
    @Schema(name = "PetitionerView", description = "A petitioner as the caller may see them: the identity only for its handlers (never for a denunciation: "
            + "that takes an identity disclosure with a reason)",
            example = "{\"position\":1,\"representative\":false,\"redacted\":true,\"identity\":null}")
    public record PetitionerView(@Schema(description = "Order") int position,
                                 @Schema(description = "A crowd's representative") boolean representative,
                                 @Schema(description = "Whether the identity is withheld from the caller") boolean redacted,
                                 @Schema(description = "The identity, when the caller may see it") @Nullable IdentityView identity) {
    }

    @Serdeable
    @Schema(name = "PetitionerIdentity", description = "A petitioner's identity", example = "{\"fullName\":\"Nguyễn Văn A\",\"address\":\"Số 1 phố Hàng Bài\",\"idNumber\":\"001080012345\",\"phone\":\"0912345678\"}")
    public record IdentityView(@Schema(description = "Full name") String fullName, @Schema(description = "Address") @Nullable String address,
                               @Schema(description = "ID card number") @Nullable String idNumber, @Schema(description = "Phone") @Nullable String phone) {
    }

    @Serdeable
    @Schema(name = "PetitionHandler", description = "A handler (cán bộ xử lý)", example = "{\"userId\":\"" + ID + "\",\"fullName\":\"Trần Thị B\",\"assignedAt\":\"2026-11-24T09:00:00+07:00\"}")
    public record HandlerView(@Schema(description = "User id") UUID userId, @Schema(description = "Name") String fullName,
                              @Schema(description = "Assigned at") OffsetDateTime assignedAt) {
    }

    @Serdeable
    @Schema(name = "PetitionHandlerRequest", description = "A staff member of the receiving office to handle the petition", example = "{\"userId\":\"" + ID + "\"}")
    public record HandlerRequest(@Schema(description = "User id") @NotNull UUID userId) {
    }

    @Serdeable
    @Schema(name = "PetitionEvent", description = "A step in the petition's history", example = "{\"kind\":\"RECEIVED\",\"note\":null,\"actorName\":\"Cổng thông tin điện tử\",\"at\":\"2026-11-24T09:00:00+07:00\"}")
    public record EventView(@Schema(description = "What happened") String kind, @Schema(description = "Note") @Nullable String note,
                            @Schema(description = "Who") String actorName, @Schema(description = "When") OffsetDateTime at) {
    }

    static final String SUMMARY = "{\"id\":\"" + ID + "\",\"number\":\"12/2026\",\"kind\":\"DENUNCIATION\",\"channel\":\"E_PORTAL\",\"receivedOn\":\"2026-11-24\","
            + "\"subject\":\"Tố cáo sai phạm\",\"status\":\"RECEIVED\",\"petitionerCount\":1,\"anonymous\":false,\"crowd\":false,\"dueOn\":\"2026-12-03\",\"daysLeft\":9,\"overdue\":false,\"version\":0,"
            + "\"updatedAt\":\"2026-11-24T09:00:00+07:00\"}";

    @Serdeable
    @Schema(name = "PetitionSummary", description = "A petition in a list: never anyone's identity", example = SUMMARY)
    public record PetitionSummary(@Schema(description = "Petition id") UUID id, @Schema(description = "Number per office and year") String number,
                                  @Schema(description = "Kind") PetitionKind kind, @Schema(description = "Channel") PetitionChannel channel,
                                  @Schema(description = "Date received") LocalDate receivedOn, @Schema(description = "Summary") String subject,
                                  @Schema(description = "Status") PetitionStatus status, @Schema(description = "How many people sent it") int petitionerCount,
                                  @Schema(description = "No petitioner given") boolean anonymous, @Schema(description = "Five or more petitioners") boolean crowd,
                                  @Schema(description = "The next statutory due date of an open petition") @Nullable LocalDate dueOn,
                                  @Schema(description = "Calendar days left until it (negative: overdue)") @Nullable Long daysLeft,
                                  @Schema(description = "Past its due date and still open") boolean overdue,
                                  @Schema(description = "Version") long version, @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "PetitionResponse", description = "A petition with its petitioners as the caller may see them",
            example = "{\"id\":\"" + ID + "\",\"number\":\"12/2026\",\"officeId\":\"" + ID + "\",\"kind\":\"DENUNCIATION\",\"channel\":\"POST\",\"receivedOn\":\"2026-11-20\","
                    + "\"subject\":\"Tố cáo sai phạm\",\"content\":\"…\",\"contestedAct\":null,\"addressedTo\":null,\"addressedBodyId\":null,\"transferredFrom\":null,\"status\":\"RECEIVED\","
                    + "\"petitionerCount\":1,\"anonymous\":false,\"crowd\":false,\"trackingCode\":null,\"petitioners\":[{\"position\":1,\"representative\":false,"
                    + "\"redacted\":true,\"identity\":null}],\"handlers\":[],\"attachmentIds\":[],\"identityScans\":0,\"handling\":{\"eligible\":null,\"ineligibleReason\":null,\"complexity\":\"NORMAL\",\"remoteArea\":false,"
                    + "\"round\":null,\"classifiedAt\":null,\"firstDueOn\":\"2026-12-01\",\"firstDueRule\":\"Luật Tố cáo 2018, Điều 24\",\"resolutionDueOn\":null,"
                    + "\"resolutionMaxOn\":null,\"resolutionDueRule\":null,\"dueOn\":\"2026-12-01\",\"daysLeft\":7,\"overdue\":false,\"documents\":[],\"forwardings\":[],"
                    + "\"unitAssignments\":[]},\"caseId\":null,\"flags\":[],\"allowedActions\":[\"ASSIGN_HANDLER\"],\"version\":0,"
                    + "\"createdAt\":\"2026-11-20T09:00:00+07:00\",\"updatedAt\":\"2026-11-20T09:00:00+07:00\"}")
    public record PetitionResponse(@Schema(description = "Petition id") UUID id, @Schema(description = "Number per office and year") String number,
                                   @Schema(description = "Receiving office") UUID officeId, @Schema(description = "Kind") PetitionKind kind,
                                   @Schema(description = "Channel") PetitionChannel channel, @Schema(description = "Date received") LocalDate receivedOn,
                                   @Schema(description = "Summary") String subject, @Schema(description = "Content") String content,
                                   @Schema(description = "The decision or act complained about") @Nullable String contestedAct,
                                   @Schema(description = "Authority addressed") @Nullable String addressedTo,
                                   @Schema(description = "Leadership body addressed") @Nullable UUID addressedBodyId,
                                   @Schema(description = "Transferred from") @Nullable String transferredFrom,
                                   @Schema(description = "Status") PetitionStatus status,
                                   @Schema(description = "How many people sent it") int petitionerCount,
                                   @Schema(description = "No petitioner given") boolean anonymous, @Schema(description = "Five or more petitioners") boolean crowd,
                                   @Schema(description = "The e-portal's tracking code") @Nullable String trackingCode,
                                   @Schema(description = "Petitioners as the caller may see them") List<PetitionerView> petitioners,
                                   @Schema(description = "Handlers") List<HandlerView> handlers,
                                   @Schema(description = "Attachments") List<UUID> attachmentIds,
                                   @Schema(description = "How many sealed identity scans it has (handwriting): handlers get them through POST …/identity-scans/{scanId}/disclosures")
                                   int identityScans,
                                   @Schema(description = "Where the handling stands: classification, due dates, documents") HandlingDtos.HandlingView handling,
                                   @Schema(description = "The case (vụ việc) it is linked into") @Nullable UUID caseId,
                                   @Schema(description = "CROWD (đông người), REPEATED (on a matter already resolved), LONG_STANDING (kéo dài), SKIPS_LEVEL (vượt cấp), ANONYMOUS")
                                   List<String> flags,
                                   @Schema(description = "What the caller may do") List<PetitionAction> allowedActions,
                                   @Schema(description = "Version for If-Match") long version,
                                   @Schema(description = "Recorded") OffsetDateTime createdAt, @Schema(description = "Last change") OffsetDateTime updatedAt) {
    }

    @Serdeable
    @Schema(name = "IdentityDisclosureRequest", description = "Why the handler needs to see the identity: recorded with who and when",
            example = "{\"reason\":\"Cần liên hệ người tố cáo để bổ sung tài liệu, chứng cứ\"}")
    public record DisclosureRequest(@Schema(description = "Reason, at least 10 characters") @NotBlank @Size(min = 10, max = 1000) String reason) {
    }

    @Serdeable
    @Schema(name = "IdentityScanView", description = "A sealed identity scan, named only by its position", example = "{\"scanId\":\"" + ID + "\",\"position\":1}")
    public record ScanView(@Schema(description = "Scan id") UUID scanId, @Schema(description = "Position") int position) {
    }

    @Serdeable
    @Schema(name = "IdentityDisclosure", description = "The identities disclosed to a handler, and the record of it",
            example = "{\"disclosureId\":\"" + ID + "\",\"petitioners\":[{\"position\":1,\"representative\":false,\"redacted\":false,\"identity\":"
                    + "{\"fullName\":\"Nguyễn Văn A\",\"address\":null,\"idNumber\":null,\"phone\":null}}],\"scans\":[]}")
    public record DisclosureResponse(@Schema(description = "The disclosure's record") UUID disclosureId,
                                     @Schema(description = "The petitioners with their identities") List<PetitionerView> petitioners,
                                     @Schema(description = "The sealed scans, each downloaded with its own disclosure") List<ScanView> scans) {
    }

    @Serdeable
    @Schema(name = "IdentityDisclosureLogEntry", description = "Who saw a petitioner's identity, when and why (for administrators)",
            example = "{\"id\":\"" + ID + "\",\"petitionId\":\"" + ID + "\",\"petitionNumber\":\"12/2026\",\"userId\":\"" + ID + "\",\"userName\":\"Trần Thị B\","
                    + "\"reason\":\"Cần liên hệ người tố cáo\",\"disclosedAt\":\"2026-11-24T10:00:00+07:00\"}")
    public record DisclosureLogEntry(@Schema(description = "Record id") UUID id, @Schema(description = "Petition id") UUID petitionId,
                                     @Schema(description = "Petition number") String petitionNumber, @Schema(description = "Who") UUID userId,
                                     @Schema(description = "Their name") String userName, @Schema(description = "Why") String reason,
                                     @Schema(description = "When") OffsetDateTime disclosedAt) {
    }

    @Serdeable
    @Schema(name = "PetitionStaffMember", description = "A staff member of the receiving office who can be assigned as a handler",
            example = "{\"userId\":\"" + ID + "\",\"fullName\":\"Trần Thị B\",\"role\":\"SPECIALIST\",\"handler\":false}")
    public record StaffMember(@Schema(description = "User id") UUID userId, @Schema(description = "Name") String fullName,
                              @Schema(description = "Role") vn.lienthong.kernel.auth.Role role,
                              @Schema(description = "Already a handler of this petition") boolean handler) {
    }
}
