package vn.lienthong.kernel.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import vn.lienthong.kernel.web.ProblemException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import vn.lienthong.kernel.audit.AuditTrail;
import vn.lienthong.kernel.auth.Access;
import vn.lienthong.kernel.auth.Caller;
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scheduled jobs. Each job covers every jurisdiction in one run (reminders, urging, housekeeping), none runs for one
 * jurisdiction alone: running one on demand is national administration (NATIONAL_ADMIN), audited as a change of
 * national data; reading their last runs is open to the national and the jurisdictions' administrators.
 */
@Controller("/api/v1/jobs")
@Secured({Roles.SYSTEM_ADMIN, Roles.NATIONAL_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operations", description = "Scheduled jobs and their last runs (administrators; running one: national administrators)")
public class JobController {
    private final JdbcOperations jdbc;
    private final List<RunnableJob> jobs;
    private final TransactionOperations<Connection> tx;
    private final AuditTrail audit;

    JobController(JdbcOperations jdbc, List<RunnableJob> jobs, TransactionOperations<Connection> tx, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.tx = tx;
        this.audit = audit;
    }

    @Serdeable
    @Schema(name = "JobRun", description = "The last run of a scheduled job",
            example = "{\"jobName\":\"maintenance.cleanup\",\"lastStartedAt\":\"2026-11-23T09:00:00+07:00\",\"lastFinishedAt\":\"2026-11-23T09:00:01+07:00\",\"lastStatus\":\"SUCCEEDED\",\"lastMessage\":\"removed 3 refresh tokens\",\"runCount\":12,\"lastRunBy\":\"app-1:4242\"}")
    public record JobRunResponse(@Schema(description = "Job name") String jobName,
                                 @Schema(description = "Start of the last run") OffsetDateTime lastStartedAt,
                                 @Schema(description = "End of the last run") @Nullable OffsetDateTime lastFinishedAt,
                                 @Schema(description = "SUCCEEDED or FAILED") String lastStatus,
                                 @Schema(description = "What the run reported") @Nullable String lastMessage,
                                 @Schema(description = "Runs so far (across replicas)") long runCount,
                                 @Schema(description = "Replica that ran it") String lastRunBy) {
    }

    @Post("/{name}/runs")
    @Secured(Roles.NATIONAL_ADMIN)
    @Operation(operationId = "runJob", summary = "Run a scheduled job now",
            description = "National administrators (NATIONAL_ADMIN) only: every job covers all jurisdictions in one run, so a jurisdiction's administrator "
                    + "gets 403. Runs the job at once (on this replica, unless another holds it) and answers its last run; the run is audited as a change "
                    + "of national data. 404 for an unknown job.")
    @ApiErrors.ReadOne
    public JobRunResponse runNow(Authentication authentication, @Parameter(description = "Job name, e.g. conclusion.urging") @PathVariable String name) {
        Caller caller = Caller.of(authentication);
        Access.requireNationalAdmin(caller, "Running a scheduled job (it covers every jurisdiction)");
        RunnableJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow(() -> ProblemException.notFound("Job"));
        boolean ran = job.run();
        JobRunResponse run = list().stream().filter(r -> r.jobName().equals(name)).findFirst().orElseThrow(() -> ProblemException.notFound("Job run"));
        tx.executeWrite(status -> {
            audit.recordNationalAccess(caller, "RUN", "job", name, Map.of("ranHere", ran, "lastStatus", run.lastStatus(), "runCount", run.runCount()));
            return null;
        });
        return run;
    }

    @Get
    @Transactional(readOnly = true)
    @Operation(operationId = "listJobRuns", summary = "List scheduled jobs' last runs", description = "Each scheduled job with the start, end, outcome and replica of its last run, for administrators.")
    @ApiErrors.Read
    public List<JobRunResponse> list() {
        return jdbc.prepareStatement("SELECT * FROM job_run ORDER BY job_name", statement -> {
            List<JobRunResponse> runs = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    var finished = SqlPages.instant(rs, "last_finished_at");
                    runs.add(new JobRunResponse(rs.getString("job_name"),
                            SqlPages.instant(rs, "last_started_at").atZone(Zones.VIETNAM).toOffsetDateTime(),
                            finished == null ? null : finished.atZone(Zones.VIETNAM).toOffsetDateTime(),
                            rs.getString("last_status"), rs.getString("last_message"), rs.getLong("run_count"), rs.getString("last_run_by")));
                }
            }
            return runs;
        });
    }
}
