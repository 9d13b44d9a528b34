package vn.lienthong.petition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
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
import vn.lienthong.kernel.web.Idempotency;
import vn.lienthong.kernel.web.Problem;
import vn.lienthong.kernel.web.Problems;
import vn.lienthong.petition.PetitionDtos.PortalPetitionRequest;
import vn.lienthong.petition.PetitionDtos.PortalReceipt;
import vn.lienthong.petition.PetitionDtos.PublicStatus;
import vn.lienthong.petition.PetitionDtos.StatusLookup;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "E-portal petitions", description = "What the city e-portal does for citizens: submit a petition, look up its status")
public class PortalPetitionController {
    private final Petitions petitions;

    PortalPetitionController(Petitions petitions) {
        this.petitions = petitions;
    }

    @Post("/portal/petitions")
    @Secured(Roles.SCOPE_PETITIONS_SUBMIT)
    @Operation(operationId = "submitPortalPetition", summary = "Submit a citizen's petition from the e-portal",
            description = "Machine clients with the petitions:submit scope, with an Idempotency-Key (required): a retry with the same key and body returns "
                    + "the first receipt (Idempotent-Replayed: true), the same key with another body is a 422. The receipt's tracking code and secret let "
                    + "the citizen look up the status; the secret is derived from the code under the server's key and stored nowhere.")
    @ApiResponse(responseCode = "201", description = "Received", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PortalReceipt.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiErrors.Create
    public HttpResponse<PortalReceipt> submit(Authentication authentication,
                                              @Parameter(description = "Key chosen by the portal for this submission; required", required = true) @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
                                              @Valid @Body PortalPetitionRequest request) {
        Idempotency.Outcome<PortalReceipt> outcome = petitions.submit(Caller.of(authentication), idempotencyKey, request);
        var response = HttpResponse.<PortalReceipt>status(HttpStatus.CREATED).body(outcome.body());
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    @Post("/public/petition-status")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "lookUpPetitionStatus", summary = "A citizen looks up a petition's status",
            description = "With the tracking code and its secret (in the body, so they stay out of URLs and logs). Only public-safe stages and dates. "
                    + "A wrong secret and an unknown code both answer 404, after the same work.")
    @ApiErrors.ReadOne
    public PublicStatus status(@Valid @Body StatusLookup lookup) {
        return petitions.status(lookup);
    }
}
