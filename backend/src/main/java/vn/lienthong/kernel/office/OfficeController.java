package vn.lienthong.kernel.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.ProblemException;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reference data", description = "Offices, the leadership bodies they serve, and units, in the caller's jurisdiction")
public class OfficeController {
    private final OfficeDirectory directory;
    private final LeadershipBodyRepository bodies;

    OfficeController(OfficeDirectory directory, LeadershipBodyRepository bodies) {
        this.directory = directory;
        this.bodies = bodies;
    }

    @Get("/offices")
    @Operation(operationId = "listOffices", summary = "List offices", description = "The offices (văn phòng) of the caller's jurisdiction.")
    @ApiErrors.Read
    public List<OfficeRef> offices(Authentication authentication) {
        return directory.offices(Caller.of(authentication).jurisdictionId());
    }

    @Get("/offices/{id}")
    @Operation(operationId = "getOffice", summary = "Get an office", description = "One office of the caller's jurisdiction, with its names in Vietnamese and English.")
    @ApiErrors.ReadOne
    public OfficeRef office(Authentication authentication, @Parameter(description = "Office id") @PathVariable UUID id) {
        return directory.office(Caller.of(authentication).jurisdictionId(), id).orElseThrow(() -> ProblemException.notFound("Office"));
    }

    @Get("/bodies")
    @Transactional(readOnly = true)
    @Operation(operationId = "listLeadershipBodies", summary = "List leadership bodies", description = "Bodies of the caller's jurisdiction, optionally only those one office serves.")
    @ApiErrors.Read
    public List<LeadershipBodyResponse> bodies(Authentication authentication, @Parameter(description = "Only bodies served by this office") @Nullable @QueryValue UUID officeId) {
        UUID jurisdictionId = Caller.of(authentication).jurisdictionId();
        List<LeadershipBody> found = officeId == null
                ? bodies.findByJurisdictionIdOrderByCode(jurisdictionId)
                : bodies.findByJurisdictionIdAndOfficeIdOrderByCode(jurisdictionId, officeId);
        return found.stream().map(LeadershipBodyResponse::of).toList();
    }
}
