package vn.lienthong.kernel.job;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;
import vn.lienthong.support.Fixtures;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ExclusiveJobsTest extends ApiTestBase {
    @Inject
    ExclusiveJobs jobs;
    @Inject
    MaintenanceJob maintenance;

    @Test
    void aJobRunsOnceWhileAnotherReplicaHoldsIt() throws Exception {
        String name = "test.exclusive." + UUID.randomUUID();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.run(name, () -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        boolean second = jobs.run(name, () -> "second");
        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        assertFalse(second, "the second run is skipped while the first holds the lock");
        assertEquals(1, fixtures.count("SELECT run_count FROM job_run WHERE job_name = ?", name));
        assertTrue(jobs.run(name, () -> "third"), "after the first ends the lock is free again");
        assertEquals(2, fixtures.count("SELECT run_count FROM job_run WHERE job_name = ?", name));
    }

    @Test
    void aFailedRunIsRecordedAsFailed() {
        String name = "test.failing." + UUID.randomUUID();
        jobs.run(name, () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(1, fixtures.count("SELECT count(*) FROM job_run WHERE job_name = ? AND last_status = 'FAILED'", name));
    }

    @Test
    void maintenanceRemovesExpiredIdempotencyRecordsAndAdminsSeeItsLastRun() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.admin());
        api().send(io.micronaut.http.HttpRequest.POST("/api/v1/units", "{\"code\":\"SOLD\",\"name\":\"Cũ\",\"kind\":\"OTHER\",\"validFrom\":\"2020-01-01\"}")
                .contentType("application/json").bearerAuth(admin).header("Idempotency-Key", "old-" + world.code()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", "old-" + world.code()));
        clock.advance(java.time.Duration.ofHours(25));
        try {
            assertTrue(maintenance.run());
        } finally {
            clock.reset();
        }
        assertEquals(0, fixtures.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", "old-" + world.code()));
        Api.Response runs = api().get("/api/v1/jobs", admin);
        assertEquals(200, runs.status(), runs.body());
        assertTrue(runs.body().contains("\"jobName\":\"maintenance.cleanup\""));
        assertEquals(403, api().get("/api/v1/jobs", login(world.specialist())).status());
    }

    @Test
    void nationalAdministratorsCanRunAJobNow() {
        Fixtures.World world = fixtures.world();
        String admin = login(world.nationalAdmin());
        Api.Response run = api().send(io.micronaut.http.HttpRequest.POST("/api/v1/jobs/conclusion.urging/runs", "").bearerAuth(admin));
        assertEquals(200, run.status(), run.body());
        assertEquals("conclusion.urging", run.text("jobName"));
        assertEquals("SUCCEEDED", run.text("lastStatus"));
        assertEquals(404, api().send(io.micronaut.http.HttpRequest.POST("/api/v1/jobs/no.such.job/runs", "").bearerAuth(admin)).status());
        assertEquals(403, api().send(io.micronaut.http.HttpRequest.POST("/api/v1/jobs/conclusion.urging/runs", "").bearerAuth(login(world.specialist()))).status());
        assertEquals(403, api().send(io.micronaut.http.HttpRequest.POST("/api/v1/jobs/conclusion.urging/runs", "").bearerAuth(login(world.admin()))).status(),
                "a jurisdiction's administrator does not run a job that covers every jurisdiction");
        assertEquals(200, api().get("/api/v1/jobs", admin).status(), "the national administrator reads the runs too");
    }
}
