package vn.lienthong.conclusion;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.PageParams;
import vn.lienthong.kernel.web.PageResponse;

import java.net.URI;
import java.util.UUID;

@Controller("/api/v1/conclusion-urging-letters")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Conclusions")
public class UrgingLetterController {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Urging urging;

    UrgingLetterController(Urging urging) {
        this.urging = urging;
    }

    @Serdeable
    @Schema(name = "ConclusionUrgingLetterRequest", description = "Prepare a letter to this unit from its overdue tasks that your office follows",
            example = "{\"unitId\":\"4a2b7c1d-1111-4e2f-8a9b-222233334444\"}")
    public record PrepareRequest(@Schema(description = "The unit to urge") @NotNull UUID unitId) {
    }

    @Post
    @Operation(operationId = "prepareUrgingLetter", summary = "Prepare an urging letter",
            description = "Lists the unit's overdue tasks followed by the caller's office; one letter per unit and day (prepared again, it is refreshed until sent). "
                    + "409 when the unit has nothing overdue. The daily job prepares them too.")
    @ApiResponse(responseCode = "201", description = "Prepared", content = @Content(mediaType = "application/json", schema = @Schema(implementation = UrgingLetterResponse.class)))
    @ApiErrors.Create
    public HttpResponse<UrgingLetterResponse> prepare(Authentication authentication, @Valid @Body PrepareRequest request) {
        UrgingLetterResponse letter = urging.prepare(Caller.of(authentication), request.unitId());
        return HttpResponse.created(letter, URI.create("/api/v1/conclusion-urging-letters/" + letter.id()));
    }

    @Get
    @Operation(operationId = "listUrgingLetters", summary = "List urging letters", description = "Letters of the caller's office, newest first.")
    @ApiErrors.Read
    public PageResponse<UrgingLetterResponse> list(Authentication authentication, @Valid @RequestBean PageParams page,
                                                   @Parameter(description = "Only letters to this unit") @Nullable @QueryValue UUID unitId,
                                                   @Parameter(description = "true: sent only; false: not yet sent") @Nullable @QueryValue Boolean sent) {
        return urging.letters(Caller.of(authentication), page, unitId, sent);
    }

    @Get("/{id}")
    @Operation(operationId = "getUrgingLetter", summary = "Get an urging letter", description = "The letter's unit, tasks, number and sending.")
    @ApiErrors.ReadOne
    public UrgingLetterResponse get(Authentication authentication, @Parameter(description = "Letter id") @PathVariable UUID id) {
        return urging.letter(Caller.of(authentication), id);
    }

    @Get(value = "/{id}/document", produces = DOCX)
    @Operation(operationId = "downloadUrgingLetter", summary = "Download the letter as DOCX",
            description = "The công văn đôn đốc with the table of overdue tasks, ready to sign.")
    @ApiErrors.ReadOne
    public HttpResponse<byte[]> document(Authentication authentication, @Parameter(description = "Letter id") @PathVariable UUID id) {
        return HttpResponse.ok(urging.docx(Caller.of(authentication), id)).contentType(MediaType.of(DOCX))
                .header("Content-Disposition", "attachment; filename=\"cong-van-don-doc-" + id + ".docx\"");
    }

    @Post("/{id}/sending")
    @Operation(operationId = "sendUrgingLetter", summary = "Record that the letter was sent",
            description = "Gives the letter its number (gapless per office and year) and puts it in the unit's inbox. 409 if already sent.")
    @ApiErrors.Transition
    public UrgingLetterResponse send(Authentication authentication, @Parameter(description = "Letter id") @PathVariable UUID id) {
        return urging.send(Caller.of(authentication), id);
    }
}
