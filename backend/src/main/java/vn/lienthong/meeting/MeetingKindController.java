package vn.lienthong.meeting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.Sql;
import vn.lienthong.meeting.MeetingDtos.KindRequest;
import vn.lienthong.meeting.MeetingDtos.KindResponse;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/meeting-kinds")
@Secured(Roles.PERSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meetings")
public class MeetingKindController {
    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingKindController(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listMeetingKinds", summary = "Kinds of meetings",
            description = "The system's kinds (standing-board meeting, standing-committee meeting, plenum, quarterly joint briefing, People's Committee session, "
                    + "meetings chaired by the chairman or a vice-chairman, People's Council session, thematic conference) and the jurisdiction's own.")
    @ApiErrors.Read
    @Transactional(readOnly = true)
    public List<KindResponse> list(Authentication authentication) {
        return sql.query("SELECT * FROM meeting_kind WHERE jurisdiction_id IS NULL OR jurisdiction_id = ? ORDER BY position, name_vi",
                rs -> new KindResponse((UUID) rs.getObject("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                        rs.getObject("jurisdiction_id") == null), Caller.of(authentication).jurisdictionId());
    }

    @Post
    @Secured(Roles.SYSTEM_ADMIN)
    @Operation(operationId = "createMeetingKind", summary = "Add a kind of meeting", description = "Administrators; the code is unique with the system's kinds.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = KindResponse.class)))
    @ApiErrors.Create
    @Transactional
    public HttpResponse<KindResponse> create(Authentication authentication, @Valid @Body KindRequest request) {
        Caller caller = Caller.of(authentication);
        Long clash = sql.scalar("SELECT count(*) FROM meeting_kind WHERE code = ? AND (jurisdiction_id IS NULL OR jurisdiction_id = ?)", Long.class,
                request.code(), caller.jurisdictionId());
        if (clash > 0) {
            throw ProblemException.conflict("A kind with code " + request.code() + " exists already.");
        }
        UUID id = UUID.randomUUID();
        sql.exec("INSERT INTO meeting_kind (id, jurisdiction_id, code, name_vi, name_en, position, created_at) VALUES (?, ?, ?, ?, ?, 100, ?)",
                id, caller.jurisdictionId(), request.code(), request.nameVi().strip(), request.nameEn().strip(), clock.instant());
        KindResponse created = new KindResponse(id, request.code(), request.nameVi().strip(), request.nameEn().strip(), false);
        audit.record(caller, "CREATE", "meeting_kind", id, null, created);
        return HttpResponse.created(created, URI.create("/api/v1/meeting-kinds/" + id));
    }
}
