package vn.lienthong.kernel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.kernel.clock.Zones;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class OperationsEndpointsTest extends ApiTestBase {
    @Inject
    Clock appClock;

    @Test
    void healthAndReadinessAreUpWithTheDatabase() {
        Api.Response health = api().send(HttpRequest.GET("/health"));
        assertEquals(200, health.status());
        assertEquals("UP", health.text("status"));
        assertEquals(200, api().send(HttpRequest.GET("/health/readiness")).status());
        assertEquals(200, api().send(HttpRequest.GET("/health/liveness")).status());
    }

    @Test
    void prometheusMetricsAreExposed() {
        api().send(HttpRequest.GET("/health"));
        Api.Response metrics = api().send(HttpRequest.GET("/prometheus"));
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("http_server_requests_seconds"), "request timings");
        assertTrue(metrics.body().contains("hikaricp_connections"), "connection pool");
    }

    @Test
    void theApplicationClockIsInVietnamTime() {
        assertEquals(Zones.VIETNAM, appClock.getZone());
    }
}
