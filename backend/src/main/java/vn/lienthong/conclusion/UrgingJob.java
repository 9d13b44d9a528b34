package vn.lienthong.conclusion;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.job.ExclusiveJobs;
import vn.lienthong.kernel.job.RunnableJob;

/** Every morning (Vietnam time), once across all replicas: reminders and urging letters. */
@Singleton
public class UrgingJob implements RunnableJob {
    public static final String NAME = "conclusion.urging";
    private final ExclusiveJobs jobs;
    private final Urging urging;

    UrgingJob(ExclusiveJobs jobs, Urging urging) {
        this.jobs = jobs;
        this.urging = urging;
    }

    @Scheduled(cron = "0 0 7 * * *", zoneId = "Asia/Ho_Chi_Minh")
    public void scheduled() {
        run();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean run() {
        return jobs.run(NAME, urging::scan);
    }
}
