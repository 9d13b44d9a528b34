package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.HandlingDtos.AcceptanceRequest;
import vn.lienthong.petition.HandlingDtos.ClassificationRequest;
import vn.lienthong.petition.HandlingDtos.FilingRequest;
import vn.lienthong.petition.HandlingDtos.ForwardingRequest;
import vn.lienthong.petition.HandlingDtos.GuidanceRequest;
import vn.lienthong.petition.HandlingDtos.ReplyRequest;
import vn.lienthong.petition.HandlingDtos.ResolutionRequest;
import vn.lienthong.petition.HandlingDtos.UnitAssignmentRequest;
import vn.lienthong.petition.HandlingDtos.UnitAssignmentView;
import vn.lienthong.petition.HandlingDtos.UnitReportRequest;
import vn.lienthong.petition.PetitionDtos.PetitionResponse;

import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Petitions")
public class HandlingController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final PetitionHandling handling;
    private final PetitionLetters letters;

    HandlingController(PetitionHandling handling, PetitionLetters letters) {
        this.handling = handling;
        this.letters = letters;
    }

    @Post("/petitions/{id}/classification")
    @Operation(operationId = "classifyPetition", summary = "Classify the petition (phân loại đơn)",
            description = "A handler or a leader of the receiving office, while RECEIVED: eligible or not (anonymous, unclear, already resolved with a final "
                    + "decision, outside competence …), complexity, remote area, complaint round. Then one outcome follows.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> classify(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                   @Valid @Body ClassificationRequest request) {
        return ok(handling.classify(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/acceptance")
    @Operation(operationId = "acceptPetition", summary = "Accept for resolution (thụ lý)",
            description = "An eligible complaint or denunciation: RECEIVED → ACCEPTED, with an acceptance notice; the resolution is due by statute from the "
                    + "day of acceptance (and the latest date with every extension the law allows).")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> accept(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                 @Valid @Body AcceptanceRequest request) {
        return ok(handling.accept(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/forwardings")
    @Operation(operationId = "forwardPetition", summary = "Forward to the competent authority",
            description = "RECEIVED → FORWARDED with a forwarding letter (công văn chuyển đơn, GET …/documents/{documentId}/letter) to the named authority; its "
                    + "reply is recorded later. 400 without a receiving authority.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> forward(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                  @Valid @Body ForwardingRequest request) {
        return ok(handling.forward(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/forwardings/{forwardingId}/reply")
    @Operation(operationId = "recordForwardingReply", summary = "Record the authority's reply", description = "Once per forwarding.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> reply(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                @Parameter(description = "Forwarding id") @PathVariable UUID forwardingId, @Valid @Body ReplyRequest request) {
        return ok(handling.reply(Caller.of(authentication), id, forwardingId, request));
    }

    @Post("/petitions/{id}/guidance")
    @Operation(operationId = "guidePetitioner", summary = "Guide the petitioner with a reply letter", description = "RECEIVED → GUIDED, with a guidance letter.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> guide(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                @Valid @Body GuidanceRequest request) {
        return ok(handling.guide(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/filing")
    @Operation(operationId = "filePetition", summary = "File the petition with a reason (lưu đơn)", description = "RECEIVED → FILED.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> file(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                               @Valid @Body FilingRequest request) {
        return ok(handling.file(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/resolution")
    @Operation(operationId = "resolvePetition", summary = "Record the resolution", description = "ACCEPTED → RESOLVED, on time or late against the statutory date.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> resolve(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                  @Valid @Body ResolutionRequest request) {
        return ok(handling.resolve(Caller.of(authentication), id, request));
    }

    @Post("/petitions/{id}/unit-assignments")
    @Operation(operationId = "askUnitToVerify", summary = "Ask a unit to verify and report",
            description = "While the petition is handled or resolved; the unit finds it in GET /petition-unit-assignments (without anyone's identity).")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> assignUnit(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                     @Valid @Body UnitAssignmentRequest request) {
        return ok(handling.assignUnit(Caller.of(authentication), id, request));
    }

    @Get("/petition-unit-assignments")
    @Operation(operationId = "listPetitionUnitAssignments", summary = "What the caller's unit was asked to verify", description = "For unit officers, by due date.")
    @ApiErrors.Read
    public PageResponse<UnitAssignmentView> unitAssignments(Authentication authentication, @Valid @RequestBean PageParams page,
                                                            @Parameter(description = "Only those not reported yet") @Nullable @QueryValue Boolean open) {
        return handling.unitAssignments(Caller.of(authentication), page, open);
    }

    @Post("/petition-unit-assignments/{id}/report")
    @Operation(operationId = "reportPetitionVerification", summary = "The unit reports its result", description = "Once; the receiving office is told.")
    @ApiErrors.Transition
    public UnitAssignmentView report(Authentication authentication, @Parameter(description = "Assignment id") @PathVariable UUID id,
                                     @Valid @Body UnitReportRequest request) {
        return handling.report(Caller.of(authentication), id, request);
    }

    @Get(value = "/petitions/{id}/documents/{documentId}/letter", produces = DOCX)
    @Operation(operationId = "downloadPetitionLetter", summary = "A forwarding or guidance letter as DOCX",
            description = "In the standard form; it names the petition by number and date and never a petitioner's identity.")
    @ApiResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> letter(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                       @Parameter(description = "Document id") @PathVariable UUID documentId) {
        PetitionLetters.Letter letter = letters.letter(Caller.of(authentication), id, documentId);
        return HttpResponse.ok(letter.bytes()).contentType(MediaType.of(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + letter.fileName() + "\"");
    }

    private static HttpResponse<PetitionResponse> ok(PetitionResponse petition) {
        return HttpResponse.ok(petition).header(HttpHeaders.ETAG, Versions.etag(petition.version()));
    }
}
