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
import vn.lienthong.kernel.auth.Roles;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.kernel.web.ApiErrors;
import vn.lienthong.kernel.web.SqlPages;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Controller("/api/v1/jobs")
@Secured(Roles.SYSTEM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operations", description = "Scheduled jobs and their last runs (administrators)")
public class JobController {
    private final JdbcOperations jdbc;
    private final List<RunnableJob> jobs;

    JobController(JdbcOperations jdbc, List<RunnableJob> jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
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
    @Operation(operationId = "runJob", summary = "Run a scheduled job now",
            description = "Runs the job at once (on this replica, unless another holds it) and answers its last run. 404 for an unknown job.")
    @ApiErrors.ReadOne
    public JobRunResponse runNow(@Parameter(description = "Job name, e.g. conclusion.urging") @PathVariable String name) {
        RunnableJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow(() -> ProblemException.notFound("Job"));
        job.run();
        return list().stream().filter(r -> r.jobName().equals(name)).findFirst().orElseThrow(() -> ProblemException.notFound("Job run"));
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
