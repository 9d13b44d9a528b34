package vn.lienthong.kernel.job;

/** A scheduled job that administrators can also run on demand (POST /api/v1/jobs/{name}/runs). */
public interface RunnableJob {
    String name();

    /** Runs it through {@link ExclusiveJobs}; false when another replica holds it. */
    boolean run();
}
