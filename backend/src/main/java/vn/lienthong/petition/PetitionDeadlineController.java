package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.kernel.web.Versions;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineResponse;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineRuleRequest;
import vn.lienthong.petition.DeadlineDtos.PetitionDeadlineRuleResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Petition deadlines")
public class PetitionDeadlineController {
    private final StatutoryDeadlines deadlines;

    PetitionDeadlineController(StatutoryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Get("/petition-deadline-rules")
    @Operation(operationId = "listPetitionDeadlineRules", summary = "List the statutory deadline rules of petitions",
            description = "Every time limit by kind of petition, stage, complaint round, complexity and remote area, with its day type, what it is counted from, "
                    + "its extensions and the article it comes from.")
    @ApiErrors.Read
    public List<PetitionDeadlineRuleResponse> rules() {
        return deadlines.rules();
    }

    @Get("/petition-deadline-rules/{id}")
    @Operation(operationId = "getPetitionDeadlineRule", summary = "Get a statutory deadline rule", description = "With its version as ETag, for an update.")
    @ApiErrors.ReadOne
    public HttpResponse<PetitionDeadlineRuleResponse> rule(@Parameter(description = "Rule id") @PathVariable UUID id) {
        PetitionDeadlineRuleResponse rule = deadlines.rule(id);
        return HttpResponse.ok(rule).header(HttpHeaders.ETAG, Versions.etag(rule.version()));
    }

    @Put("/petition-deadline-rules/{id}")
    @Secured(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "updatePetitionDeadlineRule", summary = "Correct a statutory deadline rule",
            description = "National administrators (NATIONAL_ADMIN) only — the rules are the law's, the same in every jurisdiction; a jurisdiction's "
                    + "administrator gets 403. With If-Match: the time limit, day type, extensions, legal reference and note. Applies to deadlines computed "
                    + "afterwards; audited as a change of national data.")
    @ApiErrors.Update
    public HttpResponse<PetitionDeadlineRuleResponse> update(Authentication authentication, @Parameter(description = "Rule id") @PathVariable UUID id,
                                                             @Parameter(description = "The ETag being replaced") @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                                             @Valid @Body PetitionDeadlineRuleRequest request) {
        PetitionDeadlineRuleResponse rule = deadlines.update(Caller.of(authentication), id, ifMatch, request);
        return HttpResponse.ok(rule).header(HttpHeaders.ETAG, Versions.etag(rule.version()));
    }

    @Get("/petition-deadlines")
    @Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
    @Operation(operationId = "computePetitionDeadline", summary = "Compute a statutory deadline",
            description = "The due date of a stage of a petition counted from a day, with the rule and the article it comes from, and the latest date with every "
                    + "extension, counted with the working days of the caller's jurisdiction (national holidays and its local days off). Office staff, "
                    + "administrators and the e-portal (scope public:read). 422 when no rule applies or the count reaches a year "
                    + "whose holidays are not known.")
    @ApiResponse(responseCode = "422", description = "No rule applies, or the count reaches an unknown holiday year",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Read
    public PetitionDeadlineResponse compute(Authentication authentication,
                                            @Parameter(description = "Kind of petition", schema = @Schema(type = "string", allowableValues = {"COMPLAINT",
                                                    "DENUNCIATION", "RECOMMENDATION", "REFLECTION", "VOTER_RECOMMENDATION"})) @QueryValue String kind,
                                            @Parameter(description = "Stage", schema = @Schema(type = "string", allowableValues = {"LODGING", "CLASSIFICATION",
                                                    "ACCEPTANCE", "FORWARDING", "NOTIFICATION", "RESOLUTION", "ANSWER"})) @QueryValue String stage,
                                            @Parameter(description = "Complaint round (complaints only)", schema = @Schema(type = "string",
                                                    allowableValues = {"FIRST", "SECOND"})) @Nullable @QueryValue String round,
                                            @Parameter(description = "Complexity (default NORMAL)", schema = @Schema(type = "string",
                                                    allowableValues = {"NORMAL", "COMPLEX", "ESPECIALLY_COMPLEX"})) @Nullable @QueryValue String complexity,
                                            @Parameter(description = "Remote or difficult area (default false)") @Nullable @QueryValue Boolean remoteArea,
                                            @Parameter(description = "The day the period is counted from (receipt, acceptance, decision or knowledge, as the rule says)")
                                            @QueryValue LocalDate from) {
        return deadlines.explain(Caller.of(authentication), kind, stage, round, complexity, Boolean.TRUE.equals(remoteArea), from);
    }
}
