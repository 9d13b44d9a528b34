package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import vn.lienthong.kernel.web.Downloads;
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.PetitionDtos.DisclosureLogEntry;
import vn.lienthong.petition.PetitionDtos.DisclosureRequest;
import vn.lienthong.petition.PetitionDtos.DisclosureResponse;
import vn.lienthong.petition.PetitionDtos.EventView;
import vn.lienthong.petition.PetitionDtos.HandlerRequest;
import vn.lienthong.petition.PetitionDtos.PetitionRequest;
import vn.lienthong.petition.PetitionDtos.PetitionResponse;
import vn.lienthong.petition.PetitionDtos.PetitionSummary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Petitions", description = "Petitions (đơn thư: khiếu nại, tố cáo, kiến nghị, phản ánh): intake, handlers, and the confidential identity of petitioners")
public class PetitionController {
    private final Petitions petitions;
    private final PetitionCases cases;

    PetitionController(Petitions petitions, PetitionCases cases) {
        this.petitions = petitions;
        this.cases = cases;
    }

    @Get("/petitions/{id}/duplicates")
    @Operation(operationId = "listPetitionDuplicates", summary = "Likely duplicates of a petition",
            description = "The office's petitions from the same petitioner (name or ID number, diacritics ignored, matched by keyed hashes) or with similar "
                    + "content (trigram similarity without diacritics), most likely first. No identities.")
    @ApiErrors.ReadOne
    public List<PetitionCases.Candidate> duplicates(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id) {
        return cases.duplicates(Caller.of(authentication), id);
    }

    @Post("/petitions/{id}/case")
    @Operation(operationId = "linkPetitionsIntoCase", summary = "Link petitions into one case (vụ việc)",
            description = "This petition and the others named join the case one of them is already in (the oldest, merging the others), or a new one; the "
                    + "petition's flags then show repeated and long-standing cases.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> link(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                               @Valid @Body PetitionCases.LinkRequest request) {
        PetitionResponse petition = cases.link(Caller.of(authentication), id, request);
        return HttpResponse.ok(petition).header(HttpHeaders.ETAG, Versions.etag(petition.version()));
    }

    @Get("/petition-cases/{caseId}")
    @Operation(operationId = "getPetitionCase", summary = "A case and its petitions", description = "For the staff of the office whose case it is.")
    @ApiErrors.ReadOne
    public PetitionCases.CaseView getCase(Authentication authentication, @Parameter(description = "Case id") @PathVariable UUID caseId) {
        return cases.view(Caller.of(authentication), caseId);
    }

