package vn.lienthong.review;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.review.ReviewDtos.Rotation;
import vn.lienthong.review.ReviewDtos.RotationRequest;

@Controller("/api/v1/review-rotation")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reviews")
public class ReviewRotationController {
    private final HostRotation rotation;

    ReviewRotationController(HostRotation rotation) {
        this.rotation = rotation;
    }

    @Get
    @Operation(operationId = "getReviewRotation", summary = "Who hosts the next yearly review",
            description = "The offices in their agreed hosting order (by kind of office until one is agreed) and the proposed next host: the office after "
                    + "the host of the latest annual review.")
    @ApiErrors.Read
    public Rotation get(Authentication authentication) {
        return rotation.rotation(Caller.of(authentication));
    }

    @Put
    @Operation(operationId = "agreeReviewRotation", summary = "Enter the agreed hosting order",
            description = "An administrator enters the order the offices agreed: every office of the jurisdiction exactly once.")
    @ApiErrors.Action
    public Rotation agree(Authentication authentication, @Valid @Body RotationRequest request) {
        return rotation.agree(Caller.of(authentication), request);
    }
}
