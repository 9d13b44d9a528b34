package vn.lienthong.kernel.auth;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lienthong.kernel.office.OfficeDirectory;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

@Controller("/api/v1/me")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
public class MeController {
    private final UserRepository users;
    private final OfficeDirectory directory;

    MeController(UserRepository users, OfficeDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "getMe", summary = "Who am I", description = "The signed-in person with their role, office or unit and jurisdiction. People only; machine tokens get 403.")
    @ApiErrors.Read
    public AuthDtos.MeResponse me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        AppUser user = users.findById(caller.id()).filter(AppUser::active)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "This account no longer exists or is disabled."));
        return new AuthDtos.MeResponse(user.id(), user.username(), user.fullName(), user.role(),
                directory.jurisdiction(user.jurisdictionId()).orElseThrow(),
                user.officeId() == null ? null : directory.office(user.jurisdictionId(), user.officeId()).orElse(null),
                user.unitId() == null ? null : directory.unit(user.jurisdictionId(), user.unitId()).orElse(null),
                user.passwordChangeRequired());
    }
}
