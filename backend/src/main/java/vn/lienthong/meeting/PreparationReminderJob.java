package vn.lienthong.meeting;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.job.ExclusiveJobs;
import vn.lienthong.kernel.job.RunnableJob;

/**
 * Morning and early afternoon (Vietnam time), once across all replicas: reminders of preparation tasks due within a day
 * or overdue, each task at most once a day.
 */
@Singleton
public class PreparationReminderJob implements RunnableJob {
    public static final String NAME = "meeting.preparation-reminders";
    private final ExclusiveJobs jobs;
    private final Checklist checklist;

    PreparationReminderJob(ExclusiveJobs jobs, Checklist checklist) {
        this.jobs = jobs;
        this.checklist = checklist;
    }

    @Scheduled(cron = "0 0 7,13 * * *", zoneId = "Asia/Ho_Chi_Minh")
    public void scheduled() {
        run();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean run() {
        return jobs.run(NAME, () -> checklist.remind() + " reminders sent");
    }
}
