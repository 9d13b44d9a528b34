package vn.lienthong.calendar;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lienthong.calendar.CalendarDtos.CalendarResponse;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.Sql;

import java.util.List;
import java.util.UUID;

@Controller("/api/v1/calendars")
@Secured({Roles.PERSON, Roles.SCOPE_PUBLIC_READ})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Calendars", description = "Work calendars (lịch công tác) and programmes (chương trình công tác) of the leadership bodies, consolidated across offices with clash detection")
public class CalendarController {
    private final Sql sql;

    CalendarController(Sql sql) {
        this.sql = sql;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listCalendars", summary = "List calendars", description = "One calendar per leadership body of the caller's jurisdiction, with its colour.")
    @ApiErrors.Read
    public List<CalendarResponse> list(Authentication authentication) {
        return sql.rows("SELECT c.id, c.body_id, b.name_vi, b.name_en, c.office_id, o.name_vi, c.name_vi, c.name_en, c.color FROM calendar c "
                        + "JOIN leadership_body b ON b.id = c.body_id JOIN office o ON o.id = c.office_id WHERE c.jurisdiction_id = ? ORDER BY o.code, b.code",
                Caller.of(authentication).jurisdictionId()).stream()
                .map(r -> new CalendarResponse((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5], (String) r[6], (String) r[7],
                        (String) r[8])).toList();
    }
}
