package vn.lienthong.conclusion.api;

import io.micronaut.core.annotation.Nullable;
import vn.lienthong.kernel.auth.Caller;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A review's proposals that become tracked tasks: the conclusions feature records them as the tasks of one document per
 * review (kind OTHER, issued by a body the host office serves), so they are urged, reported on and counted like every
 * other task.
 */
public interface ReviewTasks {

    /** The review a proposal comes from, as the document of its tasks names it. */
    record ReviewRef(UUID reviewId, String number, String title) {
    }

    /** A proposal to assign: the "5 rõ" of a task. Field errors name these components. */
    record NewTask(String content, @Nullable String expectedResult, @Nullable UUID leadUnitId, List<UUID> coordinatingUnitIds, @Nullable LocalDate deadline,
                   @Nullable String focalOfficer) {
    }

    /** Where a task stands today. `status` is the conclusions' derived status (DONE_ON_TIME … OVERDUE, CANCELLED). */
    record Progress(UUID taskId, String status, int progressPercent, @Nullable LocalDate deadline, @Nullable LocalDate completedOn, UUID leadUnitId,
                    String leadUnitName) {
    }

    /** Records the task (the caller's office follows it up); 422 with field errors when a "rõ" is missing or unknown. */
    UUID assign(Caller caller, ReviewRef review, NewTask task);

    /** The progress of the given tasks of the jurisdiction (unknown ids are left out). */
    Map<UUID, Progress> progress(UUID jurisdictionId, Collection<UUID> taskIds);
}