    @Post("/petitions")
    @Operation(operationId = "receivePetition", summary = "Record a petition the office received",
            description = "Office staff record a petition received by post, in person, at a voter meeting or transferred from another body (the e-portal's "
                    + "arrive through POST /portal/petitions). The petitioners' identities are encrypted at once; the answer shows them redacted. "
                    + "Numbered per office and year. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PetitionResponse.class)))
    @ApiErrors.Create
    public HttpResponse<PetitionResponse> receive(Authentication authentication,
                                                  @Parameter(description = "Client-chosen key making retries safe") @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                                  @Valid @Body PetitionRequest request) {
        Idempotency.Outcome<PetitionResponse> outcome = petitions.receive(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.created(outcome.body(), URI.create("/api/v1/petitions/" + outcome.body().id()))
                .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Get("/petitions")
    @Operation(operationId = "listPetitions", summary = "List the office's petitions",
            description = "The petitions the caller's office received, newest first; `q` searches number, summary and content without diacritics. The "
                    + "specialist's worklist is `mine=true&open=true&sort=dueOn`, with each petition's statutory due date and countdown. Never anyone's identity.")
    @ApiErrors.Read
    public PageResponse<PetitionSummary> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                              @Parameter(description = "Only this kind") @Nullable @QueryValue PetitionKind kind,
                                              @Parameter(description = "Only this status") @Nullable @QueryValue PetitionStatus status,
                                              @Parameter(description = "Only this channel") @Nullable @QueryValue PetitionChannel channel,
                                              @Parameter(description = "Received on or after this day") @Nullable @QueryValue java.time.LocalDate receivedFrom,
                                              @Parameter(description = "Received on or before this day") @Nullable @QueryValue java.time.LocalDate receivedTo,
                                              @Parameter(description = "Only addressed to this leadership body") @Nullable @QueryValue UUID addressedBodyId,
                                              @Parameter(description = "The caller's worklist: petitions they handle") @Nullable @QueryValue Boolean mine,
                                              @Parameter(description = "Only open ones (RECEIVED or ACCEPTED)") @Nullable @QueryValue Boolean open,
                                              @Parameter(description = "Only open ones past their statutory due date") @Nullable @QueryValue Boolean overdue,
                                              @Parameter(description = "Only this receiving office (the caller's own: the list never shows another's)") @Nullable @QueryValue UUID officeId,
                                              @Parameter(description = "Only resolved ones, on time (true) or late (false) against the statutory date") @Nullable @QueryValue Boolean resolvedOnTime) {
        return petitions.list(Caller.of(authentication), page, new Petitions.ListFilter(kind, status, channel, receivedFrom, receivedTo, addressedBodyId,
                Boolean.TRUE.equals(mine), Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(open), officeId, resolvedOnTime));
    }

    @Get("/petitions/{id}")
    @Operation(operationId = "getPetition", summary = "Get a petition",
            description = "For the receiving office's staff (anyone else: 404). Petitioners are redacted except for the petition's handlers — and a "
                    + "denouncer's identity only through POST /petitions/{id}/identity-disclosures.")
    @ApiErrors.ReadOne
    public HttpResponse<PetitionResponse> get(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id) {
        PetitionResponse petition = petitions.get(Caller.of(authentication), id);
        return HttpResponse.ok(petition).header(HttpHeaders.ETAG, Versions.etag(petition.version()));
    }

    @Get("/petitions/{id}/history")
    @Operation(operationId = "listPetitionHistory", summary = "The petition's history", description = "Each step with who and when.")
    @ApiErrors.ReadOne
    public List<EventView> history(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id) {
        return petitions.history(Caller.of(authentication), id);
    }

    @Get("/petitions/{id}/assignable-handlers")
    @Operation(operationId = "listAssignablePetitionHandlers", summary = "Who can be assigned as a handler",
            description = "For a leader of the receiving office: the office's active staff, and whether each already handles the petition.")
    @ApiErrors.ReadOne
    public List<PetitionDtos.StaffMember> assignable(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id) {
        return petitions.assignableHandlers(Caller.of(authentication), id);
    }

    @Post("/petitions/{id}/handlers")
    @Operation(operationId = "assignPetitionHandler", summary = "Assign a handler",
            description = "A leader of the receiving office assigns one of its staff to handle the petition; the handler is told.")
    @ApiErrors.Transition
    public HttpResponse<PetitionResponse> assign(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                 @Valid @Body HandlerRequest request) {
        PetitionResponse petition = petitions.assign(Caller.of(authentication), id, request);
        return HttpResponse.ok(petition).header(HttpHeaders.ETAG, Versions.etag(petition.version()));
    }

    @Post("/petitions/{id}/identity-disclosures")
    @Operation(operationId = "disclosePetitionerIdentity", summary = "See the petitioners' identities, with a reason",
            description = "Only an assigned handler of the petition. Each disclosure is recorded with who, when and why (GET /petition-identity-disclosures); "
                    + "everyone else — other offices, leaders who are not handlers, machine clients — never gets an identity, by any endpoint.")
    @ApiResponse(responseCode = "201", description = "Disclosed and recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisclosureResponse.class)))
    @ApiErrors.Create
    public HttpResponse<DisclosureResponse> disclose(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                                     @Valid @Body DisclosureRequest request) {
        return HttpResponse.created(petitions.disclose(Caller.of(authentication), id, request));
    }

    @Post(value = "/petitions/{id}/identity-scans/{scanId}/disclosures", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "disclosePetitionerScan", summary = "Download a sealed handwriting scan, with a reason",
            description = "Only an assigned handler; recorded like every disclosure. The file comes back with its original name and type.")
    @ApiResponse(responseCode = "200", description = "The scan", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string", format = "binary")))
    @ApiErrors.Action
    public HttpResponse<byte[]> discloseScan(Authentication authentication, @Parameter(description = "Petition id") @PathVariable UUID id,
                                             @Parameter(description = "Scan id") @PathVariable UUID scanId, @Valid @Body DisclosureRequest request) {
        Petitions.Scan scan = petitions.discloseScan(Caller.of(authentication), id, scanId, request);
        return HttpResponse.ok(scan.content()).contentType(MediaType.of(scan.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(scan.fileName()));
    }

    @Get("/petition-identity-disclosures")
    @Operation(operationId = "listIdentityDisclosures", summary = "The identity disclosure log",
            description = "For administrators: who saw a petitioner's identity, when and why, newest first.")
    @ApiErrors.Read
    public PageResponse<DisclosureLogEntry> disclosures(Authentication authentication, @Valid @RequestBean PageParams page,
                                                        @Parameter(description = "Only this petition") @Nullable @QueryValue UUID petitionId) {
        return petitions.disclosures(Caller.of(authentication), page, petitionId);
    }
}
