package vn.lienthong.petition;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.job.ExclusiveJobs;
import vn.lienthong.kernel.job.RunnableJob;

/**
 * Every morning (Vietnam time), once across all replicas: the handlers of open petitions due within two days are
 * reminded, and those of overdue ones told they are late (and the receiving office too), each petition once a day.
 */
@Singleton
public class PetitionReminderJob implements RunnableJob {
    public static final String NAME = "petition.deadline-reminders";
    private final ExclusiveJobs jobs;
    private final PetitionReminders reminders;

    PetitionReminderJob(ExclusiveJobs jobs, PetitionReminders reminders) {
        this.jobs = jobs;
        this.reminders = reminders;
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
        return jobs.run(NAME, () -> reminders.remind() + " reminders sent");
    }
}
