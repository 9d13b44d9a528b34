package vn.lienthong.calendar;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.job.ExclusiveJobs;
import vn.lienthong.kernel.job.RunnableJob;

/** Every morning (Vietnam time), once across all replicas: reminders of programme submission deadlines. */
@Singleton
public class DeadlineReminderJob implements RunnableJob {
    public static final String NAME = "calendar.deadline-reminders";
    private final ExclusiveJobs jobs;
    private final SubmissionDeadlines deadlines;

    DeadlineReminderJob(ExclusiveJobs jobs, SubmissionDeadlines deadlines) {
        this.jobs = jobs;
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "0 30 7 * * *", zoneId = "Asia/Ho_Chi_Minh")
    public void scheduled() {
        run();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean run() {
        return jobs.run(NAME, () -> deadlines.remind() + " reminders sent");
    }
}
